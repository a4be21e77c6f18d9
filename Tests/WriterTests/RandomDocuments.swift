import FilingDocument
import FilingTestSupport
import Foundation

/// Random documents for property tests: hostile text and random tables with merges built valid by construction.
struct RandomDocuments {
    var generator: SeededGenerator
    /// Characters XML 1.0 cannot hold that were put into text, which the writers must report as removed.
    private(set) var invalidCharacters = 0

    init(seed: UInt64) { generator = SeededGenerator(seed: seed) }

    private static let fragments = [
        "申请单位", "互联网药品信息服务", " ", "  ", "\t", "\n", "<b>&amp;</b>", "]]>", "\"'", "🙂", "👨‍👩‍👧", "שלום", "مرحبا",
        "\u{200F}", "☑", "☐", "×", "√", "〔2025〕", "Ünïcödé", String(repeating: "长", count: 300),
        String(repeating: "W", count: 500),
    ]
    private static let invalid: [Character] = ["\u{0}", "\u{1}", "\u{8}", "\u{B}", "\u{C}", "\u{1F}", "\u{FFFE}", "\u{FFFF}"]

    mutating func text() -> String {
        var result = ""
        for _ in 0..<Int.random(in: 1...6, using: &generator) {
            if Int.random(in: 0..<6, using: &generator) == 0 {
                result.append(Self.invalid.randomElement(using: &generator) ?? "\u{0}")
                invalidCharacters += 1
            } else {
                result += Self.fragments.randomElement(using: &generator) ?? ""
            }
        }
        return result
    }

    mutating func format() -> RunFormat {
        RunFormat(
            bold: Bool.random(using: &generator) ? true : nil, italic: Bool.random(using: &generator) ? true : nil,
            underline: Bool.random(using: &generator) ? .single : nil,
            color: Bool.random(using: &generator) ? Color(red: 12, green: 34, blue: 56) : nil,
            highlight: Bool.random(using: &generator) ? Highlight.allCases.randomElement(using: &generator) : nil,
            font: Bool.random(using: &generator) ? FontSpec(ChineseFont.allCases.randomElement(using: &generator) ?? .song) : nil,
            size: Bool.random(using: &generator) ? .hao(ChineseFontSize.allCases.randomElement(using: &generator) ?? .siHao) : nil)
    }

    mutating func paragraph(style: StyleID = .body) -> Paragraph {
        var content: [Inline] = []
        for _ in 0..<Int.random(in: 0...5, using: &generator) {
            switch Int.random(in: 0..<8, using: &generator) {
            case 0: content.append(.lineBreak)
            case 1: content.append(.field(.pageNumber))
            case 2: content.append(.mark(CheckMark.allCases.randomElement(using: &generator) ?? .box))
            default: content.append(.text(text(), format()))
            }
        }
        return Paragraph(style: style, format: ParagraphFormat(alignment: Bool.random(using: &generator) ? .center : nil), content: content)
    }

    /// A table whose cells merge random rectangles of a grid, so every span is legal.
    mutating func table(width: Length) -> Table {
        let columns = Int.random(in: 1...6, using: &generator)
        let rows = Int.random(in: 1...8, using: &generator)
        var taken = Array(repeating: Array(repeating: false, count: columns), count: rows)
        var tableRows: [TableRow] = []
        for row in 0..<rows {
            var cells: [TableCell] = []
            var column = 0
            while column < columns {
                if taken[row][column] { column += 1; continue }
                var span = 1
                while column + span < columns, !taken[row][column + span], Int.random(in: 0..<3, using: &generator) == 0 { span += 1 }
                let rowSpan = Int.random(in: 0..<4, using: &generator) == 0 ? Int.random(in: 1...(rows - row), using: &generator) : 1
                for r in row..<(row + rowSpan) { for c in column..<(column + span) { taken[r][c] = true } }
                let blocks: [Block] = Int.random(in: 0..<5, using: &generator) == 0 ? [] : [.paragraph(paragraph(style: .tableText))]
                cells.append(TableCell(blocks: blocks, columnSpan: span, rowSpan: rowSpan,
                                       shading: Bool.random(using: &generator) ? .lightGray : nil))
                column += span
            }
            tableRows.append(TableRow(cells, isHeader: row == 0 && Bool.random(using: &generator)))
        }
        return Table(width: width, proportions: Array(repeating: 1, count: columns), rows: tableRows,
                     borders: Bool.random(using: &generator) ? .grid : TableBorders(outer: .thin, inner: nil))
    }

    mutating func document() -> Document {
        var builder = DocumentBuilder(properties: DocumentProperties(title: text(), author: text(), created: SampleDocuments.fixedDate))
        builder.setHeaderFooter(header: HeaderFooter([paragraph(style: .headerText)]), footer: .pageOfTotal)
        for _ in 0..<Int.random(in: 1...12, using: &generator) {
            switch Int.random(in: 0..<7, using: &generator) {
            case 0: builder.heading(Int.random(in: 1...4, using: &generator), text())
            case 1: builder.table(table(width: builder.textWidth))
            case 2: builder.pageBreak()
            case 3: builder.tableOfContents()
            case 4: builder.startSection(Section(pageSetup: Bool.random(using: &generator) ? .a4Landscape : .a4Portrait))
            default: builder.append(.paragraph(paragraph()))
            }
        }
        return builder.build()
    }
}
