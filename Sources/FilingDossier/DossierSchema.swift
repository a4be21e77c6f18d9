import FilingModel
import Foundation

/// The published dossier schema (`templates/dossier.schema.json`), read into the subset of JSON Schema
/// 2020-12 the loader checks: `type`, `properties`, `required`, `additionalProperties: false`, `items`,
/// `enum`, `pattern`, `format: date`, `oneOf`, `minItems`, `minimum` and local `$ref`s into `$defs`.
/// Annotations (`description`, `title` …) are kept for messages or ignored.
public struct DossierSchema: Sendable {
    /// The schema's file name inside the templates folder.
    public static let fileName = "dossier.schema.json"

    let root: SchemaNode
    let definitions: [String: SchemaNode]

    /// Reads the schema from a file, or throws a load error naming that file.
    public init(contentsOf url: URL) throws(DossierLoadError) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DossierLoadError(
                file: url.path, message: Messages.schemaUnreadable(error.localizedDescription),
                hint: Messages.templatesHint)
        }
        try self.init(data: data, file: url.path)
    }

    /// Reads the schema from JSON data; `file` names it in errors.
    public init(data: Data, file: String = fileName) throws(DossierLoadError) {
        do {
            guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw SchemaFormatError(reason: "the top level is not an object")
            }
            root = try SchemaNode(object)
            let definitionObjects = object["$defs"] as? [String: Any] ?? [:]
            var definitions: [String: SchemaNode] = [:]
            for (name, value) in definitionObjects {
                guard let definition = value as? [String: Any] else {
                    throw SchemaFormatError(reason: "$defs.\(name) is not an object")
                }
                definitions[name] = try SchemaNode(definition)
            }
            self.definitions = definitions
        } catch {
            throw DossierLoadError(file: file, message: Messages.schemaInvalid(String(describing: error)))
        }
    }

    /// The schema `node` stands for, following `$ref`s.
    func resolved(_ node: SchemaNode) -> SchemaNode {
        var current = node
        var hops = 0
        while let reference = current.reference, hops < 32,
              let target = definitions[String(reference.dropFirst("#/$defs/".count))] {
            current = target
            hops += 1
        }
        return current
    }
}

/// A malformed schema file (a bug in the templates, not in the user's dossier).
struct SchemaFormatError: Error, CustomStringConvertible {
    var reason: String
    var description: String { reason }
}

/// The JSON types a schema names.
enum SchemaType: String, Sendable {
    case string, integer, number, boolean, object, array, null
}

/// One schema object, immutable once read.
final class SchemaNode: Sendable {
    let types: [SchemaType]
    let description: String?
    /// Property names in schema order, for suggestions and messages.
    let propertyNames: [String]
    let properties: [String: SchemaNode]
    let required: [String]
    let allowsAdditionalProperties: Bool
    let items: SchemaNode?
    let enumValues: [String]?
    let pattern: String?
    let format: String?
    let oneOf: [SchemaNode]
    let reference: String?
    let minItems: Int?
    let minimum: Int?

    init(_ object: [String: Any]) throws {
        switch object["type"] {
        case let name as String:
            types = [try Self.type(named: name)]
        case let names as [String]:
            types = try names.map(Self.type(named:))
        default:
            types = []
        }
        description = object["description"] as? String
        let propertyObjects = object["properties"] as? [String: Any] ?? [:]
        var properties: [String: SchemaNode] = [:]
        for (name, value) in propertyObjects {
            guard let child = value as? [String: Any] else {
                throw SchemaFormatError(reason: "property \(name) is not an object")
            }
            properties[name] = try SchemaNode(child)
        }
        self.properties = properties
        // JSONSerialization loses key order; keep a stable, readable order for messages.
        propertyNames = properties.keys.sorted()
        required = object["required"] as? [String] ?? []
        allowsAdditionalProperties = (object["additionalProperties"] as? Bool) ?? true
        items = try (object["items"] as? [String: Any]).map(SchemaNode.init)
        enumValues = (object["enum"] as? [Any])?.map { "\($0)" }
        pattern = object["pattern"] as? String
        format = object["format"] as? String
        oneOf = try (object["oneOf"] as? [[String: Any]] ?? []).map(SchemaNode.init)
        reference = object["$ref"] as? String
        minItems = object["minItems"] as? Int
        minimum = object["minimum"] as? Int
    }

    private static func type(named name: String) throws -> SchemaType {
        guard let type = SchemaType(rawValue: name) else {
            throw SchemaFormatError(reason: "unknown type \(name)")
        }
        return type
    }
}
