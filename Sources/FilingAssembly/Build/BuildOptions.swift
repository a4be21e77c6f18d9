import FilingModel
import Foundation

/// Formats `filingpack build` writes.
public enum OutputFormat: String, Sendable, CaseIterable {
    case docx, odt, pdf
}

/// What `filingpack build` was asked to do.
public struct BuildOptions: Sendable {
    public var dossier: URL
    /// Profile id; nil takes the dossier's `filing.profile`, then the default.
    public var profileID: String?
    public var formats: Set<OutputFormat>
    /// Folder the build folder `<unit>-<profile>-<date>/` is created in.
    public var outputDirectory: URL
    /// The user's `--templates` folder, searched before the bundled one.
    public var templatesOverride: URL?
    /// The bundled `templates/` folder.
    public var bundledTemplates: URL
    /// Build despite error findings, with 「缺：…」 pages.
    public var draft: Bool
    /// `--date`; nil takes the dossier's filing date, then today.
    public var date: LocalDate?

    /// Options for building `dossier`.
    public init(dossier: URL, profileID: String? = nil, formats: Set<OutputFormat> = [.docx, .odt],
                outputDirectory: URL, templatesOverride: URL? = nil, bundledTemplates: URL, draft: Bool = false,
                date: LocalDate? = nil) {
        self.dossier = dossier
        self.profileID = profileID
        self.formats = formats
        self.outputDirectory = outputDirectory
        self.templatesOverride = templatesOverride
        self.bundledTemplates = bundledTemplates
        self.draft = draft
        self.date = date
    }
}

/// A step of the build, reported to the progress callback.
public enum BuildStep: Sendable, Equatable, CustomStringConvertible {
    case loading
    case checking
    case assembling
    case writing(String)
    /// A LibreOffice layout pass (1, 2 …) for page numbers.
    case layingOut(pass: Int)
    case finishing

    public var description: String {
        switch self {
        case .loading: "Loading the dossier"
        case .checking: "Checking against the profile"
        case .assembling: "Assembling the binder"
        case .writing(let file): "Writing \(file)"
        case .layingOut(let pass): "Laying out pages with LibreOffice (pass \(pass))"
        case .finishing: "Moving the build into place"
        }
    }
}
