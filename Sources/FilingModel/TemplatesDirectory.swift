import Foundation

/// Finds the `templates/` folder (profiles, document templates, manual sets, dossier schema).
///
/// Order: an explicit folder (`--templates`), `FILINGPACK_TEMPLATES`, a `templates/` folder beside or above
/// the running executable (a SwiftPM build inside the checkout), then `./templates`.
public enum TemplatesDirectory {
    /// Marker file that identifies a templates folder.
    static let marker = "dossier.schema.json"

    public static func locate(
        override: URL? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: URL = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath(),
        currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    ) -> URL? {
        if let override { return override }
        if let fromEnvironment = environment["FILINGPACK_TEMPLATES"], !fromEnvironment.isEmpty {
            return URL(fileURLWithPath: fromEnvironment)
        }
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent("templates")
            if isTemplates(candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        let local = currentDirectory.appendingPathComponent("templates")
        return isTemplates(local) ? local : nil
    }

    private static func isTemplates(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(marker).path)
    }
}
