/// Parsed filingpack markup (docs/templates.md), before it becomes document blocks.
public enum MarkupBlock: Sendable, Hashable {
    /// `% 标题`.
    case title([MarkupInline])
    /// `%% 副标题`.
    case subtitle([MarkupInline])
    /// `#`, `##`, `###` headings (level 1…3).
    case heading(level: Int, [MarkupInline])
    /// Joined text lines; `alignment` is set by `::center` / `::right` / `::left`.
    case paragraph([MarkupInline], alignment: MarkupAlignment?)
    /// `- 文字`.
    case listItem([MarkupInline])
    case table(MarkupTable)
    /// `::pagebreak`.
    case pageBreak
    /// `::space N`.
    case space(lines: Int)
    /// `::stamp 文字`.
    case stamp([MarkupInline])
}

/// Alignment of a `::center` / `::right` / `::left` paragraph.
public enum MarkupAlignment: String, Sendable, Hashable {
    case left, center, right
}

/// Inline content of a markup line or cell.
public enum MarkupInline: Sendable, Hashable {
    case text(String, bold: Bool, underline: Bool)
    /// `\n`.
    case lineBreak
    /// `[page:NAME]`: the page a bookmark lands on.
    case pageReference(bookmark: String)
}

/// A `|`-table as written: rows of cells, merge markers still in place.
public struct MarkupTable: Sendable, Hashable {
    /// Relative widths from `::widths`, nil for equal columns.
    public var widths: [Int]?
    /// `::noborder` before the table: a layout table (signatures) without lines.
    public var bordered: Bool
    /// True when a `|---|` row follows the first row.
    public var hasHeader: Bool
    public var rows: [[MarkupCell]]

    /// A table as parsed.
    public init(widths: [Int]?, bordered: Bool, hasHeader: Bool, rows: [[MarkupCell]]) {
        self.widths = widths
        self.bordered = bordered
        self.hasHeader = hasHeader
        self.rows = rows
    }

    /// Number of grid columns: the longest row.
    public var columnCount: Int { rows.map(\.count).max() ?? 0 }
}

/// A table cell: content, or a marker merging it into a neighbour.
public enum MarkupCell: Sendable, Hashable {
    case content([MarkupInline])
    /// `^^`: part of the cell above.
    case mergeUp
    /// `<<`: part of the cell on the left.
    case mergeLeft
}

/// A markup line that cannot be read, with its line in the rendered text.
public struct MarkupError: Error, Sendable, Equatable, CustomStringConvertible {
    /// 1-based line in the text given to the parser.
    public var line: Int
    public var message: String

    /// An error at `line`.
    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}
