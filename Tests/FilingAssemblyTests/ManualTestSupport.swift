import FilingAssembly
import FilingDocument
import FilingDossier
import FilingModel
import Foundation
import XCTest

/// Paths and loaders shared by the manual tests.
enum ManualFixtures {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = packageRoot.appendingPathComponent("templates")
    static let bundledSets = ["after-sales", "device-platform", "device-records", "ipis-policies"]

    /// The complete sample dossiers (`samples/complete/*/dossier.yaml`).
    static func sampleDossierURLs() throws -> [URL] {
        let folder = packageRoot.appendingPathComponent("samples/complete")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            .map { folder.appendingPathComponent($0).appendingPathComponent("dossier.yaml") }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
    }

    static func loadDossier(_ url: URL) throws -> Dossier {
        try DossierLoader(templatesDirectory: templates).load(contentsOf: url).dossier
    }

    static func loadSet(_ id: String) throws -> ManualSet {
        try ManualSetLibrary(bundled: templates).loadSet(id)
    }
}

/// Text read back from a document model.
enum DocumentText {
    /// Every paragraph's text (table cells included), one per line.
    static func of(_ document: Document) -> String {
        document.sections.flatMap { section in
            (section.header?.paragraphs.map(\.plainText) ?? []) + lines(section.blocks)
        }.joined(separator: "\n")
    }

    static func lines(_ blocks: [Block]) -> [String] {
        blocks.flatMap { block -> [String] in
            switch block {
            case .paragraph(let paragraph): [paragraph.plainText]
            case .table(let table): table.rows.flatMap { $0.cells.flatMap { lines($0.blocks) } }
            case .pageBreak, .tableOfContents: []
            }
        }
    }

    /// Every table of the document, as rows of cell texts.
    static func tables(_ document: Document) -> [[[String]]] {
        document.sections.flatMap(\.blocks).compactMap { block in
            guard case .table(let table) = block else { return nil }
            return table.rows.map { row in row.cells.map { lines($0.blocks).joined(separator: "\n") } }
        }
    }
}
