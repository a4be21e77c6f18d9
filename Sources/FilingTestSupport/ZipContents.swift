import Foundation
import ZIPFoundation

/// The entries of a zip archive, read into memory for inspection in tests.
public struct ZipContents {
    /// Entry paths in archive order.
    public let paths: [String]
    /// Whether each entry is stored uncompressed.
    public let stored: [String: Bool]
    private let contents: [String: Data]

    /// Reads every entry of a zip given as bytes.
    public init(_ data: Data) throws {
        let archive = try Archive(data: data, accessMode: .read)
        var paths: [String] = []
        var stored: [String: Bool] = [:]
        var contents: [String: Data] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry, skipCRC32: false) { bytes.append($0) }
            paths.append(entry.path)
            stored[entry.path] = !entry.isCompressed
            contents[entry.path] = bytes
        }
        self.paths = paths
        self.stored = stored
        self.contents = contents
    }

    /// The bytes of an entry, nil when absent.
    public subscript(path: String) -> Data? { contents[path] }

}
