import Foundation
import SystemZlib

/// Encodes 8-bit greyscale pixels as PNG, for the synthetic document's scan-like pictures.
enum PNGEncoder {
    /// A PNG of `width` × `height` grey pixels (row-major, one byte each) at `dotsPerInch`.
    static func greyscale(width: Int, height: Int, pixels: [UInt8], dotsPerInch: Int = 150) -> Data {
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        var header = Data()
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        header.append(contentsOf: [8, 0, 0, 0, 0])  // bit depth 8, greyscale, deflate, adaptive filter, no interlace
        appendChunk("IHDR", header, to: &png)
        var physical = Data()
        let dotsPerMetre = UInt32((Double(dotsPerInch) / 0.0254).rounded())
        physical.appendBigEndian(dotsPerMetre)
        physical.appendBigEndian(dotsPerMetre)
        physical.append(1)  // unit: metre
        appendChunk("pHYs", physical, to: &png)
        // Each scanline starts with its filter type; 0 (none) keeps the encoder trivial.
        var raw = [UInt8]()
        raw.reserveCapacity((width + 1) * height)
        for row in 0..<height {
            raw.append(0)
            raw.append(contentsOf: pixels[(row * width)..<((row + 1) * width)])
        }
        appendChunk("IDAT", zlibCompressed(raw), to: &png)
        appendChunk("IEND", Data(), to: &png)
        return png
    }

    private static func zlibCompressed(_ bytes: [UInt8]) -> Data {
        var capacity = compressBound(uLong(bytes.count))
        var output = [UInt8](repeating: 0, count: Int(capacity))
        let status = compress2(&output, &capacity, bytes, uLong(bytes.count), 6)
        precondition(status == Z_OK, "zlib compress2 failed with \(status) on an in-memory buffer")
        return Data(output.prefix(Int(capacity)))
    }

    private static func appendChunk(_ type: String, _ body: Data, to png: inout Data) {
        png.appendBigEndian(UInt32(body.count))
        var typed = Data(type.utf8)
        typed.append(body)
        png.append(typed)
        let checksum = typed.withUnsafeBytes { buffer in
            crc32(0, buffer.bindMemory(to: Bytef.self).baseAddress, uInt(buffer.count))
        }
        png.appendBigEndian(UInt32(checksum))
    }
}

extension Data {
    fileprivate mutating func appendBigEndian(_ value: UInt32) {
        append(contentsOf: [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)])
    }
}
