import Foundation

/// A position in a dossier file, 1-based, for findings and errors.
public struct SourceLocation: Sendable, Codable, Equatable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `dossier.yaml:12:5`, the form editors and terminals link.
    public var description: String { "\(file):\(line):\(column)" }
}

/// A loaded dossier together with where each value was written, keyed by field path as in the file
/// (`people.professionals[1].diploma.level`).
public struct LocatedDossier: Sendable {
    public var dossier: Dossier
    /// The dossier file's URL; attachment paths are relative to its folder.
    public var fileURL: URL
    /// Field path → where its value (or, for mappings, its key) starts.
    public var locations: [String: SourceLocation]
    /// Field path → characters removed from its text at load time because XML 1.0 cannot hold them
    /// (control characters, U+FFFE, U+FFFF); the check reports each field as a warning.
    public var removedCharacters: [String: Int]

    public init(dossier: Dossier, fileURL: URL, locations: [String: SourceLocation],
                removedCharacters: [String: Int] = [:]) {
        self.dossier = dossier
        self.fileURL = fileURL
        self.locations = locations
        self.removedCharacters = removedCharacters
    }

    /// The folder attachment paths are resolved against.
    public var baseDirectory: URL { fileURL.deletingLastPathComponent() }

    /// Where `path` was written, or the nearest written ancestor (a missing field is reported at its
    /// parent mapping).
    public func location(of path: String) -> SourceLocation? {
        SourceLocation.nearest(to: path, in: locations)
    }
}

extension SourceLocation {
    /// The location recorded for `path`, else for its nearest recorded ancestor, else for the root (`""`).
    public static func nearest(to path: String, in locations: [String: SourceLocation]) -> SourceLocation? {
        var candidate = path
        while !candidate.isEmpty {
            if let found = locations[candidate] { return found }
            guard let cut = candidate.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
            candidate = String(candidate[..<cut])
        }
        return locations[""]
    }
}
