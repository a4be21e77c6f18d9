import DocxWriter
import FilingDocument
import FilingTestSupport
import Foundation
import OdtWriter
import XCTest

/// Random documents with hostile text and random merged tables: every part of both formats stays valid, the
/// removed-character count matches what was injected, and the text that survives is intact.
final class PropertyTests: XCTestCase {
    func testRandomDocumentsGiveValidPackages() throws {
        for seed in UInt64(1)...25 {
            var random = RandomDocuments(seed: seed)
            let document = random.document()
            let docx = try DocxWriter().entries(document)
            let odt = try OdtWriter().entries(document)
            XCTAssertEqual(try PartValidation.docxErrors(try DocxWriter().write(document)), [], "seed \(seed)")
            XCTAssertEqual(try PartValidation.odtErrors(try OdtWriter().write(document)), [], "seed \(seed)")
            XCTAssertEqual(docx.report.removedCharacterCount, random.invalidCharacters, "seed \(seed)")
            XCTAssertEqual(odt.report.removedCharacterCount, random.invalidCharacters, "seed \(seed)")
        }
    }

    func testEscapedTextSurvivesRoundTripThroughTheXMLParser() throws {
        let hostile = "a<b>&c\"d'e]]>f🙂שלום\u{1}g"
        var builder = DocumentBuilder(properties: SampleDocuments.properties)
        builder.paragraph(hostile)
        let (entries, report) = try OdtWriter().entries(builder.build())
        XCTAssertEqual(report.removedCharacterCount, 1)
        let content = try XCTUnwrap(entries.first { $0.path == "content.xml" }).data
        let lines = GoldenXML.canonicalLines(content)
        XCTAssertTrue(lines.contains("\"a<b>&c\"d'e]]>f🙂שלוםg\""), lines.suffix(8).joined(separator: "\n"))
    }
}
