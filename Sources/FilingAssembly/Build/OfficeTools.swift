import DocxWriter
import FilingDocument
import Foundation

/// LibreOffice (`soffice`) and poppler's `pdftotext`, run as child processes.
struct OfficeTools {
    let soffice: URL
    let pdftotext: URL

    /// Finds both programs on `PATH`, or says how to install them.
    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws(BuildError)
        -> OfficeTools
    {
        guard let soffice = executable(named: ["soffice", "libreoffice"], environment: environment) else {
            throw .pdf("LibreOffice (soffice) is not installed; install libreoffice-writer-nogui or build without pdf in --format")
        }
        guard let pdftotext = executable(named: ["pdftotext"], environment: environment) else {
            throw .pdf("pdftotext is not installed; install poppler-utils or build without pdf in --format")
        }
        return OfficeTools(soffice: soffice, pdftotext: pdftotext)
    }

    static func executable(named names: [String], environment: [String: String]) -> URL? {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            for name in names {
                let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }

    /// Writes `document` as DOCX into `folder` and converts it with a private LibreOffice profile; checks the
    /// PDF exists, since soffice exits 0 even when conversion fails.
    func convertToPDF(_ document: Document, in folder: URL) throws(BuildError) -> URL {
        let source = folder.appendingPathComponent("binder.docx")
        let profile = folder.appendingPathComponent("profile")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try DocxWriter().write(document, to: source)
        } catch {
            throw .pdf("cannot write the document for layout: \(error)")
        }
        let result = try run(soffice, [
            "-env:UserInstallation=\(profile.absoluteURL.absoluteString)", "--headless", "--norestore",
            "--convert-to", Self.pdfExportFilter, "--outdir", folder.path, source.path,
        ])
        let pdf = folder.appendingPathComponent("binder.pdf")
        guard FileManager.default.fileExists(atPath: pdf.path) else {
            throw .pdf("LibreOffice produced no PDF (exit \(result.status)): \(result.errorOutput.suffix(400))")
        }
        return pdf
    }

    /// PDF/A-2b export, which provinces accept as the electronic copy; headings become PDF bookmarks.
    static let pdfExportFilter = #"pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}"#

    /// The text of each page of `pdf`.
    func pageTexts(of pdf: URL) throws(BuildError) -> [String] {
        let result = try run(pdftotext, ["-enc", "UTF-8", pdf.path, "-"])
        guard result.status == 0 else { throw .pdf("pdftotext failed: \(result.errorOutput.suffix(400))") }
        var pages = result.output.components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
        return pages
    }

    private func run(_ program: URL, _ arguments: [String]) throws(BuildError)
        -> (status: Int32, output: String, errorOutput: String)
    {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .pdf("cannot start \(program.lastPathComponent): \(error.localizedDescription)")
        }
        // A hung LibreOffice (a dialog, a locked profile) must not hang the build.
        let watchdog = Watchdog(process, seconds: Self.timeoutSeconds)
        // Read both pipes before waiting so a full pipe cannot block the child.
        let errorData = ReadInBackground(errors.fileHandleForReading)
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if watchdog.stop() {
            throw .pdf("\(program.lastPathComponent) did not finish within \(Int(Self.timeoutSeconds)) seconds")
        }
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self),
                String(decoding: errorData.wait(), as: UTF8.self))
    }

    /// Longest a single LibreOffice or pdftotext run may take.
    static let timeoutSeconds: Double = 300
}

/// Terminates a process that runs longer than a deadline.
private final class Watchdog: @unchecked Sendable {
    private let process: Process
    private let lock = NSLock()
    private var stopped = false
    private var fired = false

    init(_ process: Process, seconds: Double) {
        self.process = process
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
            lock.withLock {
                guard !stopped, process.isRunning else { return }
                fired = true
                process.terminate()
            }
        }
    }

    /// Disarms the watchdog; true when it had already terminated the process.
    func stop() -> Bool {
        lock.withLock {
            stopped = true
            return fired
        }
    }
}

/// Drains a pipe on another thread.
private final class ReadInBackground: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        DispatchQueue.global().async {
            self.data = handle.readDataToEndOfFile()
            self.done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
