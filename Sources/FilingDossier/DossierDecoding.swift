import FilingModel
import Foundation

/// Decodes the schema-checked, JSON-shaped value into the model (snake_case keys → camelCase properties).
///
/// After the schema check this should not fail; if the schema and the model ever drift apart, the error
/// still names the field and the nearest written position.
enum DossierDecoding {
    static func decode(_ value: Any, file: String, locations: [String: SourceLocation]) throws(DossierLoadError)
        -> Dossier
    {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            let data = try JSONSerialization.data(withJSONObject: value)
            return try decoder.decode(Dossier.self, from: data)
        } catch let error as DecodingError {
            let (codingPath, detail) = describe(error)
            let path = fieldPath(codingPath)
            let at = SourceLocation.nearest(to: path, in: locations)
            throw DossierLoadError(
                file: file, line: at?.line, column: at?.column, fieldPath: path,
                message: Messages.decodingFailed(detail))
        } catch {
            throw DossierLoadError(file: file, message: Messages.decodingFailed(String(describing: error)))
        }
    }

    /// `[people, professionals, Index 1, diploma]` → `people.professionals[1].diploma`.
    static func fieldPath(_ codingPath: [CodingKey]) -> String {
        codingPath.reduce(into: "") { path, key in
            if let index = key.intValue {
                path += "[\(index)]"
            } else {
                let name = KeySuggestion.snakeCased(key.stringValue)
                path += path.isEmpty ? name : ".\(name)"
            }
        }
    }

    private static func describe(_ error: DecodingError) -> ([CodingKey], String) {
        switch error {
        case let .keyNotFound(key, context):
            (context.codingPath + [key], context.debugDescription)
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            (context.codingPath, context.debugDescription)
        @unknown default:
            ([], String(describing: error))
        }
    }
}
