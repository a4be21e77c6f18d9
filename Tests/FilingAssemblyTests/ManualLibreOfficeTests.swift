import FilingAssembly
import FilingDossier
import FilingTestSupport
import Foundation
import XCTest

/// Every bundled set, in both formats, opens in LibreOffice: converted to PDF with at least one page per
/// expected item. Skipped when soffice/pdfinfo are missing locally; CI installs them.
final class ManualLibreOfficeTests: XCTestCase {
    func testEverySetOpensInLibreOffice() async throws {
        let soffice = try SharedResources.tool("soffice")
        let pdfinfo = try SharedResources.tool("pdfinfo")
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("manual-lo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let client = try XCTUnwrap(try ManualFixtures.sampleDossierURLs().first)
        var documents: [(file: URL, minimumPages: Int)] = []
        for id in ManualFixtures.bundledSets {
            let set = try ManualFixtures.loadSet(id)
            let folder = work.appendingPathComponent(id)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let batch = ManualBatch(
                assembler: ManualAssembler(set: set), writers: ManualFormat.allCases.map(\.writer),
                outputDirectory: folder, loader: DossierLoader(templatesDirectory: ManualFixtures.templates))
            let summary = await batch.run(clients: [client])
            guard case .written(let files) = try XCTUnwrap(summary.results.first).outcome else {
                return XCTFail("\(id): \(summary.results)")
            }
            // Cover plus one page per item at least.
            let items = set.manifest.parts.reduce(0) { $0 + $1.items.count }
            documents += files.map { ($0, items + 1) }
        }
        let pdfFolder = work.appendingPathComponent("pdf")
        // One soffice call per format (start-up dominates); one output folder per format, since a .docx and
        // an .odt of the same manual share a PDF name.
        for format in ManualFormat.allCases {
            let files = documents.filter { $0.file.pathExtension == format.rawValue }.map(\.file.path)
            _ = try ToolRunner.run(soffice, [
                "-env:UserInstallation=\(work.appendingPathComponent("profile").absoluteString)", "--headless",
                "--convert-to", "pdf", "--outdir", pdfFolder.appendingPathComponent(format.rawValue).path,
            ] + files)
        }
        for (file, minimumPages) in documents {
            let pdf = pdfFolder.appendingPathComponent(file.pathExtension)
                .appendingPathComponent(file.deletingPathExtension().lastPathComponent + ".pdf")
            // soffice exits 0 even when it made nothing, so the file is the real check.
            XCTAssertTrue(FileManager.default.fileExists(atPath: pdf.path), "no PDF from \(file.lastPathComponent)")
            guard FileManager.default.fileExists(atPath: pdf.path) else { continue }
            let info = try ToolRunner.run(pdfinfo, [pdf.path]).standardOutput
            let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
                .flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
            XCTAssertGreaterThanOrEqual(pages, minimumPages, "\(file.lastPathComponent): \(pages) pages")
        }
    }
}
