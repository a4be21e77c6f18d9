import ArgumentParser
import FilingAssembly
import FilingModel
import Foundation

/// `filingpack build`: check the dossier, then write the numbered binder, the checklist and the findings.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the numbered submission binder and the materials checklist.",
        discussion: """
            Writes DIR/<unit>-<profile>-<date>/ with binder.docx/.odt (binder.pdf with pdf in --format), \
            checklist.docx/.odt, checklist.csv, findings.json and attachments/. Stops with exit 1 when the \
            check finds errors, unless --draft, which marks every missing item with a 「缺：…」 page.
            """)

    @Argument(help: "The dossier file (YAML).")
    var dossier: String

    @Option(name: .long, help: "Profile id (default: the dossier's filing.profile, then national-12).")
    var profile: String?

    @Option(name: .long, help: "Comma-separated formats: docx, odt, pdf (pdf needs LibreOffice).")
    var format: String = "docx,odt"

    @Option(name: .long, help: "Folder the build folder is created in.")
    var output: String = "output"

    @Flag(name: .long, help: "Build even with error findings, with a 「缺：…」 page for every missing item.")
    var draft = false

    @Option(name: .long, help: "Filing date YYYY-MM-DD (default: the dossier's filing.date, then today).")
    var date: String?

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let formats = try parsedFormats()
        let bundled = try bundledTemplates()
        let options = BuildOptions(
            dossier: URL(fileURLWithPath: dossier), profileID: profile, formats: formats,
            outputDirectory: URL(fileURLWithPath: output),
            templatesOverride: global.templates.map { URL(fileURLWithPath: $0) }, bundledTemplates: bundled,
            draft: draft, date: try parsedDate())
        let display = ProgressDisplay(enabled: isatty(STDERR_FILENO) == 1)
        do {
            let result = try BinderBuild(options: options).run(progress: display.show)
            display.finish()
            print(result.folder.path)
            // Text lost at load time is worth a line even when the build succeeds.
            for finding in result.report.findings where finding.ruleID == "text.invalid-characters" {
                printError("warning: \(finding.location.map { "\($0): " } ?? "")\(finding.message.text(in: global.language))")
            }
            if result.report.hasErrors {
                printError("draft: \(result.report.count(.error)) error finding(s); see findings.json")
            }
        } catch {
            display.finish()
            printError("filingpack build: \(error.message(in: global.language))")
            throw ExitCode(error.exitCode)
        }
    }

    private func parsedFormats() throws -> Set<OutputFormat> {
        var formats = Set<OutputFormat>()
        for name in format.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            guard let parsed = OutputFormat(rawValue: name) else {
                throw ValidationError("unknown format \"\(name)\" in --format (use docx, odt, pdf)")
            }
            formats.insert(parsed)
        }
        guard !formats.isEmpty else { throw ValidationError("--format names no format") }
        return formats
    }

    private func parsedDate() throws -> LocalDate? {
        guard let date else { return nil }
        guard let parsed = LocalDate(parsing: date) else {
            throw ValidationError("--date must be a date written YYYY-MM-DD, found \"\(date)\"")
        }
        return parsed
    }

    /// The bundled templates, which files missing from `--templates` fall back to; without a bundled folder
    /// the `--templates` folder must be complete.
    private func bundledTemplates() throws -> URL {
        guard let url = TemplatesDirectory.locate() ?? global.templates.map({ URL(fileURLWithPath: $0) }) else {
            throw ValidationError("Cannot find the templates/ folder; pass --templates DIR or set FILINGPACK_TEMPLATES.")
        }
        return url
    }
}

/// Shows build steps on one line of a terminal; silent when stderr is not a terminal.
struct ProgressDisplay {
    let enabled: Bool

    func show(_ step: BuildStep) {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K→ \(step)…".utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
