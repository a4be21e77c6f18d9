import Foundation

/// One file inside a package.
public struct PackageEntry: Sendable {
    /// How an entry is stored.
    public enum Storage: Sendable { case stored, deflated }

    /// Path inside the zip, with `/` separators and no leading slash.
    public var path: String
    public var data: Data
    public var storage: Storage

    /// An entry; XML parts are deflated, already-compressed media may be stored.
    public init(path: String, data: Data, storage: Storage = .deflated) {
        self.path = path
        self.data = data
        self.storage = storage
    }

    /// An entry from an XML writer's bytes.
    public init(path: String, xml: XMLWriter) {
        self.init(path: path, data: Data(xml.bytes))
    }
}

/// Errors while writing a package, naming the entry or file.
public enum PackageError: Error, Sendable, CustomStringConvertible {
    case cannotCreateArchive(path: String, reason: String)
    case cannotAddEntry(entry: String, reason: String)
    case cannotMoveIntoPlace(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotCreateArchive(let path, let reason): "cannot create zip archive \(path): \(reason)"
        case .cannotAddEntry(let entry, let reason): "cannot add \(entry) to the zip archive: \(reason)"
        case .cannotMoveIntoPlace(let path, let reason): "cannot write \(path): \(reason)"
        }
    }
}

/// Writes entries into a zip in the order given, every entry dated `modificationDate`, so the same entries give
/// byte-identical archives.
///
/// Entries are deflated with zlib directly (`ZipArchiveEncoder`) and streamed to the file one entry at a time.
public struct ZipPackage: Sendable {
    public var entries: [PackageEntry]
    /// Timestamp of every entry (from the document's date, never the clock).
    public var modificationDate: Date

    /// A package of entries.
    public init(entries: [PackageEntry] = [], modificationDate: Date) {
        self.entries = entries
        self.modificationDate = modificationDate
    }

    /// Appends an entry.
    public mutating func add(_ entry: PackageEntry) { entries.append(entry) }

    /// The zip archive as bytes.
    public func archiveData() throws(PackageError) -> Data {
        var sink = MemorySink()
        try encode(into: &sink, displayPath: "(memory)")
        return Data(sink.bytes)
    }

    /// Writes the zip next to `url` and renames it into place, so readers never see half a file.
    public func write(to url: URL) throws(PackageError) {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).partial")
        var sink = try FileSink(creating: temporary.path)
        do {
            try encode(into: &sink, displayPath: temporary.path)
            try sink.close()
        } catch {
            sink.abandon()
            throw error
        }
        // rename(2) replaces an existing file atomically on the same volume.
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw .cannotMoveIntoPlace(path: url.path, reason: reason)
        }
    }

    private func encode<Sink: ZipSink>(into sink: inout Sink, displayPath: String) throws(PackageError) {
        var encoder = try ZipArchiveEncoder(modificationDate: modificationDate, displayPath: displayPath)
        for entry in entries { try encoder.add(entry, to: &sink) }
        try encoder.finish(into: &sink)
    }
}
