import DocxWriter
import FilingDocument
import Foundation
import OdtWriter

/// A build folder written under a temporary name next to its destination and renamed into place at the end.
struct OutputFolder {
    let parent: URL
    let name: String
    /// Where files are written until `commit()`.
    let temporary: URL

    init(parent: URL, name: String) throws(BuildError) {
        self.parent = parent
        self.name = name
        temporary = parent.appendingPathComponent(".filingpack-tmp-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
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
        let previous = parent.appendingPathComponent(".filingpack-old-\(UUID().uuidString)")
        let hadPrevious = manager.fileExists(atPath: destination.path)
        do {
            if hadPrevious { try manager.moveItem(at: destination, to: previous) }
            do {
                try manager.moveItem(at: temporary, to: destination)
            } catch {
                if hadPrevious { try? manager.moveItem(at: previous, to: destination) }
                throw error
            }
            if hadPrevious { try? manager.removeItem(at: previous) }
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

    /// The office-format writer of `format` (PDF comes from LibreOffice, not from a writer).
    static func writer(for format: OutputFormat) throws(BuildError) -> any DocumentWriter {
        switch format {
        case .docx: return DocxWriter()
        case .odt: return OdtWriter()
        case .pdf: throw .output(path: format.rawValue, reason: "PDF is produced by the LibreOffice layout pass")
        }
    }
}
