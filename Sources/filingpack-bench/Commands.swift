import ArgumentParser
import Foundation

/// `measure WORKLOAD`: runs a workload in-process, prints one JSON line (timings, max RSS, output size).
struct MeasureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measure", abstract: "Time one workload in this process and print a JSON result line.")

    @Argument(help: "Workload: \(Workload.allCases.map(\.rawValue).joined(separator: ", ")).")
    var workload: Workload

    @Option(help: "Timed repetitions.") var repeats = 10
    @Option(help: "Untimed repetitions first.") var warmup = 1
    @Option(help: "Folder written by `export synthetic` (pictures); generated in memory when absent.")
    var content: String?
    @Option(help: "Scratch folder for output files.") var scratch = ".build-bench/scratch"
    @Option(help: "Dossiers for the check workloads.") var dossiers = 1_000
    @Option(help: "Package root (samples/, templates/).") var root = "."

    func run() throws {
        let scratchFolder = URL(fileURLWithPath: scratch)
        try FileManager.default.createDirectory(at: scratchFolder, withIntermediateDirectories: true)
        let contentFolder = content.map { URL(fileURLWithPath: $0) }
        var result: WorkloadResult
        switch workload {
        case .syntheticModel:
            result = try WriterWorkloads.buildModel(content: contentFolder, repeats: repeats, warmup: warmup)
        case .syntheticDocx, .syntheticOdt:
            let format: OutputFormat = workload == .syntheticDocx ? .docx : .odt
            let document = try WriterWorkloads.syntheticDocument(content: contentFolder)
            let output = scratchFolder.appendingPathComponent("synthetic.\(format.rawValue)")
            result = try WriterWorkloads.write(document, as: format, to: output, repeats: repeats, warmup: warmup)
        case .checkLoaded:
            result = try CheckWorkloads.checkLoaded(
                count: dossiers, root: URL(fileURLWithPath: root), repeats: repeats, warmup: warmup)
        case .loadCheck:
            result = try CheckWorkloads.loadAndCheck(
                count: dossiers, root: URL(fileURLWithPath: root), repeats: repeats, warmup: warmup)
        case .zlibFloorDocx, .zlibFloorOdt:
            let format: OutputFormat = workload == .zlibFloorDocx ? .docx : .odt
            let document = try WriterWorkloads.syntheticDocument(content: contentFolder)
            result = try WriterWorkloads.zlibFloor(document, as: format, repeats: repeats, warmup: warmup)
        }
        result.workload = workload.rawValue
        result.maxResidentBytes = ResourceUsage.maxResidentBytes()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        print(String(decoding: try encoder.encode(result), as: UTF8.self))
    }
}

/// Workloads `measure` knows.
enum Workload: String, CaseIterable, ExpressibleByArgument {
    case checkLoaded = "check-loaded"
    case loadCheck = "load-check"
    case syntheticModel = "synthetic-model"
    case syntheticDocx = "synthetic-docx"
    case syntheticOdt = "synthetic-odt"
    case zlibFloorDocx = "zlib-floor-docx"
    case zlibFloorOdt = "zlib-floor-odt"
}

/// `write-synthetic FORMAT OUTPUT`: one whole run (build the model, write the file), for hyperfine.
struct WriteSyntheticCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "write-synthetic", abstract: "Build the synthetic document and write it once.")

    @Argument(help: "docx or odt.") var format: String
    @Argument(help: "Output file.") var output: String
    @Option(help: "Folder written by `export synthetic` (pictures).") var content: String?

    func run() throws {
        guard let format = OutputFormat(rawValue: format) else { throw ValidationError("format must be docx or odt") }
        let document = try WriterWorkloads.syntheticDocument(content: content.map { URL(fileURLWithPath: $0) })
        try format.writer.write(document, to: URL(fileURLWithPath: output))
    }
}

/// `export synthetic DIR`: the content as Markdown, JSON and picture files for the peer tools.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export a workload's content for pandoc, python-docx and docxtpl.")

    @Argument(help: "What to export: synthetic, or binder (with --dossier).") var what: String
    @Argument(help: "Output folder.") var folder: String
    @Option(help: "The dossier whose binder to export.") var dossier: String?
    @Option(help: "Package root (templates/).") var root = "."

    func run() throws {
        let folderURL = URL(fileURLWithPath: folder)
        switch what {
        case "synthetic":
            let images = SyntheticDocument.generateImages()
            try FileManager.default.createDirectory(at: folderURL, withIntermediateDirectories: true)
            for (index, data) in images.enumerated() {
                try data.write(to: folderURL.appendingPathComponent(SyntheticDocument.imageFileName(index)))
            }
            try ContentExport(try SyntheticDocument.build(images: images)).write(to: folderURL)
        case "binder":
            guard let dossier else { throw ValidationError("export binder needs --dossier") }
            let document = try BinderExport.document(
                dossier: URL(fileURLWithPath: dossier), root: URL(fileURLWithPath: root))
            try ContentExport(document).write(to: folderURL)
        default:
            throw ValidationError("unknown export '\(what)'")
        }
    }
}
