import Foundation

/// Picture formats both writers embed.
public enum ImageFormat: String, Sendable, Hashable {
    case png, jpeg

    /// The media type of the format.
    public var mediaType: String { self == .png ? "image/png" : "image/jpeg" }
    /// The file extension used inside packages.
    public var fileExtension: String { self == .png ? "png" : "jpeg" }
}

/// How an image is sized on the page; the aspect ratio is always kept.
public enum ImageSizing: Sendable, Hashable {
    /// Its natural size (pixels at its DPI, 96 when unknown), shrunk to fit the text area.
    case naturalShrinkToFit
    /// As wide as the text area (or as tall, if that is the tighter limit).
    case fillTextArea
    /// A given width, shrunk to fit the text area.
    case width(Length)
}

/// An embedded PNG or JPEG picture, with its pixel size and resolution read from the header bytes.
public struct Image: Sendable, Hashable {
    public let data: Data
    public let format: ImageFormat
    public let pixelWidth: Int
    public let pixelHeight: Int
    /// Horizontal and vertical resolution from the file (PNG pHYs, JPEG JFIF), nil when absent.
    public let dotsPerInch: (x: Double, y: Double)?
    /// Alternative text for screen readers and the office suite's description field.
    public var description: String
    public var sizing: ImageSizing

    /// Reads the header of PNG or JPEG bytes; throws when the bytes are neither or cut short.
    public init(data: Data, description: String, sizing: ImageSizing = .naturalShrinkToFit) throws(DocumentError) {
        let header = try ImageHeader(Array(data.prefix(ImageHeader.scanLimit)), description: description)
        self.data = data
        self.format = header.format
        self.pixelWidth = header.width
        self.pixelHeight = header.height
        self.dotsPerInch = header.dotsPerInch
        self.description = description
        self.sizing = sizing
    }

    /// Share of the text height an image may take, leaving room for a heading and a caption on its page.
    public static let maximumHeightShare = 0.8

    /// The size on the page for a text area, keeping the aspect ratio; never wider than the area nor taller than
    /// `maximumHeightShare` of it.
    public func displaySize(textWidth: Length, textHeight: Length) -> (width: Length, height: Length) {
        let dpi = dotsPerInch ?? (96, 96)
        let naturalWidth = Double(pixelWidth) / max(dpi.x, 1) * 1440
        let naturalHeight = Double(pixelHeight) / max(dpi.y, 1) * 1440
        var scale: Double
        switch sizing {
        case .naturalShrinkToFit: scale = 1
        case .fillTextArea: scale = Double(textWidth.twips) / naturalWidth
        case .width(let width): scale = Double(width.twips) / naturalWidth
        }
        scale = min(scale, Double(textWidth.twips) / naturalWidth, Double(textHeight.twips) * Self.maximumHeightShare / naturalHeight)
        return (Length(twips: Int((naturalWidth * scale).rounded())), Length(twips: Int((naturalHeight * scale).rounded())))
    }

    public static func == (lhs: Image, rhs: Image) -> Bool {
        lhs.data == rhs.data && lhs.description == rhs.description && lhs.sizing == rhs.sizing
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(data)
        hasher.combine(description)
        hasher.combine(sizing)
    }
}
