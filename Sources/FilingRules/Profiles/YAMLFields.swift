import FilingModel
import Yams

/// A YAML mapping read key by key, so that keys nobody asked for are reported as unknown.
struct YAMLFields {
    let file: String
    let path: String
    let node: Node
    private let pairs: [(key: String, keyNode: Node, value: Node)]

    init(_ node: Node, file: String, path: String) throws(ProfileError) {
        self.file = file
        self.path = path
        self.node = node
        guard case .mapping(let mapping) = node else {
            throw Self.error(file, node, path, zh: "应为映射（键：值）", en: "expected a mapping (key: value)")
        }
        var pairs: [(String, Node, Node)] = []
        for (key, value) in mapping {
            guard let name = key.string else {
                throw Self.error(file, key, path, zh: "键必须是文字", en: "keys must be plain text")
            }
            if pairs.contains(where: { $0.0 == name }) {
                throw Self.error(file, key, path.isEmpty ? name : "\(path).\(name)", zh: "键重复", en: "duplicate key")
            }
            pairs.append((name, key, value))
        }
        self.pairs = pairs
    }

    /// Rejects any key not in `allowed`, naming the first one found.
    func rejectUnknownKeys(_ allowed: Set<String>) throws(ProfileError) {
        for pair in pairs where !allowed.contains(pair.key) {
            let list = allowed.sorted().joined(separator: ", ")
            throw Self.error(file, pair.keyNode, join(pair.key),
                             zh: "未知的键 \(pair.key)（允许：\(list)）",
                             en: "unknown key \(pair.key) (allowed: \(list))")
        }
    }

    func value(_ key: String) -> Node? { pairs.first { $0.key == key }?.value }

    func join(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func required(_ key: String) throws(ProfileError) -> Node {
        guard let found = value(key) else {
            throw Self.error(file, node, path.isEmpty ? nil : path,
                             zh: "缺少必填键 \(key)", en: "missing required key \(key)")
        }
        return found
    }

    func string(_ key: String) throws(ProfileError) -> String {
        try scalar(required(key), key)
    }

    func optionalString(_ key: String) throws(ProfileError) -> String? {
        guard let found = value(key), !found.isNull else { return nil }
        return try scalar(found, key)
    }

    func bool(_ key: String, default fallback: Bool) throws(ProfileError) -> Bool {
        guard let found = value(key) else { return fallback }
        guard let flag = found.bool else {
            throw Self.error(file, found, join(key), zh: "应为 true 或 false", en: "expected true or false")
        }
        return flag
    }

    func int(_ key: String, default fallback: Int?) throws(ProfileError) -> Int? {
        guard let found = value(key), !found.isNull else { return fallback }
        guard let number = found.int, number >= 0 else {
            throw Self.error(file, found, join(key), zh: "应为非负整数", en: "expected a whole number ≥ 0")
        }
        return number
    }

    func date(_ key: String) throws(ProfileError) -> LocalDate? {
        guard let text = try optionalString(key) else { return nil }
        guard let date = LocalDate(parsing: text) else {
            throw Self.error(file, value(key), join(key), zh: "日期应写作 YYYY-MM-DD", en: "dates are written YYYY-MM-DD")
        }
        return date
    }

    func enumeration<Value: RawRepresentable & CaseIterable>(
        _ key: String, as type: Value.Type, default fallback: Value? = nil
    ) throws(ProfileError) -> Value where Value.RawValue == String {
        if value(key) == nil, let fallback { return fallback }
        let found = try required(key)
        return try Self.enumeration(scalar(found, key), node: found, file: file, path: join(key), as: type)
    }

    func sequence(_ key: String) throws(ProfileError) -> [Node] {
        guard let found = value(key), !found.isNull else { return [] }
        guard case .sequence(let items) = found else {
            throw Self.error(file, found, join(key), zh: "应为列表", en: "expected a list")
        }
        return Array(items)
    }

    func mapping(_ key: String) throws(ProfileError) -> YAMLFields? {
        guard let found = value(key), !found.isNull else { return nil }
        return try YAMLFields(found, file: file, path: join(key))
    }

    private func scalar(_ node: Node, _ key: String) throws(ProfileError) -> String {
        guard case .scalar(let scalar) = node else {
            throw Self.error(file, node, join(key), zh: "应为单个值", en: "expected a single value")
        }
        return scalar.string
    }

    static func enumeration<Value: RawRepresentable & CaseIterable>(
        _ text: String, node: Node?, file: String, path: String, as type: Value.Type
    ) throws(ProfileError) -> Value where Value.RawValue == String {
        guard let value = Value(rawValue: text) else {
            let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
            throw error(file, node, path, zh: "未知的取值 \(text)（允许：\(allowed)）",
                        en: "unknown value \(text) (allowed: \(allowed))")
        }
        return value
    }

    static func error(_ file: String, _ node: Node?, _ path: String?, zh: String, en: String) -> ProfileError {
        ProfileError(file: file, line: node?.mark?.line, column: node?.mark?.column, field: path,
                     message: LocalizedText(zh: zh, en: en))
    }
}

extension Node {
    /// True for `~`, `null` and an empty value.
    var isNull: Bool {
        guard case .scalar(let scalar) = self else { return false }
        return ["", "~", "null"].contains(scalar.string)
    }
}
