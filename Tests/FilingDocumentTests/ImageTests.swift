import FilingDocument
import Foundation
import XCTest

final class ImageTests: XCTestCase {
    /// A PNG signature and IHDR for `width`×`height`, optionally with a pHYs chunk (pixels per metre).
    private func pngHeader(width: UInt32, height: UInt32, pixelsPerMetre: UInt32? = nil) -> Data {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        func be(_ value: UInt32) -> [UInt8] { [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)] }
        bytes += be(13) + Array("IHDR".utf8) + be(width) + be(height) + [8, 2, 0, 0, 0] + be(0)
        if let pixelsPerMetre {
            bytes += be(9) + Array("pHYs".utf8) + be(pixelsPerMetre) + be(pixelsPerMetre) + [1] + be(0)
        }
        bytes += be(0) + Array("IDAT".utf8) + be(0)
        return Data(bytes)
    }

    /// SOI, a JFIF APP0 with the density in dots per inch, and a baseline SOF0.
    private func jpegHeader(width: UInt16, height: UInt16, dpi: UInt16) -> Data {
        func be(_ value: UInt16) -> [UInt8] { [UInt8(value >> 8), UInt8(value & 0xFF)] }
        var bytes: [UInt8] = [0xFF, 0xD8]
        bytes += [0xFF, 0xE0] + be(16) + Array("JFIF\0".utf8) + [1, 1, 1] + be(dpi) + be(dpi) + [0, 0]
        bytes += [0xFF, 0xC0] + be(17) + [8] + be(height) + be(width) + [3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]
        return Data(bytes)
    }

    func testPNGSizeAndResolutionComeFromTheHeader() throws {
        let image = try Image(data: pngHeader(width: 300, height: 200, pixelsPerMetre: 11811), description: "x")
        XCTAssertEqual(image.format, .png)
        XCTAssertEqual(image.pixelWidth, 300)
        XCTAssertEqual(image.pixelHeight, 200)
        XCTAssertEqual(image.dotsPerInch?.x ?? 0, 300, accuracy: 0.1)
    }

    func testJPEGSizeAndResolutionComeFromTheFrameAndJFIFHeaders() throws {
        let image = try Image(data: jpegHeader(width: 640, height: 480, dpi: 72), description: "x")
        XCTAssertEqual(image.format, .jpeg)
        XCTAssertEqual(image.pixelWidth, 640)
        XCTAssertEqual(image.pixelHeight, 480)
        XCTAssertEqual(image.dotsPerInch?.y, 72)
    }

    func testOtherBytesAreRejectedWithTheImageNamed() {
        XCTAssertThrowsError(try Image(data: Data("GIF89a".utf8), description: "logo.gif")) { error in
            XCTAssertEqual(error as? DocumentError, .unreadableImage(description: "logo.gif", reason: "not a PNG or JPEG file"))
        }
        XCTAssertThrowsError(try Image(data: Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), description: "cut"))
        XCTAssertThrowsError(try Image(data: Data([0xFF, 0xD8, 0xFF]), description: "cut"))
    }

    func testNaturalSizeUsesTheResolutionAndShrinksToFitKeepingAspect() throws {
        // 300×200 px at 300 dpi = 1 × 0.667 inch: fits, stays natural.
        let small = try Image(data: pngHeader(width: 300, height: 200, pixelsPerMetre: 11811), description: "x")
        let natural = small.displaySize(textWidth: .mm(156), textHeight: .mm(225))
        XCTAssertEqual(natural.width.twips, 1440, accuracy: 2)
        XCTAssertEqual(natural.height.twips, 960, accuracy: 2)
        // 3000×1000 px at 96 dpi is far wider than the text: scaled to the width, aspect kept.
        let wide = try Image(data: pngHeader(width: 3000, height: 1000), description: "x")
        let fitted = wide.displaySize(textWidth: .mm(156), textHeight: .mm(225))
        XCTAssertEqual(fitted.width, .mm(156))
        XCTAssertEqual(Double(fitted.width.twips) / Double(fitted.height.twips), 3, accuracy: 0.01)
        // A tall scan is limited by the height share, leaving room for a caption.
        let tall = try Image(data: pngHeader(width: 1000, height: 3000), description: "x", sizing: .fillTextArea)
        let limited = tall.displaySize(textWidth: .mm(156), textHeight: .mm(225))
        XCTAssertEqual(limited.height.millimetres, 225 * Image.maximumHeightShare, accuracy: 0.1)
    }

    func testTruncatedJFIFSegmentIsRejectedNotReadPastTheEnd() {
        // APP0 claims 16 bytes but the file stops after "JF": reading the JFIF fields would run off the end.
        let cut = Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46])
        XCTAssertThrowsError(try Image(data: cut, description: "scan.jpg")) { error in
            XCTAssertEqual(error as? DocumentError,
                           .unreadableImage(description: "scan.jpg", reason: "JPEG has no readable frame header"))
        }
    }

    func testAbsurdPixelSizeIsRejected() {
        XCTAssertThrowsError(try Image(data: pngHeader(width: 0x7FFF_FFFF, height: 10), description: "huge.png")) { error in
            guard case .unreadableImage(_, let reason) = error as? DocumentError else { return XCTFail("\(error)") }
            XCTAssertTrue(reason.contains("exceeds the limit of 30000 pixels"), reason)
        }
        XCTAssertNoThrow(try Image(data: pngHeader(width: 30_000, height: 20_000), description: "large scan"))
    }
}
