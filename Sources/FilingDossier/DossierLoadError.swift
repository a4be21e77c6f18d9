import FilingModel
import Foundation

/// Why a dossier file could not be loaded, with where and which field.
///
/// A schema check finds every problem at once: the first is described by this value's own fields, the
/// others by `moreProblems`; `problems` lists them all in file order.
public struct DossierLoadError: Error, Sendable, Equatable {
    public var file: String
    public var line: Int?
    public var column: Int?
    /// Field path as written in the file, e.g. `people.professionals[1].diploma.level`.
    public var fieldPath: String?
    public var message: LocalizedText
    public var hint: LocalizedText?
    /// Further problems found in the same file, after this one.
    public var moreProblems: [DossierLoadError]

    public init(file: String, line: Int? = nil, column: Int? = nil, fieldPath: String? = nil,
                message: LocalizedText, hint: LocalizedText? = nil, moreProblems: [DossierLoadError] = []) {
        self.file = file
        self.line = line
        self.column = column
        self.fieldPath = fieldPath
        self.message = message
        self.hint = hint
        self.moreProblems = moreProblems
    }

    /// Combines several problems (at least one) into one error, ordered by position in the file.
    init(collecting problems: [DossierLoadError]) {
        let ordered = problems.enumerated().sorted { lhs, rhs in
            let left = (lhs.element.line ?? 0, lhs.element.column ?? 0, lhs.offset)
            let right = (rhs.element.line ?? 0, rhs.element.column ?? 0, rhs.offset)
            return left < right
        }.map(\.element)
        self = ordered[0]
        moreProblems = Array(ordered.dropFirst())
    }

    /// Every problem, this one first, each without nested problems.
    public var problems: [DossierLoadError] {
        var first = self
        first.moreProblems = []
        return [first] + moreProblems
    }

    /// Where the problem is, as a source location, when the line is known.
    public var location: SourceLocation? {
        line.map { SourceLocation(file: file, line: $0, column: column ?? 1) }
    }

    /// One line per problem: `dossier.yaml:12:5: applicant.postcode: 应为字符串…（提示：…）`.
    public func rendered(in language: Language) -> String {
        problems.map { $0.renderedLine(in: language) }.joined(separator: "\n")
    }

    private func renderedLine(in language: Language) -> String {
        var position = file
        if let line {
            position += ":\(line)"
            if let column { position += ":\(column)" }
        }
        var text = position + ": "
        if let fieldPath, !fieldPath.isEmpty { text += fieldPath + ": " }
        text += message.text(in: language)
        if let hint {
            text += language == .zh ? "（提示：\(hint.zh)）" : " (hint: \(hint.en))"
        }
        return text
    }
}
