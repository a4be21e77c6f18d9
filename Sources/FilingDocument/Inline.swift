/// Fields: values the office suite computes while laying out pages.
public enum Field: Sendable, Hashable {
    /// The current page number (PAGE).
    case pageNumber
    /// The number of pages in the document (NUMPAGES).
    case pageCount
    /// The page on which a bookmark lands (PAGEREF).
    case pageReference(bookmark: String)
}

/// Check marks used in forms: boxes and the √ / × marks.
public enum CheckMark: String, Sendable, Hashable, CaseIterable {
    /// ☐ an empty box.
    case box = "☐"
    /// ☑ a ticked box.
    case checkedBox = "☑"
    /// ☒ a crossed box.
    case crossedBox = "☒"
    /// √ a tick.
    case tick = "√"
    /// × a cross.
    case cross = "×"

    /// The glyph for a yes/no answer as a box.
    public static func box(checked: Bool) -> CheckMark { checked ? .checkedBox : .box }
}

/// Content inside a paragraph.
public enum Inline: Sendable, Hashable {
    /// Text with character formatting; any Unicode, writers escape and clean it.
    case text(String, RunFormat)
    /// A tab stop advance.
    case tab(RunFormat)
    /// A line break inside the paragraph.
    case lineBreak
    /// A field (page number, page count, page reference) with the formatting of its result.
    case field(Field, RunFormat)
    /// An inline picture.
    case image(Image)
    /// A named point that cross-references and the table of contents can point at.
    case bookmark(String)

    /// Plain text.
    public static func text(_ string: String) -> Inline { .text(string, .plain) }
    /// Bold text.
    public static func bold(_ string: String) -> Inline { .text(string, .bold) }
    /// A check mark glyph as text.
    public static func mark(_ mark: CheckMark, _ format: RunFormat = .plain) -> Inline { .text(mark.rawValue, format) }
    /// A field with the paragraph's formatting.
    public static func field(_ field: Field) -> Inline { .field(field, .plain) }
}
