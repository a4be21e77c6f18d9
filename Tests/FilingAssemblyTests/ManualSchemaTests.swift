import FilingAssembly
import FilingTestSupport
import Foundation
import XCTest

/// The manuals of every bundled set (landscape sections, merged form cells, headers and footers included)
/// are valid OOXML and ODF 1.3. Needs ../shared/schemas: skipped locally when absent, a failure in CI.
final class ManualSchemaTests: XCTestCase {
    func testEverySetWritesSchemaValidDocxAndOdt() throws {
        let schemas = try SharedResources.schemasDirectory()
        let dossier = try ManualFixtures.loadDossier(try XCTUnwrap(try ManualFixtures.sampleDossierURLs().first))
        for id in ManualFixtures.bundledSets {
            let document = try ManualAssembler(set: try ManualFixtures.loadSet(id)).document(for: dossier)
            let docx = try ZipContents(try ManualFormat.docx.writer.write(document))
            XCTAssertTrue(docx.paths.contains("word/document.xml"), "\(id).docx has no main part")
            for path in docx.paths where path.hasPrefix("word/") && path.hasSuffix(".xml") {
                let errors = XMLValidation.schemaErrors(
                    try XCTUnwrap(docx[path]), xsd: schemas.appendingPathComponent("ooxml/wml.xsd"))
                XCTAssertEqual(errors, [], "\(id).docx \(path)")
            }
            let odt = try ZipContents(try ManualFormat.odt.writer.write(document))
            for path in ["content.xml", "styles.xml"] {
                let errors = XMLValidation.relaxNGErrors(
                    try XCTUnwrap(odt[path]), rng: schemas.appendingPathComponent("odf1.3/OpenDocument-v1.3-schema.rng"))
                XCTAssertEqual(errors, [], "\(id).odt \(path)")
            }
        }
    }
}
