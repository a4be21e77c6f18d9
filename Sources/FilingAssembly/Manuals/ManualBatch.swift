import DocxWriter
import FilingDocument
import FilingDossier
import FilingModel
import OdtWriter
import Foundation

/// Generates one manual per client file, several at a time, and reports each client as it finishes; a client
/// that fails is reported and skipped while the others complete.
public struct ManualBatch: Sendable {
    /// Renders one client's manual.
    public var assembler: ManualAssembler
    /// One output file per writer (DOCX, ODT …).
    public var writers: [any DocumentWriter]
    /// Folder the manuals are written to.
    public var outputDirectory: URL
    /// Loads and checks each client file.
    public var loader: DossierLoader
    /// Clients rendered at once; defaults to the active processor count.
    public var width: Int
    /// Language of the error lines.
    public var language: Language

    /// A batch writing into `outputDirectory`.
    public init(
        assembler: ManualAssembler, writers: [any DocumentWriter], outputDirectory: URL, loader: DossierLoader,
        width: Int = ProcessInfo.processInfo.activeProcessorCount, language: Language = .en
    ) {
        self.assembler = assembler
        self.writers = writers
        self.outputDirectory = outputDirectory
        self.loader = loader
        self.width = max(1, width)
        self.language = language
    }

    /// Runs every client; `progress` is called once per finished client, in completion order, from one task
    /// at a time. Results come back in input order.
    public func run(
        clients: [URL], progress: @Sendable (ManualClientResult, _ finished: Int, _ total: Int) -> Void = { _, _, _ in }
    ) async -> ManualBatchSummary {
        let names = ManualOutputNames.stems(for: clients)
        var results = [ManualClientResult?](repeating: nil, count: clients.count)
        await withTaskGroup(of: (Int, ManualClientResult).self) { group in
            var next = 0
            func startNext() {
                guard next < clients.count else { return }
                let index = next
                next += 1
                group.addTask { (index, self.generate(client: clients[index], stem: names[index])) }
            }
            for _ in 0..<min(width, clients.count) { startNext() }
            var finished = 0
            while let (index, result) = await group.next() {
                results[index] = result
                finished += 1
                progress(result, finished, clients.count)
                startNext()
            }
        }
        return ManualBatchSummary(results: results.compactMap { $0 })
    }

    /// Loads, renders and writes one client.
    func generate(client: URL, stem: String) -> ManualClientResult {
        let dossier: Dossier
        do {
            dossier = try loader.load(contentsOf: client).dossier
        } catch {
            return ManualClientResult(input: client, outcome: .failed(error.rendered(in: language)))
        }
        let document: Document
        do {
            document = try assembler.document(for: dossier)
        } catch {
            return ManualClientResult(input: client, outcome: .failed(error.description))
        }
        var written: [URL] = []
        for writer in writers {
            let url = outputDirectory.appendingPathComponent("\(stem)-\(assembler.set.manifest.id)")
                .appendingPathExtension(writer.fileExtension)
            do {
                try writer.write(document, to: url)
                written.append(url)
            } catch {
                return ManualClientResult(input: client, outcome: .failed("\(url.path): \(error)"))
            }
        }
        return ManualClientResult(input: client, outcome: .written(written))
    }
}

/// What happened to one client file.
public struct ManualClientResult: Sendable, Equatable {
    /// The client file.
    public var input: URL
    /// Written files or the reason for skipping.
    public var outcome: Outcome

    /// Written or skipped.
    public enum Outcome: Sendable, Equatable {
        /// The files written, one per format.
        case written([URL])
        /// Why the client was skipped: `file:line:column: field: message` lines for a broken dossier.
        case failed(String)
    }

    /// A result for `input`.
    public init(input: URL, outcome: Outcome) {
        self.input = input
        self.outcome = outcome
    }

    /// True when the manual was written.
    public var succeeded: Bool {
        if case .written = outcome { return true }
        return false
    }
}

/// Every client's result, in input order.
public struct ManualBatchSummary: Sendable, Equatable {
    /// One result per client file, in input order.
    public var results: [ManualClientResult]

    /// Clients written.
    public var succeeded: Int { results.filter(\.succeeded).count }
    /// Clients skipped.
    public var failed: Int { results.count - succeeded }
}

/// Output file names: the client file's name without extension, or its folder's name for the usual
/// `<client>/dossier.yaml`; names used twice get `-2`, `-3` … in input order.
enum ManualOutputNames {
    static func stems(for clients: [URL]) -> [String] {
        var seen: [String: Int] = [:]
        return clients.map { url in
            let base = url.deletingPathExtension().lastPathComponent
            let folder = url.deletingLastPathComponent().lastPathComponent
            let stem = base == "dossier" && !folder.isEmpty && folder != "/" && folder != "." ? folder : base
            let count = (seen[stem] ?? 0) + 1
            seen[stem] = count
            return count == 1 ? stem : "\(stem)-\(count)"
        }
    }
}

/// The office formats a manual is written in.
public enum ManualFormat: String, Sendable, CaseIterable {
    case docx, odt

    /// The writer of this format.
    public var writer: any DocumentWriter {
        switch self {
        case .docx: DocxWriter()
        case .odt: OdtWriter()
        }
    }

    /// Formats from a comma-separated list (`docx,odt`), in the order given, without repeats; nil when a
    /// name is unknown or the list is empty.
    public static func list(_ text: String) -> [ManualFormat]? {
        var formats: [ManualFormat] = []
        for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            guard let format = ManualFormat(rawValue: name) else { return nil }
            if !formats.contains(format) { formats.append(format) }
        }
        return formats.isEmpty ? nil : formats
    }
}
