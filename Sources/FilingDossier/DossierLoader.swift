import FilingModel
import Foundation

// API contract for the dossier loader; the implementation arrives with issue 2.

/// Why a dossier file could not be loaded, with where and which field.
public struct DossierLoadError: Error, Sendable, Equatable {
    public var file: String
    public var line: Int?
    public var column: Int?
    /// Field path as written in the file, e.g. `people.professionals[1].diploma.level`.
    public var fieldPath: String?
    public var message: LocalizedText
    public var hint: LocalizedText?

    public init(file: String, line: Int? = nil, column: Int? = nil, fieldPath: String? = nil,
                message: LocalizedText, hint: LocalizedText? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.fieldPath = fieldPath
        self.message = message
        self.hint = hint
    }
}

/// Reads a dossier file into a `LocatedDossier`.
public struct DossierLoader: Sendable {
    public init() {}

    public func load(contentsOf url: URL) throws(DossierLoadError) -> LocatedDossier {
        throw DossierLoadError(file: url.path, message: LocalizedText(zh: "尚未实现", en: "not implemented yet"))
    }
}
