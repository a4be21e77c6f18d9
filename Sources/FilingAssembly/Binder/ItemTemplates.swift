import Foundation
import Yams

/// Which binder templates generate each profile item, read from `binder/items.yaml` (overridable like any
/// template).
struct ItemTemplates: Sendable {
    /// Item key (`FORM`, `SECURITY` …) → template names under `binder/`.
    let byKey: [String: [String]]

    init(library: TemplateLibrary) throws(TemplateError) {
        let (url, text) = try library.source(ofTemplate: "binder/items", extension: "yaml")
        do {
            byKey = try YAMLDecoder().decode([String: [String]].self, from: text)
        } catch {
            throw TemplateError(file: url.path, line: Self.line(of: error),
                                message: "expected a mapping of item keys to lists of template names: \(error)")
        }
    }

    /// Template names for an item key, each as `binder/<name>`.
    func templates(forKey key: String) -> [String] {
        (byKey[key] ?? []).map { "binder/\($0)" }
    }

    private static func line(of error: Error) -> Int? {
        if case .some(.scanner(_, _, let mark, _)) = error as? YamlError { return mark.line }
        if case .some(.parser(_, _, let mark, _)) = error as? YamlError { return mark.line }
        return nil
    }
}
