import FilingModel
import Foundation
import Yams

/// Turns Yams errors into load errors with line and column.
enum YAMLErrorMapping {
    static func loadError(_ error: YamlError, text: String, file: String) -> DossierLoadError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { "\(problem) (\($0.text) \($0.mark.line):\($0.mark.column))" } ?? problem
            return DossierLoadError(
                file: file, line: mark.line, column: mark.column, message: Messages.yamlSyntax(detail))
        case let .reader(problem, offset, _, _):
            let bytes = Array(text.utf8)
            let position = offset.map { SourceText.position(ofByte: min($0, bytes.count), in: bytes) }
            return DossierLoadError(
                file: file, line: position?.line, column: position?.column, message: Messages.yamlSyntax(problem))
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? ""
            let repeated = secondOccurrence(of: key, after: context.mark, in: text)
            return DossierLoadError(
                file: file, line: repeated?.line ?? context.mark.line, column: repeated?.column ?? context.mark.column,
                message: Messages.duplicateKey(key), hint: Messages.duplicateKeyHint)
        default:
            return DossierLoadError(file: file, message: Messages.yamlSyntax(String(describing: error)))
        }
    }

    /// Yams points at the first occurrence of a duplicated key; the mistake is usually the repeat, written
    /// further down at the same indentation.
    static func secondOccurrence(of key: String, after first: Mark, in text: String) -> (line: Int, column: Int)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let column = first.column - 1
        var index = first.line
        while index < lines.count {
            let scalars = Array(lines[index].unicodeScalars)
            let indentation = scalars.prefix { $0 == " " || $0 == "-" }.count
            let isContent = indentation < scalars.count && scalars[indentation] != "#"
            if isContent, indentation < column { return nil }
            if indentation == column {
                let rest = String(String.UnicodeScalarView(scalars[column...]))
                if rest.hasPrefix(key), rest.dropFirst(key.count).drop(while: { $0 == " " }).hasPrefix(":") {
                    return (index + 1, first.column)
                }
            }
            index += 1
        }
        return nil
    }
}
