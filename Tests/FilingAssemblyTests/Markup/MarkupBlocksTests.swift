@testable import FilingAssembly
import FilingDocument
import XCTest

final class MarkupBlocksTests: XCTestCase {
    private func table(_ markup: String) throws -> Table {
        let blocks = MarkupBlocks().blocks(for: try MarkupParser.parse(markup))
        guard case .table(let table) = blocks.first else { throw XCTSkip("no table in \(blocks)") }
        return table
    }

    private func spans(_ table: Table) -> [[String]] {
        table.rows.map { row in
            row.cells.map { cell in
                let text = cell.blocks.compactMap { block -> String? in
                    if case .paragraph(let paragraph) = block { return paragraph.plainText }
                    return nil
                }.joined()
                return "\(text):\(cell.columnSpan)x\(cell.rowSpan)"
            }
        }
    }

    func testMergesBecomeSpans() throws {
        let result = try table("""
            | A | << | B |
            | ^^ | << | C |
            | D | E | ^^ |
            """)
        XCTAssertEqual(spans(result), [["A:2x2", "B:1x1"], ["C:1x2"], ["D:1x1", "E:1x1"]])
    }

    func testMergeUpIntoAWideCellNeedsTheWholeWidth() throws {
        let result = try table("""
            | A | << |
            | ^^ | x |
            """)
        XCTAssertEqual(spans(result), [["A:2x1"], [":1x1", "x:1x1"]])
    }

    func testMarkersWithoutATargetAreEmptyCells() throws {
        XCTAssertEqual(spans(try table("| << | ^^ |")), [[":1x1", ":1x1"]])
    }

    func testShortRowsArePaddedAndHeaderRepeats() throws {
        let result = try table("| a | b | c |\n|---|---|---|\n| d |")
        XCTAssertEqual(spans(result), [["a:1x1", "b:1x1", "c:1x1"], ["d:1x1", ":1x1", ":1x1"]])
        XCTAssertEqual(result.rows.map(\.isHeader), [true, false])
        XCTAssertEqual(result.columnWidths.count, 3)
    }

    func testWidthsAreProportionsOfTheTextWidth() throws {
        let result = try table("::widths 1 3\n| a | b |")
        XCTAssertEqual(result.width, PageSetup.a4Portrait.textWidth)
        XCTAssertEqual(result.columnWidths[1].twips, result.columnWidths[0].twips * 3, accuracy: 3)
    }

    func testNoBorderTable() throws {
        XCTAssertEqual(try table("::noborder\n| a |").borders, .none)
    }

    func testHeadingOffsetAndPageReferences() throws {
        let converter = MarkupBlocks(headingLevelOffset: 1, pageNumbers: ["known": 7])
        let blocks = converter.blocks(for: try MarkupParser.parse("# 一、标题\n\n[page:known] [page:other]"))
        guard case .paragraph(let heading) = blocks[0], case .paragraph(let body) = blocks[1] else {
            return XCTFail("\(blocks)")
        }
        XCTAssertEqual(heading.style, .heading(2))
        XCTAssertEqual(body.content.first, .text("7", .plain))
        XCTAssertTrue(body.content.contains(.field(.pageReference(bookmark: "other"), .plain)))
    }

    func testLongURLParagraphIsFlushLeft() throws {
        let blocks = MarkupBlocks().blocks(for: try MarkupParser.parse("网址为https://www.example-long-domain.cn/path"))
        guard case .paragraph(let paragraph) = blocks.first else { return XCTFail() }
        XCTAssertEqual(paragraph.format.alignment, .start)
    }

    func testSpaceAndStamp() throws {
        let blocks = MarkupBlocks().blocks(for: try MarkupParser.parse("::space 2\n::stamp （公章）"))
        XCTAssertEqual(blocks.count, 5)
        guard case .paragraph(let stamp) = blocks.last else { return XCTFail() }
        XCTAssertEqual(stamp.format.alignment, .end)
        XCTAssertEqual(stamp.plainText, "（公章）")
    }
}
