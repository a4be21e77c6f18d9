import FilingModel
import Foundation
import Yams

/// Reads a dossier file into a `LocatedDossier`.
///
/// Steps: read bytes (size limit, UTF-8) → compose the YAML node tree (positions kept) → check it against
/// the published schema `templates/dossier.schema.json`, collecting every problem → decode the model.
/// Missing attachment files are not load errors; the rules report them.
public struct DossierLoader: Sendable {
    /// The templates folder holding `dossier.schema.json`; nil means `TemplatesDirectory.locate()`.
    public var templatesDirectory: URL?
    /// Largest file accepted, in bytes.
    public var byteLimit: Int
    /// Most YAML values visited (after alias expansion) before giving up.
    public var valueLimit: Int

    /// Largest dossier file accepted by default; real dossiers are a few tens of kilobytes.
    public static let defaultByteLimit = 5 * 1_048_576
    /// Values visited by default before giving up; a full dossier has about a thousand.
    public static let defaultValueLimit = 100_000

    public init() {
        self.init(templatesDirectory: nil)
    }

    public init(templatesDirectory: URL?, byteLimit: Int = defaultByteLimit, valueLimit: Int = defaultValueLimit) {
        self.templatesDirectory = templatesDirectory
        self.byteLimit = byteLimit
        self.valueLimit = valueLimit
    }

    public func load(contentsOf url: URL) throws(DossierLoadError) -> LocatedDossier {
        let displayName = url.relativePath
        let text = try SourceText.read(url, displayName: displayName, byteLimit: byteLimit)
        return try load(yaml: text, fileURL: url, schema: try schema())
    }

    /// Loads dossier text already in memory; `fileURL` names it and anchors attachment paths.
    public func load(yaml text: String, fileURL: URL, schema: DossierSchema) throws(DossierLoadError)
        -> LocatedDossier
    {
        let displayName = fileURL.relativePath
        let root = try compose(text, displayName: displayName)
        guard case .mapping = root else {
            throw DossierLoadError(
                file: displayName, line: root.mark?.line, column: root.mark?.column, message: Messages.notMapping)
        }
        var validator = SchemaValidator(schema: schema, file: displayName, valueLimit: valueLimit)
        let value = try validator.check(root, against: schema.root, path: "")
        guard validator.problems.isEmpty else { throw DossierLoadError(collecting: validator.problems) }
        var locations = validator.locations
        locations[""] = SourceLocation(file: displayName, line: root.mark?.line ?? 1, column: root.mark?.column ?? 1)
        let dossier = try DossierDecoding.decode(value ?? [:], file: displayName, locations: locations)
        return LocatedDossier(dossier: dossier, fileURL: fileURL, locations: locations,
                              removedCharacters: validator.removedCharacters)
    }

    /// The dossier schema from the templates folder.
    public func schema() throws(DossierLoadError) -> DossierSchema {
        guard let folder = templatesDirectory ?? TemplatesDirectory.locate() else {
            throw DossierLoadError(
                file: DossierSchema.fileName, message: Messages.schemaUnreadable("templates/ not found"),
                hint: Messages.templatesHint)
        }
        return try DossierSchema(contentsOf: folder.appendingPathComponent(DossierSchema.fileName))
    }

    private func compose(_ text: String, displayName: String) throws(DossierLoadError) -> Node {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw YAMLErrorMapping.loadError(error, text: text, file: displayName)
        } catch {
            throw DossierLoadError(file: displayName, message: Messages.yamlSyntax(String(describing: error)))
        }
        guard let root, !(root.scalar != nil && SchemaValidator.tagName(of: root) == .null) else {
            throw DossierLoadError(file: displayName, message: Messages.empty, hint: Messages.emptyHint)
        }
        return root
    }
}
