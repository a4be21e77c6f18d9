/// Pixel size and resolution read from the first bytes of a PNG or JPEG file.
struct ImageHeader {
    /// JPEG frame headers may follow large EXIF blocks; 1 MiB covers real files without reading whole images.
    static let scanLimit = 1 << 20
    /// Largest side accepted, in pixels: a 1,200-dpi A3 scan is about 20,000; larger headers are corrupt or hostile.
    static let sideLimit = 30_000

    let format: ImageFormat
    let width: Int
    let height: Int
    let dotsPerInch: (x: Double, y: Double)?

    init(_ bytes: [UInt8], description: String) throws(DocumentError) {
        func fail(_ reason: String) -> DocumentError { .unreadableImage(description: description, reason: reason) }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            guard let png = Self.png(bytes) else { throw fail("PNG header is cut short") }
            self = png
        } else if bytes.starts(with: [0xFF, 0xD8]) {
            guard let jpeg = Self.jpeg(bytes) else { throw fail("JPEG has no readable frame header") }
            self = jpeg
        } else {
            throw fail("not a PNG or JPEG file")
        }
        guard width > 0, height > 0 else { throw fail("zero pixel size") }
        guard width <= Self.sideLimit, height <= Self.sideLimit else {
            throw fail("pixel size \(width)×\(height) exceeds the limit of \(Self.sideLimit) pixels per side")
        }
    }

    private init(format: ImageFormat, width: Int, height: Int, dotsPerInch: (x: Double, y: Double)?) {
        self.format = format
        self.width = width
        self.height = height
        self.dotsPerInch = dotsPerInch
    }

    private static func bigEndian(_ bytes: [UInt8], _ offset: Int, _ count: Int) -> Int? {
        guard offset >= 0, offset + count <= bytes.count else { return nil }
        return bytes[offset..<(offset + count)].reduce(0) { $0 << 8 | Int($1) }
    }

    /// IHDR gives the size; a pHYs chunk before the image data gives pixels per metre.
    private static func png(_ bytes: [UInt8]) -> ImageHeader? {
        guard let width = bigEndian(bytes, 16, 4), let height = bigEndian(bytes, 20, 4) else { return nil }
        var dpi: (Double, Double)?
        var offset = 8
        while let length = bigEndian(bytes, offset, 4), offset + 8 + length <= bytes.count {
            let type = String(decoding: bytes[(offset + 4)..<(offset + 8)], as: UTF8.self)
            if type == "IDAT" || type == "IEND" { break }
            if type == "pHYs", length >= 9, bytes[offset + 16] == 1,
                let x = bigEndian(bytes, offset + 8, 4), let y = bigEndian(bytes, offset + 12, 4), x > 0, y > 0
            {
                dpi = (Double(x) * 0.0254, Double(y) * 0.0254)
            }
            offset += 12 + length
        }
        return ImageHeader(format: .png, width: width, height: height, dotsPerInch: dpi)
    }

    /// Walks the marker segments: APP0 (JFIF) gives the density, the first SOFn the size.
    private static func jpeg(_ bytes: [UInt8]) -> ImageHeader? {
        let frameMarkers: Set<UInt8> = [0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF]
        var dpi: (Double, Double)?
        var offset = 2
        while offset + 4 <= bytes.count, bytes[offset] == 0xFF {
            let marker = bytes[offset + 1]
            if marker == 0xFF { offset += 1; continue }
            guard let length = bigEndian(bytes, offset + 2, 2), length >= 2 else { return nil }
            let segment = offset + 4
            // A truncated file can declare a longer segment than the bytes it holds.
            if marker == 0xE0, length >= 14, segment + 14 <= bytes.count, bytes[segment..<(segment + 5)].elementsEqual(Array("JFIF\0".utf8)),
                let x = bigEndian(bytes, segment + 8, 2), let y = bigEndian(bytes, segment + 10, 2), x > 0, y > 0
            {
                let unit = bytes[segment + 7]
                if unit == 1 { dpi = (Double(x), Double(y)) } else if unit == 2 { dpi = (Double(x) * 2.54, Double(y) * 2.54) }
            }
            if frameMarkers.contains(marker) {
                guard let height = bigEndian(bytes, segment + 1, 2), let width = bigEndian(bytes, segment + 3, 2) else {
                    return nil
                }
                return ImageHeader(format: .jpeg, width: width, height: height, dotsPerInch: dpi)
            }
            offset += 2 + length
        }
        return nil
    }
}
