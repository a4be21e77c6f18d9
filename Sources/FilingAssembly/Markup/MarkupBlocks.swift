import FilingDocument

/// Turns parsed markup into document blocks in the Chinese official styles.
public struct MarkupBlocks: Sendable {
    /// Width tables are laid out to (the text area of the page).
    public var textWidth: Length
    /// Added to markup heading levels, so `#` inside a binder item sits below the item's own heading.
    public var headingLevelOffset: Int
    /// Known page numbers of bookmarks: `[page:NAME]` prints this number as text; unknown names become
    /// page-reference fields the office suite fills in.
    public var pageNumbers: [String: Int]

    /// A converter for a text area of `textWidth`.
    public init(textWidth: Length = PageSetup.a4Portrait.textWidth, headingLevelOffset: Int = 0,
                pageNumbers: [String: Int] = [:]) {
        self.textWidth = textWidth
        self.headingLevelOffset = headingLevelOffset
        self.pageNumbers = pageNumbers
    }

    /// The document blocks for parsed markup.
    public func blocks(for markup: [MarkupBlock]) -> [Block] {
        markup.flatMap(blocks(for:))
    }

    private func blocks(for block: MarkupBlock) -> [Block] {
        switch block {
        case .title(let content):
            return [paragraph(content, style: .title)]
        case .subtitle(let content):
            return [paragraph(content, style: .subtitle)]
        case .heading(let level, let content):
            return [paragraph(content, style: .heading(level + headingLevelOffset))]
        case .paragraph(let content, let alignment):
            guard let alignment else {
                // Justified lines around a long URL or e-mail get their characters spread apart; such
                // paragraphs are set flush left instead.
                let format = Self.hasLongWord(content) ? ParagraphFormat(alignment: .start) : .inherited
                return [paragraph(content, style: .body, format: format)]
            }
            return [paragraph(content, style: .normal, format: ParagraphFormat(
                alignment: Self.alignment(alignment), firstLineIndent: .length(.zero)))]
        case .listItem(let content):
            // A bullet in the hanging indent, so wrapped lines read as one entry.
            return [paragraph([.text("•\u{2002}", bold: false, underline: false)] + content, style: .body, format: ParagraphFormat(
                alignment: Self.hasLongWord(content) ? .start : nil, firstLineIndent: .hanging(.pt(32)),
                leftIndent: .pt(32)))]
        case .table(let table):
            return [.table(self.table(table))]
        case .pageBreak:
            return [.pageBreak]
        case .space(let lines):
            return Array(repeating: Self.emptyLine, count: lines)
        case .stamp(let content):
            return [Self.emptyLine, Self.emptyLine, paragraph(content, style: .normal, format: ParagraphFormat(
                alignment: .end, firstLineIndent: .length(.zero), keepTogether: true))]
        }
    }

    /// Whether a run of 20 or more ASCII characters without a space (a URL, an e-mail address) occurs.
    static func hasLongWord(_ content: [MarkupInline]) -> Bool {
        content.contains { inline in
            guard case .text(let text, _, _) = inline else { return false }
            var run = 0
            for character in text {
                run = character.isASCII && !character.isWhitespace ? run + 1 : 0
                if run >= 20 { return true }
            }
            return false
        }
    }

    private static let emptyLine = Block.paragraph(Paragraph(style: .normal, content: []))

    private static func alignment(_ alignment: MarkupAlignment) -> Alignment {
        switch alignment {
        case .left: .start
        case .center: .center
        case .right: .end
        }
    }

    private func paragraph(_ content: [MarkupInline], style: StyleID, format: ParagraphFormat = .inherited) -> Block {
        .paragraph(Paragraph(style: style, format: format, content: inlines(content)))
    }

    /// Document inlines for markup inlines; `size` overrides the style's size (table text).
    public func inlines(_ content: [MarkupInline], size: FontSize? = nil) -> [Inline] {
        content.map { inline in
            switch inline {
            case .text(let text, let bold, let underline):
                .text(text, RunFormat(bold: bold ? true : nil, underline: underline ? .single : nil, size: size))
            case .lineBreak:
                .lineBreak
            case .pageReference(let bookmark):
                pageNumbers[bookmark].map { .text(String($0), RunFormat(size: size)) }
                    ?? .field(.pageReference(bookmark: bookmark), RunFormat(size: size))
            }
        }
    }

    /// Wide tables (forms, staff lists) are set in 五号, narrow ones in 小四, so cells do not wrap every word.
    static func cellSize(columns: Int) -> FontSize { .hao(columns >= 5 ? .wuHao : .xiaoSi) }

    private func table(_ table: MarkupTable) -> Table {
        let columns = max(table.columnCount, 1)
        let size = Self.cellSize(columns: columns)
        let spans = CellSpans(table: table, columns: columns)
        let rows = table.rows.indices.map { rowIndex in
            let isHeader = table.hasHeader && rowIndex == 0
            let cells = spans.origins(inRow: rowIndex).map { origin in
                let style: StyleID = isHeader ? .tableHeading : .tableText
                let content: [MarkupInline] =
                    if case .content(let inlines) = spans.cell(row: rowIndex, column: origin.column) { inlines } else { [] }
                return TableCell(
                    blocks: [.paragraph(Paragraph(style: style, content: inlines(content, size: size)))],
                    columnSpan: origin.columnSpan, rowSpan: origin.rowSpan)
            }
            return TableRow(cells, isHeader: isHeader)
        }
        let proportions = table.widths ?? Array(repeating: 1, count: columns)
        return Table(width: textWidth, proportions: proportions, rows: rows,
                     borders: table.bordered ? .grid : .none)
    }
}
