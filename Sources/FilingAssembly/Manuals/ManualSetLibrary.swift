import Foundation

/// Finds manual sets and their templates under `manuals/` of the user's `--templates` folder and of the
/// bundled templates (docs/manuals.md, "Template lookup").
public struct ManualSetLibrary: Sendable {
    /// Templates folders searched in order: the user's, then the bundled one.
    public var templateDirectories: [URL]

    /// A library searching `override` (when given) before `bundled`.
    public init(override: URL? = nil, bundled: URL) {
        templateDirectories = [override, bundled].compactMap { $0 }
    }

    /// Folder names of shared templates and department roles inside `manuals/`.
    static let commonFolder = "_common"
    static let departmentsFile = "departments.yaml"
    static let manifestFile = "manual.yaml"

    /// IDs of every set found, sorted.
    public func availableSets() -> [String] {
        var ids = Set<String>()
        for directory in templateDirectories {
            let manuals = directory.appendingPathComponent("manuals")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: manuals.path)) ?? []
            for name in names where !name.hasPrefix("_") && !name.hasPrefix(".") {
                let manifest = manuals.appendingPathComponent(name).appendingPathComponent(Self.manifestFile)
                if FileManager.default.fileExists(atPath: manifest.path) { ids.insert(name) }
            }
        }
        return ids.sorted()
    }

    /// The set `id`: its manifest, department roles and a template library searching the set, then the
    /// shared templates.
    public func loadSet(_ id: String) throws(ManualSetError) -> ManualSet {
        guard !id.isEmpty, !id.contains("/"), !id.hasPrefix("."), !id.hasPrefix("_") else {
            throw ManualSetError(file: id, message: "not a manual set name")
        }
        guard let manifestURL = firstExisting("manuals/\(id)/\(Self.manifestFile)") else {
            let known = availableSets()
            throw ManualSetError(
                file: "manuals/\(id)/\(Self.manifestFile)",
                message: "no manual set \"\(id)\"; available: \(known.isEmpty ? "none" : known.joined(separator: ", "))")
        }
        let manifest = try ManualManifest.load(contentsOf: manifestURL)
        guard manifest.id == id else {
            throw ManualSetError(file: manifestURL.path, message: "id \"\(manifest.id)\" differs from the folder name \"\(id)\"")
        }
        var roles: [String: DepartmentRole] = [:]
        if let rolesURL = firstExisting("manuals/\(Self.departmentsFile)") {
            roles = try YAMLFile.decode([String: DepartmentRole].self, from: rolesURL)
        }
        roles.merge(manifest.departments) { _, set in set }
        let searchDirectories = templateDirectories.flatMap { directory in
            [directory.appendingPathComponent("manuals/\(id)"),
             directory.appendingPathComponent("manuals/\(Self.commonFolder)")]
        }
        var library = TemplateLibrary(bundled: searchDirectories[0])
        library.searchDirectories = searchDirectories
        let set = ManualSet(manifest: manifest, departmentRoles: roles, templates: library)
        try set.checkTemplatesExist()
        return set
    }

    private func firstExisting(_ relativePath: String) -> URL? {
        templateDirectories.map { $0.appendingPathComponent(relativePath) }
            .first { FileManager.default.fileExists(atPath: $0.path) }
    }
}

/// A loaded manual set: what to render, and where its templates are.
public struct ManualSet: Sendable {
    /// The set's manual.yaml.
    public var manifest: ManualManifest
    /// Department roles (shared ones merged with the set's own).
    public var departmentRoles: [String: DepartmentRole]
    /// Searches the set's folder, then `_common`, in the user's folder before the bundled one.
    public var templates: TemplateLibrary

    /// A set from its parts.
    public init(manifest: ManualManifest, departmentRoles: [String: DepartmentRole], templates: TemplateLibrary) {
        self.manifest = manifest
        self.departmentRoles = departmentRoles
        self.templates = templates
    }

    /// Every template the manifest names, including item headers of the kinds used.
    public var templateNames: [String] {
        let headers = Set(manifest.parts.map(\.kind)).map { "\($0.rawValue)-header" }.sorted()
        return manifest.front + headers + manifest.parts.flatMap { $0.items.map(\.file) }
    }

    /// Fails on the first template the manifest names that does not exist, before any client is rendered.
    func checkTemplatesExist() throws(ManualSetError) {
        for name in templateNames {
            do {
                _ = try templates.url(forTemplate: name)
            } catch {
                throw ManualSetError(
                    file: "manuals/\(manifest.id)/\(ManualSetLibrary.manifestFile)", message: error.description)
            }
        }
    }
}
