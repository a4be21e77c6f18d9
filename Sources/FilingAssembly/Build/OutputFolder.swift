import DocxWriter
import FilingDocument
import Foundation
import OdtWriter
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A build folder written under a hidden temporary name next to its destination and renamed into place at the end.
///
/// Renames happen under an exclusive lock on the output folder itself (`flock`), so concurrent builds into
/// the same folder replace each other whole. A build killed before its commit leaves only a hidden
/// `.filingpack-tmp-<pid>-…` folder; one killed between the two renames of the commit leaves the previous build
/// as `.filingpack-old-<pid>-<name>`. The next build removes the first and puts the second back.
struct OutputFolder {
    static let temporaryPrefix = ".filingpack-tmp-"
    static let previousPrefix = ".filingpack-old-"

    let parent: URL
    let name: String
    /// Where files are written until `commit()`.
    let temporary: URL

    init(parent: URL, name: String) throws(BuildError) {
        self.parent = parent
        self.name = name
        let pid = getpid()
        temporary = parent.appendingPathComponent("\(Self.temporaryPrefix)\(pid)-\(UUID().uuidString.prefix(8))")
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            try Self.locked(parent) { Self.recoverLeftovers(in: parent) }
            try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: false)
        } catch {
            throw .output(path: parent.path, reason: "cannot create the output folder: \(error.localizedDescription)")
        }
    }

    func write(_ document: Document, as format: OutputFormat, named file: String) throws(BuildError) {
        let url = temporary.appendingPathComponent(file)
        do {
            try Self.writer(for: format).write(document, to: url)
        } catch let error as BuildError {
            throw error
        } catch {
            throw .output(path: file, reason: "cannot write the document: \(error)")
        }
    }

    func write(_ data: Data, named file: String) throws(BuildError) {
        let url = temporary.appendingPathComponent(file)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        } catch {
            throw .output(path: file, reason: error.localizedDescription)
        }
    }

    func copy(_ source: URL, to file: String) throws(BuildError) {
        let url = temporary.appendingPathComponent(file)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: source, to: url)
        } catch {
            throw .output(path: source.path, reason: "cannot copy the attachment: \(error.localizedDescription)")
        }
    }

    /// Renames the finished folder into place, replacing an earlier build of the same name.
    func commit() throws(BuildError) -> URL {
        let destination = parent.appendingPathComponent(name)
        let manager = FileManager.default
        let previous = parent.appendingPathComponent("\(Self.previousPrefix)\(getpid())-\(name)")
        do {
            try Self.locked(parent) {
                let hadPrevious = manager.fileExists(atPath: destination.path)
                if hadPrevious { try manager.moveItem(at: destination, to: previous) }
                do {
                    try manager.moveItem(at: temporary, to: destination)
                } catch {
                    if hadPrevious { try? manager.moveItem(at: previous, to: destination) }
                    throw error
                }
                if hadPrevious { try? manager.removeItem(at: previous) }
            }
            return destination
        } catch {
            discard()
            throw .output(path: destination.path, reason: "cannot move the build into place: \(error.localizedDescription)")
        }
    }

    /// Removes the temporary folder (after a failure).
    func discard() {
        try? FileManager.default.removeItem(at: temporary)
    }

    /// Runs `body` holding an exclusive lock on `folder` (no lock file is left behind); the system drops the
    /// lock when the process dies, so a killed build never blocks the next one.
    static func locked(_ folder: URL, _ body: () throws -> Void) throws {
        let descriptor = open(folder.path, O_RDONLY)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        }
        try body()
    }

    /// Cleans up after builds that were killed: removes their temporary folders and puts back a previous build
    /// that was moved aside but not replaced. Only folders of processes no longer running are touched.
    static func recoverLeftovers(in folder: URL) {
        let manager = FileManager.default
        let names = (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
        for entry in names {
            for prefix in [temporaryPrefix, previousPrefix] where entry.hasPrefix(prefix) {
                let rest = entry.dropFirst(prefix.count)
                guard let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[..<dash]), !isRunning(pid) else { continue }
                let url = folder.appendingPathComponent(entry)
                let original = folder.appendingPathComponent(String(rest[rest.index(after: dash)...]))
                if prefix == previousPrefix, !manager.fileExists(atPath: original.path) {
                    try? manager.moveItem(at: url, to: original)
                } else {
                    try? manager.removeItem(at: url)
                }
            }
        }
    }

    private static func isRunning(_ pid: pid_t) -> Bool {
        pid == getpid() || kill(pid, 0) == 0 || errno != ESRCH
    }

    /// The office-format writer of `format` (PDF comes from LibreOffice, not from a writer).
    static func writer(for format: OutputFormat) throws(BuildError) -> any DocumentWriter {
        switch format {
        case .docx: return DocxWriter()
        case .odt: return OdtWriter()
        case .pdf: throw .output(path: format.rawValue, reason: "PDF is produced by the LibreOffice layout pass")
        }
    }
}
