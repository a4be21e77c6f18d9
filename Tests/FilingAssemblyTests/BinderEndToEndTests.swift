@testable import FilingAssembly
import FilingDossier
import FilingModel
import FilingRules
import FilingTestSupport
import Foundation
import XCTest

/// Builds every complete sample under every profile and reads the outputs back: the binder's text holds the
/// dossier's values and the items in profile order, the checklist agrees with the check, and (with
/// LibreOffice present) each item heading is on the page the 资料目录 states.
final class BinderEndToEndTests: XCTestCase {
    private var output: URL!
    private let root = SharedResources.packageRoot
    private var templates: URL { root.appendingPathComponent("templates") }

    override func setUpWithError() throws {
        output = FileManager.default.temporaryDirectory.appendingPathComponent("fp-binder-e2e-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: output)
    }

    private var samples: [URL] {
        let folder = root.appendingPathComponent("samples/complete")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0).appendingPathComponent("dossier.yaml") }
    }

    private func profiles() throws -> [Profile] { try ProfileLibrary.load(from: templates) }

    /// Builds `sample` under `profile`; with error findings it checks the plain build stops, then builds a draft.
    private func build(_ sample: URL, _ profile: Profile, formats: Set<OutputFormat>) throws -> BuildResult {
        var options = BuildOptions(dossier: sample, profileID: profile.id, formats: formats,
                                   outputDirectory: output, bundledTemplates: templates)
        let report = try BinderBuild(options: options).check()
        guard report.hasErrors else { return try BinderBuild(options: options).run() }
        XCTAssertThrowsError(try BinderBuild(options: options).run(), "a build with errors must stop")
        options.draft = true
        return try BinderBuild(options: options).run()
    }

    func testEverySampleUnderEveryProfile() throws {
        XCTAssertFalse(samples.isEmpty, "no samples under samples/complete")
        for sample in samples {
            let located = try DossierLoader(templatesDirectory: templates).load(contentsOf: sample)
            for profile in try profiles() {
                let context = "\(sample.deletingLastPathComponent().lastPathComponent) × \(profile.id)"
                let result = try build(sample, profile, formats: [.docx, .odt])
                let folder = result.folder
                XCTAssertEqual(folder.lastPathComponent, "\(located.dossier.applicant.name)-\(profile.id)-\(result.report.date)")
                let text = try BinderText.docx(folder.appendingPathComponent("binder.docx"))
                assertItemsInOrder(text, result.report, draft: result.report.hasErrors, context)
                try assertValuesPresent(text, located.dossier, result.report, profile: profile.id, context)
                let odt = try BinderText.odt(folder.appendingPathComponent("binder.odt"))
                assertItemsInOrder(odt, result.report, draft: result.report.hasErrors, context)
                try assertChecklistAgrees(folder, result.report, context)
                try assertAttachmentsCopied(folder, located, result, context)
            }
        }
    }

    private func required(_ report: CheckReport) -> [ItemResult] { report.items.filter { $0.status != .notRequired } }

    private func assertItemsInOrder(_ text: String, _ report: CheckReport, draft: Bool, _ context: String) {
        let flat = BinderText.flatten(text)
        var position = flat.startIndex
        for result in required(report) {
            let heading = BinderText.flatten(BinderLayout.headingText(for: result.item))
            guard let found = flat.range(of: heading, range: position..<flat.endIndex) else {
                XCTFail("\(context): heading \(heading) missing or out of order")
                return
            }
            position = found.upperBound
            if draft, result.status == .missing {
                let placeholder = BinderText.flatten("缺：\(result.item.titleZh)")
                XCTAssertTrue(flat.contains(placeholder), "\(context): no placeholder for \(result.item.number)")
            }
        }
    }

    private func assertValuesPresent(_ text: String, _ dossier: Dossier, _ report: CheckReport, profile: String,
                                     _ context: String) throws {
        let flat = BinderText.flatten(text)
        let generated = try ItemTemplates(library: TemplateLibrary(bundled: templates))
        let keys = Set(required(report).map(\.item.key).filter {
            !generated.templates(forKey: $0.rawValue, profile: profile).isEmpty
        })
        for (key, values) in ExpectedValues.byItem(dossier) where keys.contains(key) {
            for value in values where !value.isEmpty {
                XCTAssertTrue(flat.contains(BinderText.flatten(value)), "\(context): \(key.rawValue) lacks \"\(value)\"")
            }
        }
    }

    private func assertChecklistAgrees(_ folder: URL, _ report: CheckReport, _ context: String) throws {
        let csv = try String(contentsOf: folder.appendingPathComponent("checklist.csv"), encoding: .utf8)
        let rows = CSVReader.rows(csv).dropFirst()
        XCTAssertEqual(rows.map { $0[0] }, report.items.map(\.item.number), context)
        XCTAssertEqual(rows.map { $0[6] }, report.items.map(\.status.rawValue), context)
        let findings = try JSONSerialization.jsonObject(
            with: Data(contentsOf: folder.appendingPathComponent("findings.json"))) as? [String: Any]
        XCTAssertEqual((findings?["findings"] as? [Any])?.count, report.findings.count, context)
        let checklist = try BinderText.docx(folder.appendingPathComponent("checklist.docx"))
        for result in report.items {
            XCTAssertTrue(BinderText.flatten(checklist).contains(BinderText.flatten(result.item.titleZh)), context)
        }
    }

    private func assertAttachmentsCopied(_ folder: URL, _ located: LocatedDossier, _ result: BuildResult,
                                         _ context: String) throws {
        for file in result.files where file.hasPrefix("attachments/") {
            let copied = folder.appendingPathComponent(file)
            XCTAssertTrue(FileManager.default.fileExists(atPath: copied.path), "\(context): \(file)")
            XCTAssertTrue(file.hasSuffix(".pdf"), "\(context): only non-image files are attached: \(file)")
        }
    }

    /// With LibreOffice: each item heading is on the page the 资料目录 of the PDF states.
    func testPDFContentsPagesMatchTheHeadings() throws {
        _ = try SharedResources.tool("soffice")
        let pdftotext = try SharedResources.tool("pdftotext")
        // Each sample under its own profile, and one under the Henan list with its unnumbered front matter.
        var cases: [(URL, String)] = try samples.map { sample in
            let located = try DossierLoader(templatesDirectory: templates).load(contentsOf: sample)
            return (sample, located.dossier.filing.profile ?? ProfileLibrary.defaultProfileID)
        }
        if let first = samples.first { cases.append((first, "henan-13")) }
        for (sample, id) in cases {
            let profile = try ProfileLibrary.profile(id, in: profiles())
            let result = try build(sample, profile, formats: [.docx, .pdf])
            let pdf = result.folder.appendingPathComponent("binder.pdf")
            let pages = try ToolRunner.run(pdftotext, ["-layout", "-enc", "UTF-8", pdf.path, "-"])
                .standardOutput.components(separatedBy: "\u{0C}")
            let contentsPage = try XCTUnwrap(pages.firstIndex { $0.contains("资料目录") })
            let stated = PDFContents.statedPages(pages: pages, from: contentsPage, report: result.report)
            let items = required(result.report).filter { !$0.item.unnumbered }
            XCTAssertEqual(Set(stated.keys), Set(items.map(\.item.number)), "every item has a page in the contents")
            var searchFrom = contentsPage + 1
            for item in items {
                let heading = BinderText.flatten(BinderLayout.headingText(for: item.item))
                let physical = try XCTUnwrap(
                    pages.indices.dropFirst(searchFrom).first { BinderText.flatten(pages[$0]).contains(heading) },
                    "heading \(item.item.number) not found in the PDF")
                XCTAssertEqual(stated[item.item.number], physical - contentsPage + 1, "item \(item.item.number)")
                searchFrom = physical
            }
        }
    }
}
