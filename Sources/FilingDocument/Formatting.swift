/// An sRGB colour, written as six hex digits in both formats.
public struct Color: Sendable, Hashable {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8

    /// A colour from its components.
    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// A colour from `RRGGBB` or `#RRGGBB`; nil when the text is not six hex digits.
    public init?(hex: String) {
        let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
        self.init(red: UInt8(value >> 16 & 0xFF), green: UInt8(value >> 8 & 0xFF), blue: UInt8(value & 0xFF))
    }

    /// Upper-case `RRGGBB`.
    public var hex: String {
        let digits: StaticString = "0123456789ABCDEF"
        return digits.withUTF8Buffer { digits in
            String(unsafeUninitializedCapacity: 6) { output in
                for (index, component) in [red, green, blue].enumerated() {
                    output[index * 2] = digits[Int(component >> 4)]
                    output[index * 2 + 1] = digits[Int(component & 0xF)]
                }
                return 6
            }
        }
    }

    public static let black = Color(red: 0, green: 0, blue: 0)
    public static let red = Color(red: 0xC0, green: 0, blue: 0)
    public static let lightGray = Color(red: 0xD9, green: 0xD9, blue: 0xD9)
}

/// Text highlight colours: the fixed palette DOCX allows, which ODT writes as a background colour.
public enum Highlight: String, Sendable, Hashable, CaseIterable {
    case yellow, green, cyan, magenta, blue, red, lightGray

    /// The sRGB value of the highlight (Word's palette).
    public var color: Color {
        switch self {
        case .yellow: Color(red: 0xFF, green: 0xFF, blue: 0)
        case .green: Color(red: 0, green: 0xFF, blue: 0)
        case .cyan: Color(red: 0, green: 0xFF, blue: 0xFF)
        case .magenta: Color(red: 0xFF, green: 0, blue: 0xFF)
        case .blue: Color(red: 0, green: 0, blue: 0xFF)
        case .red: Color(red: 0xFF, green: 0, blue: 0)
        case .lightGray: Color(red: 0xC0, green: 0xC0, blue: 0xC0)
        }
    }
}

/// Underline kinds.
public enum Underline: String, Sendable, Hashable {
    case single, double, dotted
}

/// Character formatting; nil fields inherit from the paragraph style.
public struct RunFormat: Sendable, Hashable {
    public var bold: Bool?
    public var italic: Bool?
    public var underline: Underline?
    public var color: Color?
    public var highlight: Highlight?
    public var font: FontSpec?
    public var size: FontSize?

    /// Formatting given field by field; everything unset inherits.
    public init(
        bold: Bool? = nil, italic: Bool? = nil, underline: Underline? = nil, color: Color? = nil,
        highlight: Highlight? = nil, font: FontSpec? = nil, size: FontSize? = nil
    ) {
        self.bold = bold
        self.italic = italic
        self.underline = underline
        self.color = color
        self.highlight = highlight
        self.font = font
        self.size = size
    }

    /// No direct formatting.
    public static let plain = RunFormat()
    /// Bold only.
    public static let bold = RunFormat(bold: true)
    /// Italic only.
    public static let italic = RunFormat(italic: true)

    /// True when nothing is set.
    public var isPlain: Bool { self == .plain }
}

/// Horizontal alignment of a paragraph.
public enum Alignment: String, Sendable, Hashable {
    case start, center, end, justified
}

/// Line spacing of a paragraph.
public enum LineSpacing: Sendable, Hashable {
    /// A multiple of single spacing (1.5 = one and a half lines).
    case multiple(Double)
    /// A fixed line height (固定值), as GB/T 9704 uses (28–29 pt for 三号 text).
    case exactly(Length)
    /// At least this height.
    case atLeast(Length)
}

/// A first-line indent, in characters of the paragraph's own size (首行缩进 2 字符) or as a length.
public enum FirstLineIndent: Sendable, Hashable {
    case characters(Int)
    case length(Length)
    /// A hanging indent: the first line starts this far left of the others.
    case hanging(Length)
}

/// Paragraph formatting; nil fields inherit from the style (or from the defaults).
public struct ParagraphFormat: Sendable, Hashable {
    public var alignment: Alignment?
    public var spaceBefore: Length?
    public var spaceAfter: Length?
    public var lineSpacing: LineSpacing?
    public var firstLineIndent: FirstLineIndent?
    public var leftIndent: Length?
    public var keepWithNext: Bool?
    public var keepTogether: Bool?
    /// Start the paragraph on a new page.
    public var pageBreakBefore: Bool?

    /// Formatting given field by field; everything unset inherits.
    public init(
        alignment: Alignment? = nil, spaceBefore: Length? = nil, spaceAfter: Length? = nil,
        lineSpacing: LineSpacing? = nil, firstLineIndent: FirstLineIndent? = nil, leftIndent: Length? = nil,
        keepWithNext: Bool? = nil, keepTogether: Bool? = nil, pageBreakBefore: Bool? = nil
    ) {
        self.alignment = alignment
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        self.lineSpacing = lineSpacing
        self.firstLineIndent = firstLineIndent
        self.leftIndent = leftIndent
        self.keepWithNext = keepWithNext
        self.keepTogether = keepTogether
        self.pageBreakBefore = pageBreakBefore
    }

    /// Nothing set.
    public static let inherited = ParagraphFormat()
    /// True when nothing is set.
    public var isInherited: Bool { self == .inherited }
}
