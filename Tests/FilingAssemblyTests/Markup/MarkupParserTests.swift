@testable import FilingAssembly
import XCTest

final class MarkupParserTests: XCTestCase {
    private func plain(_ text: String) -> [MarkupInline] { [.text(text, bold: false, underline: false)] }

    func testTitlesHeadingsAndParagraphs() throws {
        let blocks = try MarkupParser.parse("""
            % 标题
            %% 副标题
            # 一、总则
            ## （一）范围
            ### 1. 细则
            第一行
            第二行

            新段落
            """)
        XCTAssertEqual(blocks, [
            .title(plain("标题")), .subtitle(plain("副标题")),
            .heading(level: 1, plain("一、总则")), .heading(level: 2, plain("（一）范围")),
            .heading(level: 3, plain("1. 细则")),
            .paragraph(plain("第一行第二行"), alignment: nil),
            .paragraph(plain("新段落"), alignment: nil),
        ])
    }

    func testLatinLinesJoinWithASpace() throws {
        XCTAssertEqual(try MarkupParser.parse("hello\nworld"), [.paragraph(plain("hello world"), alignment: nil)])
    }

    func testHeadingMarkerNeedsASpace() throws {
        XCTAssertEqual(try MarkupParser.parse("#号码"), [.paragraph(plain("#号码"), alignment: nil)])
    }

    func testListItemsAndContinuation() throws {
        let blocks = try MarkupParser.parse("- 甲\n- 乙\n续\n\n正文")
        XCTAssertEqual(blocks, [
            .listItem(plain("甲")), .listItem(plain("乙续")), .paragraph(plain("正文"), alignment: nil),
        ])
    }

    func testDirectives() throws {
        let blocks = try MarkupParser.parse("""
            ::center 居中
            ::right 右
            ::left 左
            ::pagebreak
            ::space 3
            ::stamp （单位公章）
            """)
        XCTAssertEqual(blocks, [
            .paragraph(plain("居中"), alignment: .center), .paragraph(plain("右"), alignment: .right),
            .paragraph(plain("左"), alignment: .left), .pageBreak, .space(lines: 3), .stamp(plain("（单位公章）")),
        ])
    }

    func testUnknownDirectiveNamesTheLine() {
        XCTAssertThrowsError(try MarkupParser.parse("正文\n\n::frobnicate")) { error in
            XCTAssertEqual((error as? MarkupError)?.line, 3)
        }
        XCTAssertThrowsError(try MarkupParser.parse("::space many")) { error in
            XCTAssertEqual((error as? MarkupError)?.line, 1)
        }
    }

    func testTableWithHeaderWidthsAndMerges() throws {
        let blocks = try MarkupParser.parse("""
            ::widths 20 30 50
            | 甲 | 乙 | 丙 |
            |---|:--:|---|
            | a | << | ^^ |
            """)
        guard case .table(let table) = blocks.first, blocks.count == 1 else { return XCTFail("\(blocks)") }
        XCTAssertEqual(table.widths, [20, 30, 50])
        XCTAssertTrue(table.hasHeader)
        XCTAssertTrue(table.bordered)
        XCTAssertEqual(table.rows, [
            [.content(plain("甲")), .content(plain("乙")), .content(plain("丙"))],
            [.content(plain("a")), .mergeLeft, .mergeUp],
        ])
    }

    func testNoBorderAppliesToTheNextTableOnly() throws {
        let blocks = try MarkupParser.parse("::noborder\n| a |\n\n| b |")
        let tables = blocks.compactMap { block -> MarkupTable? in
            if case .table(let table) = block { return table }
            return nil
        }
        XCTAssertEqual(tables.map(\.bordered), [false, true])
    }

    func testWidthsMustMatchTheColumns() {
        XCTAssertThrowsError(try MarkupParser.parse("::widths 1 2\n| a | b | c |")) { error in
            XCTAssertEqual((error as? MarkupError)?.line, 2)
        }
    }

    func testSeparatorOnlyAfterTheFirstRowMakesAHeader() throws {
        let blocks = try MarkupParser.parse("| a |\n| b |\n|---|")
        guard case .table(let table) = blocks.first else { return XCTFail() }
        XCTAssertFalse(table.hasHeader)
        XCTAssertEqual(table.rows.count, 3)
    }

    func testInlineFormattingBoxesAndBreaks() {
        XCTAssertEqual(InlineParser.parse("**粗**__线__[x][ ][-]a\\nb[page:item\\-1]"), [
            .text("粗", bold: true, underline: false), .text("线", bold: false, underline: true),
            .text("☑☐☒a", bold: false, underline: false), .lineBreak, .text("b", bold: false, underline: false),
            .pageReference(bookmark: "item-1"),
        ])
    }

    func testEscapedCharactersPrintLiterally() {
        XCTAssertEqual(InlineParser.parse("\\*\\*x\\*\\* \\[x\\] \\\\n"), plain("**x** [x] \\n"))
    }

    func testEscapedBarStaysInsideTheCell() throws {
        let blocks = try MarkupParser.parse("| a\\|b | c |")
        guard case .table(let table) = blocks.first else { return XCTFail() }
        XCTAssertEqual(table.rows, [[.content(plain("a|b")), .content(plain("c"))]])
    }

    func testCarriageReturnLineEndings() throws {
        XCTAssertEqual(try MarkupParser.parse("% 标题\r\n正文\r\n"), [
            .title(plain("标题")), .paragraph(plain("正文"), alignment: nil),
        ])
    }
}
