/// A single border line.
public struct BorderLine: Sendable, Hashable {
    public var width: Length
    public var color: Color

    /// A solid line.
    public init(width: Length = .pt(0.5), color: Color = .black) {
        self.width = width
        self.color = color
    }

    /// The usual thin black line of forms.
    public static let thin = BorderLine()
}

/// Borders of a table: the outer frame and the lines between cells.
public struct TableBorders: Sendable, Hashable {
    public var outer: BorderLine?
    public var inner: BorderLine?

    /// Borders given by kind; nil draws nothing.
    public init(outer: BorderLine?, inner: BorderLine?) {
        self.outer = outer
        self.inner = inner
    }

    /// Thin lines everywhere (a form grid).
    public static let grid = TableBorders(outer: .thin, inner: .thin)
    /// No lines at all (layout tables, signature blocks).
    public static let none = TableBorders(outer: nil, inner: nil)
}

/// Vertical placement of content in a cell.
public enum VerticalAlignment: String, Sendable, Hashable {
    case top, center, bottom
}

/// A table cell; spans work as in HTML: a cell covers `columnSpan` grid columns and `rowSpan` rows, and the rows
/// below list only the cells that start there.
public struct TableCell: Sendable, Hashable {
    public var blocks: [Block]
    public var columnSpan: Int
    public var rowSpan: Int
    public var shading: Color?
    public var verticalAlignment: VerticalAlignment

    /// A cell of blocks.
    public init(
        blocks: [Block], columnSpan: Int = 1, rowSpan: Int = 1, shading: Color? = nil,
        verticalAlignment: VerticalAlignment = .center
    ) {
        self.blocks = blocks
        self.columnSpan = max(columnSpan, 1)
        self.rowSpan = max(rowSpan, 1)
        self.shading = shading
        self.verticalAlignment = verticalAlignment
    }

    /// A cell with one paragraph of text in the table-text style.
    public init(
        _ text: String, style: StyleID = .tableText, columnSpan: Int = 1, rowSpan: Int = 1, shading: Color? = nil,
        alignment: Alignment? = nil
    ) {
        self.init(
            blocks: [.paragraph(Paragraph(text, style: style, format: ParagraphFormat(alignment: alignment)))],
            columnSpan: columnSpan, rowSpan: rowSpan, shading: shading)
    }

    /// A cell with one paragraph of inline content in the table-text style.
    public init(content: [Inline], style: StyleID = .tableText, columnSpan: Int = 1, rowSpan: Int = 1) {
        self.init(
            blocks: [.paragraph(Paragraph(style: style, content: content))], columnSpan: columnSpan, rowSpan: rowSpan)
    }
}

/// A table row.
public struct TableRow: Sendable, Hashable {
    public var cells: [TableCell]
    /// Header rows (a leading run of them) repeat at the top of every page the table spans.
    public var isHeader: Bool
    /// Keep the row on one page rather than splitting it across a page break.
    public var cantSplit: Bool
    /// Minimum row height.
    public var minHeight: Length?

    /// A row of cells; rows do not split across pages by default.
    public init(_ cells: [TableCell], isHeader: Bool = false, cantSplit: Bool = true, minHeight: Length? = nil) {
        self.cells = cells
        self.isHeader = isHeader
        self.cantSplit = cantSplit
        self.minHeight = minHeight
    }
}

/// A table with fixed column widths.
public struct Table: Sendable, Hashable {
    /// Width of each grid column; their sum is the table width.
    public var columnWidths: [Length]
    public var rows: [TableRow]
    public var borders: TableBorders
    public var alignment: Alignment

    /// A table with the given grid.
    public init(columnWidths: [Length], rows: [TableRow], borders: TableBorders = .grid, alignment: Alignment = .center) {
        self.columnWidths = columnWidths
        self.rows = rows
        self.borders = borders
        self.alignment = alignment
    }

    /// A table whose `columns` share `width` in the given proportions (e.g. `[1, 3]`).
    public init(width: Length, proportions: [Int], rows: [TableRow], borders: TableBorders = .grid) {
        let total = max(proportions.reduce(0, +), 1)
        var widths = proportions.map { Length(twips: width.twips * $0 / total) }
        if let last = widths.indices.last {
            widths[last] = width - Length(twips: widths.dropLast().reduce(0) { $0 + $1.twips })
        }
        self.init(columnWidths: widths, rows: rows, borders: borders)
    }

    /// Total width of the grid.
    public var width: Length { Length(twips: columnWidths.reduce(0) { $0 + $1.twips }) }
}
