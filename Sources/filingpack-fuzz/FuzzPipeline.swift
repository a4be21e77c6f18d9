import FilingAssembly
import FilingDossier
import FilingModel
import FilingRules
import Foundation

/// One fuzz input through the whole pipeline: dossier YAML → model → check under every profile → draft build
/// with both writers. Errors are expected outcomes; only a crash, a hang or a broken invariant is a finding.
enum FuzzPipeline {
    /// A work folder with the commercial sample's scans, so attachment paths in inputs can resolve.
    struct Workspace {
        let templates: URL
        let folder: URL
        let dossier: URL
        let output: URL
        let schema: DossierSchema
        let profiles: [Profile]
    }

    nonisolated(unsafe) static var workspace: Workspace?

    static func prepare() -> Workspace {
        if let workspace { return workspace }
        guard let templates = TemplatesDirectory.locate() else { fatalError("templates/ not found; set FILINGPACK_TEMPLATES") }
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("filingpack-fuzz-\(getpid())")
        let scans = templates.deletingLastPathComponent().appendingPathComponent("samples/complete/commercial/scans")
        try? manager.removeItem(at: folder)
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            if manager.fileExists(atPath: scans.path) {
                try manager.copyItem(at: scans, to: folder.appendingPathComponent("scans"))
            }
            let loader = DossierLoader(templatesDirectory: templates)
            let prepared = Workspace(
                templates: templates, folder: folder, dossier: folder.appendingPathComponent("dossier.yaml"),
                output: folder.appendingPathComponent("out"), schema: try loader.schema(),
                profiles: try ProfileLibrary.load(from: templates))
            workspace = prepared
            return prepared
        } catch {
            fatalError("cannot prepare the fuzz workspace: \(error)")
        }
    }

    /// Runs `bytes` through the pipeline.
    static func run(_ bytes: [UInt8]) {
        let workspace = prepare()
        let loader = DossierLoader(templatesDirectory: workspace.templates)
        guard let text = String(validating: bytes, as: UTF8.self) else {
            // Bytes that are not UTF-8 go through the file reader, which must refuse them with a position.
            FileManager.default.createFile(atPath: workspace.dossier.path, contents: Data(bytes))
            do {
                _ = try loader.load(contentsOf: workspace.dossier)
                preconditionFailure("bytes that are not UTF-8 loaded")
            } catch {
                precondition(error.message.en.hasPrefix("not valid UTF-8 text"), "unexpected error: \(error.message.en)")
            }
            return
        }
        let located: LocatedDossier
        do {
            located = try loader.load(yaml: text, fileURL: workspace.dossier, schema: workspace.schema)
        } catch {
            precondition(!error.message.en.isEmpty, "a load error without a message")
            return
        }
        for profile in workspace.profiles {
            let report = Checker(profile: profile).check(located, on: LocalDate(year: 2026, month: 12, day: 1)!)
            precondition(report.items.count == profile.items.count, "the report lost items")
        }
        build(text, in: workspace)
    }

    /// A draft build of the input, so both writers and the output folder run even when the check finds errors.
    private static func build(_ text: String, in workspace: Workspace) {
        do {
            try text.write(to: workspace.dossier, atomically: false, encoding: .utf8)
            let options = BuildOptions(dossier: workspace.dossier, formats: [.docx, .odt], outputDirectory: workspace.output,
                                       bundledTemplates: workspace.templates, draft: true)
            let result = try BinderBuild(options: options).run()
            precondition(result.files.contains("binder.docx") && result.files.contains("binder.odt"), "binder missing")
            try? FileManager.default.removeItem(at: result.folder)
        } catch {
            // Refusals (oversized or unreadable attachments, templates, output) are valid outcomes.
        }
    }
}
