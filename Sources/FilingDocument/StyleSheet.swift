/// The name of a paragraph style, stable across formats (`heading1`, `body` …); writers use it as the style id.
public struct StyleID: Sendable, Hashable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// ASCII letters and digits only, so it is a valid id in both formats.
    public let rawValue: String

    /// A style id; characters other than ASCII letters and digits are dropped.
    public init(_ rawValue: String) {
        self.rawValue = String(rawValue.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }.map(Character.init))
    }

    public init(stringLiteral value: String) { self.init(value) }

    public static func < (lhs: StyleID, rhs: StyleID) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { rawValue }

    public static let normal: StyleID = "Normal"
    public static let title: StyleID = "Title"
    public static let subtitle: StyleID = "Subtitle"
    public static let heading1: StyleID = "Heading1"
    public static let heading2: StyleID = "Heading2"
    public static let heading3: StyleID = "Heading3"
    public static let heading4: StyleID = "Heading4"
    public static let body: StyleID = "BodyText"
    public static let tableText: StyleID = "TableText"
    public static let tableHeading: StyleID = "TableHeading"
    public static let caption: StyleID = "Caption"
    public static let headerText: StyleID = "HeaderText"
    public static let footerText: StyleID = "FooterText"
    public static let tocHeading: StyleID = "TOCHeading"
    public static let toc1: StyleID = "TOC1"
    public static let toc2: StyleID = "TOC2"
    public static let toc3: StyleID = "TOC3"

    /// The heading style of a level (1…4).
    public static func heading(_ level: Int) -> StyleID { StyleID("Heading\(min(max(level, 1), 4))") }
    /// The table-of-contents entry style of a level (1…3).
    public static func toc(_ level: Int) -> StyleID { StyleID("TOC\(min(max(level, 1), 3))") }
}

/// A named paragraph style with its character formatting.
public struct ParagraphStyle: Sendable, Hashable {
    public var id: StyleID
    /// The display name shown in the office suite (may be Chinese).
    public var name: String
    /// The style it inherits from; `nil` means the document defaults.
    public var basedOn: StyleID?
    /// The style of the paragraph typed after this one.
    public var next: StyleID?
    /// Outline level 1…9 for headings: they feed the table of contents and the navigator.
    public var outlineLevel: Int?
    public var paragraph: ParagraphFormat
    public var run: RunFormat

    /// A style given field by field.
    public init(
        id: StyleID, name: String, basedOn: StyleID? = .normal, next: StyleID? = nil, outlineLevel: Int? = nil,
        paragraph: ParagraphFormat = .inherited, run: RunFormat = .plain
    ) {
        self.id = id
        self.name = name
        self.basedOn = basedOn
        self.next = next
        self.outlineLevel = outlineLevel
        self.paragraph = paragraph
        self.run = run
    }
}

/// Document defaults and named paragraph styles; writers build `styles.xml` from it.
public struct StyleSheet: Sendable, Hashable {
    /// Fonts of text without a style font (`Normal`'s base); the East-Asian slot is always set.
    public var defaultFont: FontSpec
    public var defaultSize: FontSize
    /// The styles, in the order writers emit them.
    public private(set) var styles: [ParagraphStyle]

    /// A style sheet; a `Normal` style is added when missing, since every style chain ends there.
    public init(defaultFont: FontSpec, defaultSize: FontSize, styles: [ParagraphStyle]) {
        self.defaultFont = defaultFont
        self.defaultSize = defaultSize
        self.styles = []
        if !styles.contains(where: { $0.id == .normal }) {
            self.styles.append(ParagraphStyle(id: .normal, name: "Normal", basedOn: nil))
        }
        for style in styles { set(style) }
    }

    /// The style with this id, if any.
    public subscript(id: StyleID) -> ParagraphStyle? { styles.first { $0.id == id } }

    /// Adds a style, or replaces the one with the same id in place.
    public mutating func set(_ style: ParagraphStyle) {
        if let index = styles.firstIndex(where: { $0.id == style.id }) {
            styles[index] = style
        } else {
            styles.append(style)
        }
    }

    /// The outline level of a style, following `basedOn` links (nil when none sets one).
    public func outlineLevel(of id: StyleID) -> Int? {
        firstInChain(from: id) { $0.outlineLevel }
    }

    /// The first non-nil `value` along the `basedOn` chain from `id`. A chain without a loop visits each style
    /// once, so after `styles.count` steps it must be looping and has no value; writers call this for every
    /// paragraph, hence a step bound rather than a set of visited styles.
    func firstInChain<Value>(from id: StyleID, _ value: (ParagraphStyle) -> Value?) -> Value? {
        var current: StyleID? = id
        for _ in 0...styles.count {
            guard let styleID = current, let style = self[styleID] else { return nil }
            if let found = value(style) { return found }
            current = style.basedOn
        }
        return nil
    }
}
