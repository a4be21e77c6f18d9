import DocxWriter
import FilingDocument
import FilingDossier
import FilingModel
import FilingRules
import Foundation

/// What a finished build produced.
public struct BuildResult: Sendable {
    /// The build folder `DIR/<unit>-<profile>-<date>/`.
    public var folder: URL
    public var report: CheckReport
    /// File names written into the folder (attachments as `attachments/…`).
    public var files: [String]
}

/// The `filingpack build` pipeline: load → check → assemble → write → move into place.
///
/// Everything is written into a temporary folder next to the destination and renamed into place only when
/// complete, so an existing build is replaced only by a complete one.
public struct BinderBuild: Sendable {
    public var options: BuildOptions

    /// A build with `options`.
    public init(options: BuildOptions) { self.options = options }

    /// Loads and checks the dossier only: the report the build would act on.
    public func check() throws(BuildError) -> CheckReport {
        let (located, profile, date) = try load()
        return Checker(profile: profile).check(located, on: date)
    }

    /// Runs the build, reporting each step to `progress`.
    public func run(progress: (BuildStep) -> Void = { _ in }) throws(BuildError) -> BuildResult {
        progress(.loading)
        let (located, profile, date) = try load()

        progress(.checking)
        let report = Checker(profile: profile).check(located, on: date)
        if report.hasErrors, !options.draft { throw .findings(errorCount: report.count(.error)) }

        progress(.assembling)
        let library = TemplateLibrary(override: options.templatesOverride, bundled: options.bundledTemplates)
        var assembler = BinderAssembler(library: library)
        var binder = try assembler.assemble(located: located, profile: profile, report: report, date: date,
                                            draft: options.draft)
        let checklist = try assembler.checklist(located: located, profile: profile, report: report, date: date)

        let folderName = Self.folderName(unit: located.dossier.applicant.name, profile: profile.id, date: date)
        let output = try OutputFolder(parent: options.outputDirectory, name: folderName)
        do {
            if options.formats.contains(.pdf) {
                let layout = PageLayout(workDirectory: output.temporary)
                binder = try layout.paginate(binder, progress: progress) { pageNumbers throws(BuildError) in
                    assembler.pageNumbers = pageNumbers
                    return try assembler.assemble(located: located, profile: profile, report: report, date: date,
                                                  draft: options.draft)
                }
            }
            var files: [String] = []
            for format in [OutputFormat.docx, .odt] where options.formats.contains(format) {
                for (name, document) in [("binder", binder.document), ("checklist", checklist)] {
                    let file = "\(name).\(format.rawValue)"
                    progress(.writing(file))
                    try output.write(document, as: format, named: file)
                    files.append(file)
                }
            }
            if options.formats.contains(.pdf) { files.append("binder.pdf") }
            progress(.writing("checklist.csv"))
            try output.write(Data(ChecklistRows(report: report, dossier: located.dossier).csv.utf8), named: "checklist.csv")
            progress(.writing("findings.json"))
            try output.write(Data(FindingReport.render(report, format: .json, language: .zh).utf8), named: "findings.json")
            files.append(contentsOf: ["checklist.csv", "findings.json"])
            for attachment in binder.attachments {
                try output.copy(attachment.source, to: "attachments/\(attachment.name)")
                files.append("attachments/\(attachment.name)")
            }
            progress(.finishing)
            let folder = try output.commit()
            return BuildResult(folder: folder, report: report, files: files)
        } catch {
            output.discard()
            throw error
        }
    }

    private func load() throws(BuildError) -> (LocatedDossier, Profile, LocalDate) {
        let located: LocatedDossier
        do {
            located = try DossierLoader(templatesDirectory: options.bundledTemplates).load(contentsOf: options.dossier)
        } catch {
            throw .dossier(error)
        }
        let profile = try loadProfile(for: located.dossier)
        return (located, profile, Checker.checkDate(override: options.date, dossier: located.dossier))
    }

    private func loadProfile(for dossier: Dossier) throws(BuildError) -> Profile {
        let id = options.profileID ?? dossier.filing.profile ?? ProfileLibrary.defaultProfileID
        let folders = [options.templatesOverride, options.bundledTemplates].compactMap { $0 }
        let folder = folders.first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("profiles").path)
        } ?? options.bundledTemplates
        do {
            return try ProfileLibrary.profile(id, in: ProfileLibrary.load(from: folder))
        } catch {
            throw .profile(error)
        }
    }

    /// Bytes the unit-name part of a folder name may take: file systems allow 255 per name, and the hidden
    /// `.filingpack-old-<pid>-` name a commit uses needs room too.
    static let unitNameByteLimit = 150

    /// `<unit>-<profile>-<date>` with characters that are unsafe in file names (separators, `:*?"<>|`, control
    /// characters) replaced by `_`, no leading dots or trailing dots and spaces, and the unit cut to
    /// `unitNameByteLimit` UTF-8 bytes at a character boundary.
    public static func folderName(unit: String, profile: String, date: LocalDate) -> String {
        let unsafe = Set<Character>("/\\:*?\"<>|")
        let replaced = unit.map { character -> Character in
            let isControl = character.unicodeScalars.contains { $0.properties.generalCategory == .control }
            return unsafe.contains(character) || character.isNewline || isControl ? "_" : character
        }
        var cleaned = String(replaced).trimmingCharacters(in: .whitespaces)
        while cleaned.hasPrefix(".") { cleaned.removeFirst() }
        while cleaned.utf8.count > unitNameByteLimit { cleaned.removeLast() }
        while cleaned.hasSuffix(".") || cleaned.hasSuffix(" ") { cleaned.removeLast() }
        if cleaned.isEmpty { cleaned = "unit" }
        return "\(cleaned)-\(profile)-\(date)"
    }
}
