import FilingModel
import Foundation

/// The checklist profiles in a templates folder (`templates/profiles/*.yaml`).
public enum ProfileLibrary {
    /// The profile used when neither the command line nor the dossier names one.
    public static let defaultProfileID = "national-12"

    /// Loads and validates every profile under `templatesDirectory/profiles`, sorted by id.
    public static func load(from templatesDirectory: URL) throws(ProfileError) -> [Profile] {
        let folder = templatesDirectory.appendingPathComponent("profiles")
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw ProfileError(file: folder.path, message: LocalizedText(
                zh: "无法读取资料清单目录", en: "cannot read the profiles folder"))
        }
        let profiles = try names.filter { $0.hasSuffix(".yaml") }.sorted().map { name throws(ProfileError) in
            try loadProfile(at: folder.appendingPathComponent(name))
        }
        if profiles.isEmpty {
            throw ProfileError(file: folder.path, message: LocalizedText(
                zh: "目录中没有 .yaml 资料清单", en: "no .yaml profiles in the folder"))
        }
        return profiles
    }

    /// Loads and validates one profile file; its id is the file name without `.yaml`.
    public static func loadProfile(at url: URL) throws(ProfileError) -> Profile {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ProfileError(file: url.path, message: LocalizedText(
                zh: "无法以 UTF-8 读取文件", en: "cannot read the file as UTF-8"))
        }
        return try ProfileParser(file: url.path).parse(text, id: url.deletingPathExtension().lastPathComponent)
    }

    /// The profile with `id`, or an error listing the ids there are.
    public static func profile(_ id: String, in profiles: [Profile]) throws(ProfileError) -> Profile {
        guard let found = profiles.first(where: { $0.id == id }) else {
            let known = profiles.map(\.id).joined(separator: ", ")
            throw ProfileError(file: "profiles", message: LocalizedText(
                zh: "没有资料清单 \(id)（可用：\(known)）", en: "no profile \(id) (available: \(known))"))
        }
        return found
    }
}
