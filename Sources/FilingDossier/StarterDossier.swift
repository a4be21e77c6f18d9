import FilingModel
import Foundation

/// The commented starter dossier `filingpack init` writes (`templates/starter-dossier.yaml`).
public struct StarterDossier: Sendable {
    /// The starter's file name inside the templates folder.
    public static let fileName = "starter-dossier.yaml"
    /// The commented line `init --profile` replaces.
    static let profileLine = "  # profile: "

    /// The starter's text, before any profile is filled in.
    public var text: String

    /// Reads the starter from a templates folder.
    public init(templatesDirectory: URL) throws(StarterDossierError) {
        let url = templatesDirectory.appendingPathComponent(Self.fileName)
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw StarterDossierError(file: url.path, message: LocalizedText(
                zh: "无法读取模板：\(error.localizedDescription)", en: "cannot read the starter: \(error.localizedDescription)"))
        }
    }

    /// The text with `filing.profile` set, or unchanged when `profile` is nil.
    public func text(profile: String?) throws(StarterDossierError) -> String {
        guard let profile else { return text }
        guard profile.range(of: "^[a-z0-9][a-z0-9._-]*$", options: .regularExpression) != nil else {
            throw StarterDossierError(file: "--profile", message: LocalizedText(
                zh: "profile id “\(profile)”只能包含小写字母、数字、.、_ 和 -",
                en: "profile id \"\(profile)\" may contain only lowercase letters, digits, ., _ and -"))
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix(Self.profileLine) ? "  profile: \(profile)" : String(line)
        }
        return lines.joined(separator: "\n")
    }

    /// Writes the starter to `url` atomically; refuses to replace an existing file unless `overwrite`.
    public func write(to url: URL, profile: String?, overwrite: Bool) throws(StarterDossierError) {
        let content = try text(profile: profile)
        let displayName = url.relativePath
        if FileManager.default.fileExists(atPath: url.path), !overwrite {
            throw StarterDossierError(file: displayName, message: LocalizedText(
                zh: "文件已存在；如要覆盖请加 --force", en: "the file already exists; pass --force to overwrite it"))
        }
        do {
            // `.atomic` writes a temporary file beside the target and renames it into place.
            try Data(content.utf8).write(to: url, options: .atomic)
        } catch {
            throw StarterDossierError(file: displayName, message: LocalizedText(
                zh: "无法写入：\(error.localizedDescription)", en: "cannot write: \(error.localizedDescription)"))
        }
    }
}

/// Why the starter dossier could not be written.
public struct StarterDossierError: Error, Sendable, Equatable {
    public var file: String
    public var message: LocalizedText

    public init(file: String, message: LocalizedText) {
        self.file = file
        self.message = message
    }

    /// `dossier.yaml: 文件已存在…`.
    public func rendered(in language: Language) -> String { "\(file): \(message.text(in: language))" }
}
