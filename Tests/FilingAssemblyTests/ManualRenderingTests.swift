import FilingAssembly
import FilingDocument
import FilingModel
import XCTest

/// Each bundled set renders for the complete samples, with the client's values where the texts need them.
final class ManualRenderingTests: XCTestCase {
    func testEverySetRendersForEverySampleWithoutLeftoverTags() throws {
        let dossiers = try ManualFixtures.sampleDossierURLs()
        XCTAssertFalse(dossiers.isEmpty, "no samples/complete/*/dossier.yaml")
        for id in ManualFixtures.bundledSets {
            let assembler = ManualAssembler(set: try ManualFixtures.loadSet(id))
            for url in dossiers {
                let document = try assembler.document(for: try ManualFixtures.loadDossier(url))
                let text = DocumentText.of(document)
                XCTAssertFalse(text.contains("{{"), "\(id) for \(url.path): unrendered Mustache")
                XCTAssertFalse(text.contains("\\"), "\(id) for \(url.path): markup escape left in the text")
                XCTAssertGreaterThan(document.sections.count, 2, "\(id): cover, front matter and items")
            }
        }
    }
}
