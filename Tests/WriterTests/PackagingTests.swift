import DocxWriter
import FilingDocument
import FilingTestSupport
import Foundation
import OdtWriter
import XCTest

/// Packaging rules: deterministic bytes, ODF mimetype first and stored, manifests and content types complete.
final class PackagingTests: XCTestCase {
    func testSameDocumentGivesByteIdenticalPackages() throws {
        let document = try SampleDocuments.everything()
        XCTAssertEqual(try DocxWriter().write(document), try DocxWriter().write(document))
        XCTAssertEqual(try OdtWriter().write(document), try OdtWriter().write(document))
    }

    func testWritingToAFileGivesTheSameBytesAsWritingToMemory() throws {
        let document = try SampleDocuments.small()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("filingpack-\(UUID().uuidString).odt")
        defer { try? FileManager.default.removeItem(at: url) }
        try OdtWriter().write(document, to: url)
        XCTAssertEqual(try Data(contentsOf: url), try OdtWriter().write(document))
    }

    func testOdtStartsWithStoredMimetypeAndManifestListsEveryEntry() throws {
        let zip = try ZipContents(try OdtWriter().write(SampleDocuments.small()))
        XCTAssertEqual(zip.paths.first, "mimetype")
        XCTAssertEqual(zip.stored["mimetype"], true)
        XCTAssertEqual(zip["mimetype"].map { String(decoding: $0, as: UTF8.self) }, "application/vnd.oasis.opendocument.text")
        let manifest = String(decoding: try XCTUnwrap(zip["META-INF/manifest.xml"]), as: UTF8.self)
        for path in zip.paths where path != "mimetype" && path != "META-INF/manifest.xml" {
            XCTAssertTrue(manifest.contains("manifest:full-path=\"\(path)\""), "manifest lacks \(path)")
        }
        XCTAssertTrue(zip.paths.contains { $0.hasPrefix("Pictures/") && $0.hasSuffix(".png") })
    }

    func testDocxContentTypesAndRelationshipsCoverEveryPart() throws {
        let zip = try ZipContents(try DocxWriter().write(SampleDocuments.everything()))
        let types = String(decoding: try XCTUnwrap(zip["[Content_Types].xml"]), as: UTF8.self)
        let relationships = String(decoding: try XCTUnwrap(zip["word/_rels/document.xml.rels"]), as: UTF8.self)
        for path in zip.paths where path.hasPrefix("word/") && path.hasSuffix(".xml") {
            XCTAssertTrue(types.contains("PartName=\"/\(path)\""), "content types lack \(path)")
            if path != "word/document.xml" {
                XCTAssertTrue(relationships.contains("Target=\"\(path.dropFirst("word/".count))\""), "no relationship to \(path)")
            }
        }
        XCTAssertTrue(types.contains("Extension=\"png\"") && types.contains("Extension=\"jpeg\""))
        XCTAssertTrue(zip.paths.contains("word/media/image1.png") || zip.paths.contains("word/media/image1.jpeg"))
    }

    func testPackageDatesComeFromTheDocumentNotTheClock() throws {
        let zip = try ZipContents(try DocxWriter().write(SampleDocuments.small()))
        let core = String(decoding: try XCTUnwrap(zip["docProps/core.xml"]), as: UTF8.self)
        XCTAssertTrue(core.contains(">2026-11-23T00:00:00Z</dcterms:created>"), core)
        let meta = String(decoding: try XCTUnwrap(ZipContents(try OdtWriter().write(SampleDocuments.small()))["meta.xml"]), as: UTF8.self)
        XCTAssertTrue(meta.contains("<meta:creation-date>2026-11-23T00:00:00Z</meta:creation-date>"), meta)
    }

    func testEveryCJKRunHasTheEastAsianFontAndChineseLanguage() throws {
        let docx = try ZipContents(try DocxWriter().write(SampleDocuments.small()))
        let styles = String(decoding: try XCTUnwrap(docx["word/styles.xml"]), as: UTF8.self)
        XCTAssertTrue(styles.contains("w:eastAsia=\"zh-CN\""))
        XCTAssertTrue(styles.contains("w:eastAsia=\"仿宋\""))
        XCTAssertTrue(styles.contains("w:eastAsia=\"黑体\""))
        let odt = try ZipContents(try OdtWriter().write(SampleDocuments.small()))
        let odtStyles = String(decoding: try XCTUnwrap(odt["styles.xml"]), as: UTF8.self)
        XCTAssertTrue(odtStyles.contains("style:language-asian=\"zh\" style:country-asian=\"CN\""))
        XCTAssertTrue(odtStyles.contains("style:font-name-asian=\"仿宋\""))
    }
}
