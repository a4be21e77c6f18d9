import Foundation
import Yams

/// Which binder templates generate each profile item, read from `binder/items.yaml` (overridable like any
/// template): item key → template names, and under `by_profile` the same per profile id, replacing the
/// general entry for that key.
struct ItemTemplates: Sendable {
    /// Item key (`FORM`, `SECURITY` …) → template names under `binder/`.
    let byKey: [String: [String]]
    /// Profile id → item key → template names.
    let byProfile: [String: [String: [String]]]

    init(library: TemplateLibrary) throws(TemplateError) {
        let (url, text) = try library.source(ofTemplate: "binder/items", extension: "yaml")
        do {
            let file = try YAMLDecoder().decode(ItemsFile.self, from: text)
            byKey = file.byKey
            byProfile = file.byProfile
        } catch {
            throw TemplateError(file: url.path, line: Self.line(of: error),
                                message: "expected item keys mapped to lists of template names: \(error)")
        }
    }

    /// Template names for an item key under a profile, each as `binder/<name>`.
    func templates(forKey key: String, profile: String) -> [String] {
        (byProfile[profile]?[key] ?? byKey[key] ?? []).map { "binder/\($0)" }
    }

    private static func line(of error: Error) -> Int? {
        if case .some(.scanner(_, _, let mark, _)) = error as? YamlError { return mark.line }
        if case .some(.parser(_, _, let mark, _)) = error as? YamlError { return mark.line }
        return nil
    }
}

/// The layout of `items.yaml`: item keys at the top, plus `by_profile`.
private struct ItemsFile: Decodable {
    var byKey: [String: [String]] = [:]
    var byProfile: [String: [String: [String]]] = [:]

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        for key in container.allKeys {
            if key.stringValue == "by_profile" {
                byProfile = try container.decode([String: [String: [String]]].self, forKey: key)
            } else {
                byKey[key.stringValue] = try container.decode([String].self, forKey: key)
            }
        }
    }
}
