import ArgumentParser
import FilingModel
import FilingRules
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `filingpack check`: validates a dossier against a profile and reports the findings.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a dossier against a materials list (profile).",
        discussion: "Exit codes: 0 = no errors, 1 = findings of severity error, 2 = unreadable dossier or profile.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The dossier file, e.g. dossier.yaml.")
    var dossier: String

    @Option(help: "Profile id (default: the dossier's filing.profile, else national-12).")
    var profile: String?

    @Option(help: "Check validity periods on this date, YYYY-MM-DD (default: the dossier's filing.date, else today).")
    var date: String?

    @Option(help: "Report format: text, json, junit or sarif.")
    var format: FindingReport.Format = .text

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    func run() throws {
        let language = global.language
        var dateOverride: LocalDate?
        if let date {
            guard let parsed = LocalDate(parsing: date) else {
                printError(language == .zh ? "--date 应写作 YYYY-MM-DD: \(date)" : "--date must be YYYY-MM-DD: \(date)")
                throw ExitStatus.badInput
            }
            dateOverride = parsed
        }
        let located = try global.loadDossier(at: dossier)
        let chosen: Profile
        do {
            let profiles = try ProfileLibrary.load(from: global.templatesDirectory())
            let id = profile ?? located.dossier.filing.profile ?? ProfileLibrary.defaultProfileID
            chosen = try ProfileLibrary.profile(id, in: profiles)
        } catch let error as ProfileError {
            printError(error.formatted(in: language))
            throw ExitStatus.badInput
        }
        var report = Checker(profile: chosen).check(
            located, on: Checker.checkDate(override: dateOverride, dossier: located.dossier))
        if strict { report = report.promotingWarnings() }
        let color = format == .text && isatty(STDOUT_FILENO) != 0
            && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        print(FindingReport.render(report, format: format, language: language, color: color), terminator: "")
        if report.hasErrors { throw ExitStatus.findings }
    }
}

extension FindingReport.Format: ExpressibleByArgument {}
