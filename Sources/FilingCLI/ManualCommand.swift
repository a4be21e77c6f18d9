import ArgumentParser
import FilingAssembly
import FilingDossier
import FilingModel
import Foundation

/// `filingpack manual CLIENT.yaml… --set ID`: one policy manual per client, several clients at a time.
struct ManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manual",
        abstract: "Generate policy manuals for many clients from a manual set.",
        discussion: """
            Fills the manual set templates/manuals/ID/ with each client's dossier and writes \
            CLIENT-ID.docx / .odt into the output folder (CLIENT is the dossier file's name, or its folder's \
            name for CLIENT/dossier.yaml). Clients are generated in parallel; a client whose dossier cannot be \
            loaded is reported and skipped while the others complete. Bundled sets: ipis-policies, \
            after-sales, device-platform, device-records (docs/manuals.md). \
            Exit status: 0 all written, 1 some clients failed, 2 usage error or unusable manual set.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("set"), help: ArgumentHelp("Manual set to generate.", valueName: "ID"))
    var setID: String

    @Option(name: .long, help: ArgumentHelp("Formats to write, comma-separated: docx, odt.", valueName: "LIST"))
    var format = "docx,odt"

    @Option(name: .long, help: ArgumentHelp("Folder for the manuals (created when missing).", valueName: "DIR"))
    var output = "output"

    @Option(name: .customLong("manual-version"), help: ArgumentHelp("Version printed on the manuals (default: the set's).",
                                                            valueName: "V"))
    var manualVersion: String?

    @Option(name: .long, help: ArgumentHelp(
        "Effective date, YYYY-MM-DD (default: each dossier's filing.date, else today).", valueName: "DATE"))
    var effectiveDate: String?

    @Argument(help: ArgumentHelp("Client dossier files.", valueName: "CLIENT.yaml"))
    var clients: [String]

    func validate() throws {
        guard !clients.isEmpty else { throw ValidationError("Give at least one client dossier file.") }
        guard ManualFormat.list(format) != nil else {
            throw ValidationError("--format: use docx, odt or docx,odt (found \"\(format)\").")
        }
        if let effectiveDate, LocalDate(parsing: effectiveDate) == nil {
            throw ValidationError("--effective-date: expected a date as YYYY-MM-DD (found \"\(effectiveDate)\").")
        }
    }

    func run() throws {
        let language = global.language
        let override = global.templates.map { URL(fileURLWithPath: $0) }
        // A --templates folder is searched first; without bundled templates it must be a complete one.
        guard let bundled = TemplatesDirectory.locate(override: nil) ?? override else {
            _ = try global.templatesDirectory()  // throws the shared "cannot find templates" usage error
            throw ExitStatus.badInput
        }
        let set: ManualSet
        do {
            set = try ManualSetLibrary(override: override, bundled: bundled).loadSet(setID)
        } catch {
            printError(error.description)
            throw ExitStatus.badInput
        }
        let outputDirectory = URL(fileURLWithPath: output)
        do {
            try FileManager.default.createDirectory(at: outputDirectory, withIntermediateDirectories: true)
        } catch {
            printError("\(output): cannot create the output folder: \(error.localizedDescription)")
            throw ExitStatus.badInput
        }
        let edition = ManualEdition(version: manualVersion, effectiveDate: effectiveDate.flatMap(LocalDate.init(parsing:)))
        let batch = ManualBatch(
            assembler: ManualAssembler(set: set, edition: edition),
            writers: (ManualFormat.list(format) ?? ManualFormat.allCases).map(\.writer),
            outputDirectory: outputDirectory, loader: DossierLoader(templatesDirectory: bundled), language: language)
        let reporter = ProgressReporter(language: language, interactive: isatty(STDERR_FILENO) == 1)
        let urls = clients.map { URL(fileURLWithPath: $0) }
        guard let summary = Blocking.run({ await batch.run(clients: urls, progress: reporter.report) }) else {
            throw ExitStatus.badInput
        }
        reporter.finish()
        print(Self.summaryLine(summary, output: output, language: language))
        if summary.failed > 0 { throw ExitStatus.findings }
    }

    static func summaryLine(_ summary: ManualBatchSummary, output: String, language: Language) -> String {
        let failedNames = summary.results.filter { !$0.succeeded }.map(\.input.relativePath)
        switch language {
        case .zh:
            var line = "已为 \(summary.succeeded) 个客户生成手册，输出目录：\(output)"
            if summary.failed > 0 { line += "；\(summary.failed) 个失败：" + failedNames.joined(separator: "、") }
            return line
        case .en:
            var line = "\(summary.succeeded) of \(summary.results.count) manuals written to \(output)"
            if summary.failed > 0 { line += "; \(summary.failed) failed: " + failedNames.joined(separator: ", ") }
            return line
        }
    }
}

/// Reports each finished client on standard error: a redrawn progress bar on a terminal, one line each
/// otherwise. Failures are always printed in full.
private struct ProgressReporter: Sendable {
    let language: Language
    let interactive: Bool
    static let barWidth = 30

    func report(_ result: ManualClientResult, finished: Int, total: Int) {
        let name = result.input.relativePath
        var text = ""
        if interactive { text += "\r\u{1B}[2K" }
        switch result.outcome {
        case .written(let files):
            if !interactive {
                text += "[\(finished)/\(total)] \(name) → " + files.map(\.lastPathComponent).joined(separator: ", ") + "\n"
            }
        case .failed(let message):
            let skipped = language == .zh ? "已跳过" : "skipped"
            text += "[\(finished)/\(total)] \(name): \(skipped)\n" + message + "\n"
        }
        if interactive { text += bar(finished: finished, total: total) }
        FileHandle.standardError.write(Data(text.utf8))
    }

    func finish() {
        if interactive { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    private func bar(finished: Int, total: Int) -> String {
        let filled = total == 0 ? Self.barWidth : Self.barWidth * finished / total
        return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: Self.barWidth - filled)
            + "] \(finished)/\(total)"
    }
}

/// Runs async work from the synchronous command and waits for it. The executable calls it on the main
/// thread, which is not part of the cooperative pool; a caller on a pool thread (an async test) must move to
/// a thread of its own first, or the waiting thread may be the one the tasks need.
private enum Blocking {
    static func run<Value: Sendable>(_ operation: @escaping @Sendable () async -> Value) -> Value? {
        let slot = Slot<Value>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            slot.store(await operation())
            done.signal()
        }
        done.wait()
        return slot.value
    }

    private final class Slot<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: Value?

        func store(_ value: Value) {
            lock.lock()
            stored = value
            lock.unlock()
        }

        var value: Value? {
            lock.lock()
            defer { lock.unlock() }
            return stored
        }
    }
}
