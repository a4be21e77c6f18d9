import FilingModel
import Foundation
import Yams

/// Checks a composed YAML tree against the dossier schema, collecting every problem, recording where each
/// field was written, and producing the JSON-shaped value the model is decoded from.
///
/// YAML scalars are typed by the schema: a string field takes quoted or plain text (and plain dates), an
/// integer field only an integer. An empty value (`fax:`) of an optional field counts as absent.
struct SchemaValidator {
    /// Problems collected before giving up: a hundred lines of errors is already more than anyone reads.
    static let problemLimit = 100
    /// Entries a list may have: real dossiers list tens of people or files; thousands mean a generated or
    /// broken file, and every entry costs pages in the binder.
    static let listLimit = 1_000

    let schema: DossierSchema
    let file: String
    let valueLimit: Int
    private(set) var problems: [DossierLoadError] = []
    private(set) var locations: [String: SourceLocation] = [:]
    /// Field path → how many characters XML 1.0 cannot hold were removed from its text.
    private(set) var removedCharacters: [String: Int] = [:]
    private var visited = 0

    /// `valueLimit` bounds the values visited, so alias bombs (billion laughs) stop early instead of
    /// exhausting memory and time.
    init(schema: DossierSchema, file: String, valueLimit: Int) {
        self.schema = schema
        self.file = file
        self.valueLimit = valueLimit
    }

    /// Validates `node` at `path`; returns its JSON-shaped value (meaningful only when no problem was found).
    /// Throws only when the value limit is exceeded.
    mutating func check(_ node: Node, against schemaNode: SchemaNode, path: String) throws(DossierLoadError) -> Any? {
        visited += 1
        if problems.count >= Self.problemLimit {
            let cut = DossierLoadError(
                file: file, line: problems.last?.line, column: problems.last?.column,
                message: Messages.tooManyProblems(limit: Self.problemLimit))
            throw DossierLoadError(collecting: problems + [cut])
        }
        guard visited <= valueLimit else {
            throw DossierLoadError(
                file: file, line: node.mark?.line, column: node.mark?.column, fieldPath: path,
                message: Messages.tooManyValues(limit: valueLimit))
        }
        let rule = schema.resolved(schemaNode)
        if !rule.oneOf.isEmpty { return try checkOneOf(node, rule: rule, path: path) }
        if !rule.types.isEmpty, !rule.types.contains(where: { Self.matches(node, type: $0) }) {
            let personal = Self.isPersonalData(path)
            report(node, path: path, message: Messages.wrongType(expected: rule.types, found: Self.found(node, masked: personal)),
                   hint: quoteHint(for: node, rule: rule, masked: personal))
            return nil
        }
        switch node {
        case let .mapping(mapping):
            return try checkMapping(mapping, rule: rule, path: path)
        case let .sequence(sequence):
            return try checkSequence(sequence, rule: rule, path: path)
        case let .scalar(scalar):
            return checkScalar(scalar, node: node, rule: rule, path: path)
        case .alias:
            // The composer resolves aliases; an unresolved one is left as absent.
            return nil
        }
    }

    private mutating func checkMapping(_ mapping: Node.Mapping, rule: SchemaNode, path: String) throws(DossierLoadError)
        -> Any?
    {
        var object: [String: Any] = [:]
        var present: Set<String> = []
        for (keyNode, valueNode) in mapping {
            guard case let .scalar(keyScalar) = keyNode else {
                report(keyNode, path: path, message: Messages.nonTextKey)
                continue
            }
            let key = keyScalar.string
            let childPath = path.isEmpty ? key : "\(path).\(key)"
            guard let childRule = rule.properties[key] else {
                if !rule.allowsAdditionalProperties {
                    reportUnknownKey(key, at: keyNode, path: childPath, allowed: rule.propertyNames)
                }
                continue
            }
            present.insert(key)
            let keyMark = keyNode.mark
            // Scalars are located at their value, collections at their key.
            let locationMark = valueNode.scalar != nil ? valueNode.mark ?? keyMark : keyMark
            record(childPath, mark: locationMark)
            if Self.tagName(of: valueNode) == .null, valueNode.scalar != nil {
                if rule.required.contains(key) {
                    report(valueNode, path: childPath, message: Messages.requiredWithoutValue, fallback: keyMark)
                }
                continue
            }
            if let value = try check(valueNode, against: childRule, path: childPath) {
                object[key] = value
            }
        }
        for key in rule.required where !present.contains(key) {
            let childPath = path.isEmpty ? key : "\(path).\(key)"
            let at = locations[path] ?? SourceLocation(file: file, line: 1, column: 1)
            problems.append(DossierLoadError(
                file: file, line: at.line, column: at.column, fieldPath: childPath,
                message: Messages.missingRequired(key)))
        }
        return object
    }

    private mutating func checkSequence(_ sequence: Node.Sequence, rule: SchemaNode, path: String)
        throws(DossierLoadError) -> Any?
    {
        if let minimum = rule.minItems, sequence.count < minimum {
            report(.sequence(sequence), path: path, message: Messages.tooFewItems(minimum))
        }
        guard sequence.count <= Self.listLimit else {
            report(.sequence(sequence), path: path, message: Messages.tooManyItems(sequence.count, limit: Self.listLimit))
            return nil
        }
        var array: [Any] = []
        for (index, item) in sequence.enumerated() {
            let itemPath = "\(path)[\(index)]"
            record(itemPath, mark: item.mark)
            guard let itemRule = rule.items else { continue }
            if let value = try check(item, against: itemRule, path: itemPath) { array.append(value) }
        }
        return array
    }

    private mutating func checkScalar(_ scalar: Node.Scalar, node: Node, rule: SchemaNode, path: String) -> Any? {
        let text = scalar.string
        if let allowed = rule.enumValues, !allowed.contains(text) {
            let hint = KeySuggestion.closest(to: text, among: allowed).map(Messages.didYouMean)
            report(node, path: path, message: Messages.notInEnum(text, allowed: allowed), hint: hint)
            return nil
        }
        if rule.format == "date", LocalDate(parsing: text) == nil {
            report(node, path: path, message: Messages.invalidDate(text))
            return nil
        }
        if let pattern = rule.pattern, !Self.text(text, matches: pattern) {
            report(node, path: path, message: Messages.patternMismatch(text, pattern: pattern),
                   hint: rule.description.map { LocalizedText(zh: $0, en: $0) })
            return nil
        }
        switch Self.kind(of: node) {
        case .integer where rule.types.contains(.integer) || rule.types.contains(.number):
            guard let number = node.int ?? Int(text) else { return text }
            if let minimum = rule.minimum, number < minimum {
                report(node, path: path, message: Messages.belowMinimum(minimum))
            }
            return number
        case .number where rule.types.contains(.number):
            return node.float ?? text
        case .boolean where rule.types.contains(.boolean):
            return node.bool ?? text
        default:
            return cleaned(text, path: path)
        }
    }

    /// `text` without the characters XML 1.0 cannot hold (YAML escapes such as `"\x01"` or `"\uFFFE"` can
    /// write them); the binder could not carry them, so they are dropped here once and the field recorded.
    private mutating func cleaned(_ text: String, path: String) -> String {
        let isAllowed: (Unicode.Scalar) -> Bool = { scalar in
            switch scalar.value {
            case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
            default: false
            }
        }
        guard !text.unicodeScalars.allSatisfy(isAllowed) else { return text }
        var kept = String.UnicodeScalarView()
        var removed = 0
        for scalar in text.unicodeScalars {
            if isAllowed(scalar) { kept.append(scalar) } else { removed += 1 }
        }
        removedCharacters[path, default: 0] += removed
        return String(kept)
    }

    /// `oneOf`: exactly one alternative must fit; when none does, the one of the same shape explains why.
    private mutating func checkOneOf(_ node: Node, rule: SchemaNode, path: String) throws(DossierLoadError) -> Any? {
        let ownProblems = problems
        var fitting: [(SchemaValidator, Any?)] = []
        var sameShape: SchemaValidator?
        for alternative in rule.oneOf {
            var attempt = self
            attempt.problems = []
            let value = try attempt.check(node, against: alternative, path: path)
            if attempt.problems.isEmpty { fitting.append((attempt, value)) }
            let types = schema.resolved(alternative).types
            if sameShape == nil, types.contains(where: { Self.matches(node, type: $0) }) { sameShape = attempt }
        }
        if fitting.count == 1, let (attempt, value) = fitting.first {
            self = attempt
            problems = ownProblems
            return value
        }
        if let sameShape {
            self = sameShape
            problems = ownProblems + sameShape.problems
            return nil
        }
        let expected = rule.oneOf.flatMap { schema.resolved($0).types }
        report(node, path: path, message: Messages.wrongType(expected: expected, found: Self.found(node)))
        return nil
    }

    // MARK: - Reporting

    private mutating func record(_ path: String, mark: Mark?) {
        guard let mark else { return }
        locations[path] = SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    private mutating func report(_ node: Node, path: String, message: LocalizedText, hint: LocalizedText? = nil,
                                 fallback: Mark? = nil) {
        let mark = node.mark ?? fallback
        problems.append(DossierLoadError(
            file: file, line: mark?.line, column: mark?.column, fieldPath: path, message: message, hint: hint))
    }

    private mutating func reportUnknownKey(_ key: String, at keyNode: Node, path: String, allowed: [String]) {
        let hint: LocalizedText? = if let suggestion = KeySuggestion.closest(to: key, among: allowed) {
            Messages.didYouMean(suggestion)
        } else if allowed.count <= 12 {
            Messages.allowedKeys(allowed)
        } else {
            nil
        }
        report(keyNode, path: path, message: Messages.unknownKey(key), hint: hint)
    }

    private func quoteHint(for node: Node, rule: SchemaNode, masked: Bool) -> LocalizedText? {
        guard rule.types == [.string], let scalar = node.scalar, Self.kind(of: node) != .null else { return nil }
        return Messages.quoteHint(masked ? PersonalData.mask(scalar.string) : scalar.string)
    }

    /// Fields whose values are personal data, shown masked in load errors as in findings.
    private static let personalFields: Set<Substring> = ["id_number", "phone", "mobile"]

    static func isPersonalData(_ path: String) -> Bool {
        let last = path.split(separator: ".").last ?? ""
        return personalFields.contains(last.split(separator: "[").first ?? "")
    }

    // MARK: - YAML typing

    /// The JSON type a YAML node resolves to under the YAML core schema.
    static func kind(of node: Node) -> SchemaType {
        switch node {
        case .mapping: return .object
        case .sequence: return .array
        case .scalar, .alias:
            switch tagName(of: node) {
            case .int: return .integer
            case .float: return .number
            case .bool: return .boolean
            case .null: return .null
            default: return .string
            }
        }
    }

    /// The resolved YAML tag (`Tag.name` is internal to Yams; its raw value is not).
    static func tagName(of node: Node) -> Tag.Name {
        Tag.Name(rawValue: node.tag.rawValue)
    }

    static func matches(_ node: Node, type: SchemaType) -> Bool {
        let kind = kind(of: node)
        switch type {
        case .number: return kind == .number || kind == .integer
        // A plain date (`2026-12-01`) resolves to a timestamp, which is text here.
        case .string: return kind == .string
        default: return kind == type
        }
    }

    static func found(_ node: Node, masked: Bool = false) -> FoundValue {
        let text = node.scalar?.string ?? ""
        return switch kind(of: node) {
        case .object: .mapping
        case .array: .sequence
        case .null: .null
        case let kind: .scalar(kind: kind, text: masked ? PersonalData.mask(text) : text)
        }
    }

    private static func text(_ text: String, matches pattern: String) -> Bool {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return true }
        let range = NSRange(text.startIndex..., in: text)
        return expression.firstMatch(in: text, range: range) != nil
    }
}
