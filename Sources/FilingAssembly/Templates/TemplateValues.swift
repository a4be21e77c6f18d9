import FilingDocument
import FilingModel
import Foundation

/// Builds the `[String: Any]` values Mustache renders from `Codable` models, with derived values
/// templates need (docs/binder-templates.md, "Derived values").
///
/// Keys are the dossier file's snake_case keys. Besides each value, a dictionary gets:
/// - `<date>_cn` for every `YYYY-MM-DD` string (2026年11月24日);
/// - `<enum>_label` (Chinese label) and `<enum>_<raw>` = true for the dossier's enumerations;
/// - `<key>_masked` for `id_number` and `phone` (the binder prints them in full, lists masked);
/// - `<text>_paragraphs` for long texts (one entry per non-empty line);
/// - for every list: `<key>_count`; for lists of strings `<key>_items` ({no, text}), `<key>_joined`
///   (joined with 、) and `<key>_lines` (one per line);
/// - in every list element that is a dictionary: `no` (1-based), `no_cn` (一, 二 …), `first`, `last`.
public enum TemplateValues {
    /// The values of `model`, with the derivations above.
    public static func values(of model: some Encodable) throws -> [String: Any] {
        decorate(try plainValues(of: model))
    }

    /// The values of `model` as plain dictionaries, arrays, strings, numbers and booleans, without
    /// derivations (add values, then call `decorate`).
    public static func plainValues(of model: some Encodable) throws -> [String: Any] {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let json = try JSONDecoder().decode(JSONValue.self, from: encoder.encode(model))
        guard case .object(let object) = json else { return [:] }
        return object.compactMapValues(\.plain)
    }

    /// Adds derivations to an already-built dictionary of plain values (strings, numbers, booleans,
    /// arrays, dictionaries), e.g. values computed by the assembly.
    public static func decorate(_ dictionary: [String: Any]) -> [String: Any] {
        var result: [String: Any] = [:]
        for (key, value) in dictionary {
            result[key] = decorateValue(value)
            derive(key: key, value: value, into: &result)
        }
        return result
    }

    private static func decorateValue(_ value: Any) -> Any {
        switch value {
        case let dictionary as [String: Any]:
            return decorate(dictionary)
        case let array as [Any]:
            return array.enumerated().map { index, element -> Any in
                guard let dictionary = element as? [String: Any] else { return decorateValue(element) }
                var decorated = decorate(dictionary)
                decorated["no"] = index + 1
                decorated["no_cn"] = ChineseHeadingNumbering.chineseNumeral(index + 1)
                decorated["first"] = index == 0
                decorated["last"] = index == array.count - 1
                return decorated
            }
        default:
            return value
        }
    }

    private static func derive(key: String, value: Any, into result: inout [String: Any]) {
        if let text = value as? String {
            if let date = LocalDate(parsing: text), text.count == 10 { result["\(key)_cn"] = date.chinese }
            if let labels = enumLabels[key] {
                result["\(key)_label"] = labels[text] ?? text
                result["\(key)_\(text)"] = true
            }
            if maskedKeys.contains(key) { result["\(key)_masked"] = PersonalData.mask(text) }
            if paragraphKeys.contains(key) { result["\(key)_paragraphs"] = paragraphs(text) }
        }
        if let array = value as? [Any] {
            result["\(key)_count"] = array.count
            let strings = array.compactMap { $0 as? String }
            if strings.count == array.count, !strings.isEmpty {
                result["\(key)_items"] = strings.enumerated().map { index, text -> [String: Any] in
                    ["no": index + 1, "no_cn": ChineseHeadingNumbering.chineseNumeral(index + 1), "text": text,
                     "first": index == 0, "last": index == strings.count - 1]
                }
                result["\(key)_joined"] = strings.joined(separator: "、")
                result["\(key)_lines"] = strings.joined(separator: "\n")
            }
        }
    }

    /// Non-empty lines of a multi-line text, trimmed.
    static func paragraphs(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private static let maskedKeys: Set<String> = ["id_number", "phone"]
    private static let paragraphKeys: Set<String> = [
        "overview", "business_plan", "technical_scheme", "notes", "description", "charging_method",
    ]

    /// Chinese labels of the dossier's enumerations, by the key they appear under.
    private static let enumLabels: [String: [String: String]] = [
        "category": table(ApplicationCategory.allCases, \.chineseLabel),
        "sex": table(Sex.allCases, \.chineseLabel),
        "discipline": table(Discipline.allCases, \.chineseLabel),
        "level": table(DiplomaLevel.allCases, \.chineseLabel),
        "drug_law_familiarity": table(Familiarity.allCases, \.chineseLabel),
        "kind": [
            OperationLicence.Kind.drugProduction.rawValue: "药品生产许可证",
            OperationLicence.Kind.drugTrading.rawValue: "药品经营许可证",
            OperationLicence.Kind.deviceProduction.rawValue: "医疗器械生产许可证",
            OperationLicence.Kind.deviceTrading.rawValue: "医疗器械经营许可证",
        ],
    ]

    private static func table<Value: RawRepresentable<String>>(_ cases: [Value], _ label: (Value) -> String)
        -> [String: String]
    {
        Dictionary(uniqueKeysWithValues: cases.map { ($0.rawValue, label($0)) })
    }
}

/// Any JSON value, decoded so booleans stay `Bool` (JSONSerialization would give NSNumber on Linux).
private enum JSONValue: Decodable {
    case string(String), number(Double), integer(Int), bool(Bool), null
    case array([JSONValue]), object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int.self) { self = .integer(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    /// The plain Swift value (nil for JSON null, which Mustache treats as absent).
    var plain: Any? {
        switch self {
        case .string(let value): value
        case .number(let value): value
        case .integer(let value): value
        case .bool(let value): value
        case .null: nil
        case .array(let values): values.compactMap(\.plain)
        case .object(let object): object.compactMapValues(\.plain)
        }
    }
}
