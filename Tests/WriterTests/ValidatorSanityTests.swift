import FilingTestSupport
import Foundation
import XCTest

/// Guards against a validator that passes everything: known-bad parts must fail.
final class ValidatorSanityTests: XCTestCase {
    func testSchemaValidationRejectsMisorderedRunProperties() throws {
        let schemas = try SharedResources.schemasDirectory()
        let bad = Data("""
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\
            <w:p><w:pPr><w:jc w:val="center"/><w:pStyle w:val="Title"/></w:pPr></w:p></w:body></w:document>
            """.utf8)
        XCTAssertFalse(XMLValidation.schemaErrors(bad, xsd: schemas.appendingPathComponent("ooxml/wml.xsd")).isEmpty)
    }

    func testRelaxNGValidationRejectsUnknownElements() throws {
        let schemas = try SharedResources.schemasDirectory()
        let bad = Data("""
            <office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.3">\
            <office:bogus/></office:document-meta>
            """.utf8)
        XCTAssertFalse(XMLValidation.relaxNGErrors(bad, rng: schemas.appendingPathComponent("odf1.3/OpenDocument-v1.3-schema.rng")).isEmpty)
    }

    func testWellFormednessCheckRejectsBrokenMarkup() {
        XCTAssertFalse(XMLValidation.wellFormednessErrors(Data("<a><b></a>".utf8)).isEmpty)
        XCTAssertEqual(XMLValidation.wellFormednessErrors(Data("<a><b/></a>".utf8)), [])
    }
}
