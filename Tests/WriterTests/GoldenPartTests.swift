import DocxWriter
import FilingDocument
import FilingTestSupport
import Foundation
import OdtWriter
import PackageKit
import XCTest

/// Every XML part of the small sample compared with a reviewed golden by meaning.
/// Re-record with `RECORD_GOLDENS=1 swift test --filter GoldenPartTests` (the recording run fails on purpose).
final class GoldenPartTests: XCTestCase {
    func testDocxPartsMatchGoldens() throws {
        let (entries, _) = try DocxWriter().entries(SampleDocuments.small())
        try assertXMLParts(entries, folder: "docx")
    }

    func testOdtPartsMatchGoldens() throws {
        let (entries, _) = try OdtWriter().entries(SampleDocuments.small())
        try assertXMLParts(entries, folder: "odt")
    }

    private func assertXMLParts(_ entries: [PackageEntry], folder: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let directory = SampleDocuments.goldenDirectory.appendingPathComponent(folder)
        let xmlEntries = entries.filter { $0.path.hasSuffix(".xml") || $0.path.hasSuffix(".rels") }
        XCTAssertFalse(xmlEntries.isEmpty)
        for entry in xmlEntries {
            // Flattened names keep the golden folder browsable: `word/_rels/document.xml.rels` → `word__rels__document.xml.rels.xml`.
            let name = entry.path.replacingOccurrences(of: "/", with: "__") + (entry.path.hasSuffix(".xml") ? "" : ".xml")
            GoldenXML.assertMatches(entry.data, golden: name, directory: directory, file: file, line: line)
        }
    }
}
