import Foundation

/// Finds template files: first in the user's `--templates` folder, then in the bundled `templates/`.
///
/// Names are paths without extension relative to the templates folder, e.g. `binder/cover` for
/// `templates/binder/cover.mustache`.
public struct TemplateLibrary: Sendable {
    /// Folders searched in order.
    public var searchDirectories: [URL]
    /// Extension of template files.
    public static let fileExtension = "mustache"

    /// A library searching `override` (when given) before `bundled`.
    public init(override: URL? = nil, bundled: URL) {
        searchDirectories = [override, bundled].compactMap { $0 }
    }

    /// The first existing file for `name` with `extension`.
    public func url(forTemplate name: String, extension: String = TemplateLibrary.fileExtension) throws(TemplateError)
        -> URL
    {
        for directory in searchDirectories {
            let candidate = directory.appendingPathComponent(name).appendingPathExtension(`extension`)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        }
        throw TemplateError(
            file: "\(name).\(`extension`)", line: nil,
            message: "template not found in \(searchDirectories.map(\.path).joined(separator: ", "))")
    }

    /// The text of template `name`.
    public func source(ofTemplate name: String, extension: String = TemplateLibrary.fileExtension)
        throws(TemplateError) -> (url: URL, text: String)
    {
        let url = try url(forTemplate: name, extension: `extension`)
        do {
            return (url, try String(contentsOf: url, encoding: .utf8))
        } catch {
            throw TemplateError(file: url.path, line: nil, message: "cannot read the template as UTF-8 text: \(error)")
        }
    }
}

/// A template that cannot be found, parsed or read as markup, with the file and line.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    /// 1-based line in the template file (Mustache errors) or in its rendered text (markup errors).
    public var line: Int?
    public var message: String

    /// An error in `file` at `line`.
    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
    }
}
