import ArgumentParser
import FilingDossier
import FilingModel
import Foundation

/// Options every subcommand shares.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Message language: zh or en (default: from LC_ALL / LC_MESSAGES / LANG).")
    var lang: Language?

    @Option(name: .long, help: "Folder with profiles and document templates (default: the bundled templates/).")
    var templates: String?

    /// The language to print messages in.
    var language: Language { lang ?? .fromEnvironment() }

    /// The templates folder, or a usage error saying how to point at one.
    func templatesDirectory() throws -> URL {
        guard let url = TemplatesDirectory.locate(override: templates.map { URL(fileURLWithPath: $0) }) else {
            throw ValidationError(
                "Cannot find the templates/ folder; pass --templates DIR or set FILINGPACK_TEMPLATES.")
        }
        return url
    }

    /// Loads a dossier; when it cannot be loaded, prints one line per problem in the chosen language and
    /// exits with status 2.
    func loadDossier(at path: String) throws -> LocatedDossier {
        let loader = DossierLoader(templatesDirectory: try templatesDirectory())
        do {
            return try loader.load(contentsOf: URL(fileURLWithPath: path))
        } catch {
            printError(error.rendered(in: language))
            throw ExitStatus.badInput
        }
    }
}

extension Language: ExpressibleByArgument {}

/// Exit codes shared by every command (documented in the README).
enum ExitStatus {
    static let success = ExitCode(0)
    static let findings = ExitCode(1)
    static let badInput = ExitCode(2)
}

/// Prints a message to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
