import FilingDocument
import Foundation
import XCTest

final class ModelTests: XCTestCase {
    private let properties = DocumentProperties(title: "t", author: "a", created: Date(timeIntervalSince1970: 0))

    func testSourceDateEpochIsReadFromTheEnvironment() {
        XCTAssertEqual(DocumentProperties.sourceDateEpoch(environment: ["SOURCE_DATE_EPOCH": "1795392000"]),
                       Date(timeIntervalSince1970: 1_795_392_000))
        XCTAssertNil(DocumentProperties.sourceDateEpoch(environment: ["SOURCE_DATE_EPOCH": "soon"]))
        XCTAssertNil(DocumentProperties.sourceDateEpoch(environment: [:]))
    }

    func testTableGridPlacesSpansAndCoveredCells() throws {
        let table = Table(columnWidths: Array(repeating: .mm(20), count: 3), rows: [
            TableRow([TableCell("a", rowSpan: 2), TableCell("b", columnSpan: 2)]),
            TableRow([TableCell("c"), TableCell("d")]),
        ])
        let grid = try TableGrid(table)
        XCTAssertEqual(grid.slots[0], [.origin(row: 0, cell: 0), .origin(row: 0, cell: 1), .covered(originRow: 0, originColumn: 1, continuesVertically: false)])
        XCTAssertEqual(grid.slots[1], [.covered(originRow: 0, originColumn: 0, continuesVertically: true), .origin(row: 1, cell: 0), .origin(row: 1, cell: 1)])
        XCTAssertEqual(grid.rowSpan(originRow: 0, column: 0), 2)
    }

    func testTableGridRejectsCellsPastTheGridAndOverlaps() {
        let tooWide = Table(columnWidths: [.mm(20)], rows: [TableRow([TableCell("a", columnSpan: 2)])])
        XCTAssertThrowsError(try TableGrid(tooWide)) { error in
            XCTAssertEqual(error as? DocumentError, .cellOutsideGrid(row: 0, cell: 0, columns: 1))
        }
        let crowded = Table(columnWidths: [.mm(20)], rows: [TableRow([TableCell("a", rowSpan: 2)]), TableRow([TableCell("b")])])
        XCTAssertThrowsError(try TableGrid(crowded)) { error in
            XCTAssertEqual(error as? DocumentError, .cellOutsideGrid(row: 1, cell: 0, columns: 1))
        }
        XCTAssertThrowsError(try TableGrid(Table(columnWidths: [], rows: [])))
    }

    func testRowSpansAreCutAtTheEndOfTheTable() throws {
        let table = Table(columnWidths: [.mm(20)], rows: [TableRow([TableCell("a", rowSpan: 5)])])
        XCTAssertEqual(try TableGrid(table).rowSpan(originRow: 0, column: 0), 1)
    }

    func testProportionalColumnsAddUpToTheWidth() {
        let table = Table(width: Length(twips: 1000), proportions: [1, 1, 1], rows: [])
        XCTAssertEqual(table.width, Length(twips: 1000))
        XCTAssertEqual(table.columnWidths.map(\.twips), [333, 333, 334])
    }

    func testBuilderNumbersHeadingsAndBookmarksThem() {
        var builder = DocumentBuilder(properties: properties)
        let first = builder.heading(1, "总则")
        builder.heading(2, "目的")
        builder.paragraph("正文")
        let document = builder.build()
        let outline = document.outline(depth: 3)
        XCTAssertEqual(outline.map(\.text), ["一、总则", "（一）目的"])
        XCTAssertEqual(outline.first?.bookmark, first)
    }

    func testHeadingsWithoutBookmarksGetOne() {
        let document = Document(properties: properties, sections: [
            Section(blocks: [.paragraph(Paragraph("总则", style: .heading1)), .paragraph(Paragraph("正文"))]),
        ])
        XCTAssertEqual(document.outline(depth: 3), [])
        XCTAssertEqual(document.withHeadingBookmarks().outline(depth: 3).map(\.bookmark), ["_Toc000001"])
    }

    func testMappingTextReachesTablesHeadersAndProperties() {
        var document = Document(properties: properties, sections: [
            Section(header: .text("h"), blocks: [
                .table(Table(columnWidths: [.mm(10)], rows: [TableRow([TableCell("cell")])])),
            ]),
        ])
        document = document.mappingText { $0.uppercased() }
        XCTAssertEqual(document.properties.title, "T")
        XCTAssertEqual(document.sections[0].header?.paragraphs.first?.plainText, "H")
        guard case .table(let table) = document.sections[0].blocks[0], case .paragraph(let cell) = table.rows[0].cells[0].blocks[0]
        else { return XCTFail("structure changed") }
        XCTAssertEqual(cell.plainText, "CELL")
    }

    func testStyleIDsKeepOnlyASCIILettersAndDigits() {
        XCTAssertEqual(StyleID("Heading 1!").rawValue, "Heading1")
        XCTAssertEqual(StyleID("正文Body").rawValue, "Body")
    }

    func testColoursParseHex() {
        XCTAssertEqual(Color(hex: "#c00000")?.hex, "C00000")
        XCTAssertNil(Color(hex: "12345"))
        XCTAssertNil(Color(hex: "GGGGGG"))
    }

    func testContainsTextVisitsTheTextsMappingTextTransforms() throws {
        // PNG signature and IHDR: all `Image` reads.
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
            + [0, 0, 0, 4, 0, 0, 0, 3, 8, 2, 0, 0, 0, 0, 0, 0, 0])
        let image = try Image(data: png, description: "needle-image")
        let places: [(String, Document)] = [
            ("title", Document(properties: DocumentProperties(title: "needle", author: "a", created: .distantPast), sections: [])),
            ("keyword", Document(properties: DocumentProperties(title: "t", author: "a", keywords: ["x", "needle"], created: .distantPast), sections: [])),
            ("header", Document(properties: properties, sections: [Section(header: .text("needle"))])),
            ("cell", Document(properties: properties, sections: [Section(blocks: [.table(Table(columnWidths: [.mm(10)], rows: [TableRow([TableCell("needle")])]))])])),
            ("toc", Document(properties: properties, sections: [Section(blocks: [.tableOfContents(TableOfContents(title: "needle"))])])),
            ("image", Document(properties: properties, sections: [Section(blocks: [.paragraph(Paragraph(content: [.image(image)]))])])),
        ]
        for (place, document) in places {
            let found = document.containsText { $0.contains("needle") }
            let changed = document.mappingText { $0.replacingOccurrences(of: "needle", with: "pin") } != document
            XCTAssertTrue(found, place)
            XCTAssertEqual(found, changed, place)
        }
        let clean = Document(properties: properties, sections: [Section(footer: .pageOfTotal, blocks: [.pageBreak])])
        XCTAssertFalse(clean.containsText { $0.contains("needle") })
    }

    func testStyleChainsEndAtTheDefaultsAndSurviveLoops() {
        var sheet = StyleSheet.chineseOfficial
        XCTAssertEqual(sheet.outlineLevel(of: .heading2), 2)
        XCTAssertEqual(sheet.fontSize(of: .tableHeading), .hao(.siHao))  // inherited from TableText
        XCTAssertEqual(sheet.fontSize(of: "Missing"), sheet.defaultSize)
        sheet.set(ParagraphStyle(id: "LoopA", name: "A", basedOn: "LoopB"))
        sheet.set(ParagraphStyle(id: "LoopB", name: "B", basedOn: "LoopA"))
        XCTAssertNil(sheet.outlineLevel(of: "LoopA"))
        XCTAssertEqual(sheet.fontSize(of: "LoopB"), sheet.defaultSize)
    }

    func testColorHexIsSixUpperCaseDigits() {
        XCTAssertEqual(Color(red: 0, green: 0x0A, blue: 0xFF).hex, "000AFF")
        XCTAssertEqual(Color.lightGray.hex, "D9D9D9")
    }
}
