import Foundation
import Yams

/// A manual set's `manual.yaml`: what the manual is called and which templates it is made of, in order
/// (docs/manuals.md, "Manifest").
public struct ManualManifest: Sendable, Equatable, Decodable {
    /// The set's ID; equals its folder name and the value of `--set`.
    public var id: String
    /// Manual title printed on the cover and in page headers.
    public var title: String
    /// Line under the title, if any.
    public var subtitle: String?
    /// Version printed when the command line gives none.
    public var version: String
    /// Prefix of every document code (`IPIS` → `IPIS-ZD-01`).
    public var code: String
    /// Front-matter templates (cover, changes, approval, contents …), in order.
    public var front: [String]
    /// Who drafts, reviews and approves it.
    public var approval: Approval
    /// Empty rows in forms and in the change record.
    public var blankRows: Int
    /// Earlier revisions, printed in the change record.
    public var changes: [Revision]
    /// Department roles added to or overriding `manuals/departments.yaml`.
    public var departments: [String: DepartmentRole]
    /// The numbered parts, in order.
    public var parts: [Part]

    /// Who drafts, reviews and approves the manual.
    public struct Approval: Sendable, Equatable, Decodable {
        public var draftedBy: Signatory
        public var reviewedBy: Signatory
        public var approvedBy: Signatory

        enum CodingKeys: String, CodingKey {
            case draftedBy = "drafted_by", reviewedBy = "reviewed_by", approvedBy = "approved_by"
        }
    }

    /// A dossier path to a person (`people.website_head`) and the role printed beside the name.
    public struct Signatory: Sendable, Equatable, Decodable {
        /// Dotted dossier path to a person or contact, e.g. `people.website_head`.
        public var person: String
        /// Role printed beside the name, e.g. 网站负责人.
        public var position: String
    }

    /// One row of the change record (文件变更记录).
    public struct Revision: Sendable, Equatable, Decodable {
        public var version: String
        public var date: String
        public var change: String
        public var reason: String
        public var effectiveDate: String

        enum CodingKeys: String, CodingKey {
            case version, date, change, reason, effectiveDate = "effective_date"
        }
    }

    /// A numbered group of items (管理制度, 岗位职责, 记录表格).
    public struct Part: Sendable, Equatable, Decodable {
        public var title: String
        public var kind: Kind
        /// Middle part of the document codes of this part's items.
        public var code: String
        /// Items in print order; numbered from 1 within the part.
        public var items: [Item]
    }

    /// What an item is; picks the header template `<kind>-header`.
    public enum Kind: String, Sendable, Equatable, Decodable {
        case policy, duty, form
    }

    /// One policy, duty or form.
    public struct Item: Sendable, Equatable, Decodable {
        /// Template name relative to the set folder, without extension.
        public var file: String
        /// Title; itself a Mustache template.
        public var title: String
        /// True to lay the item out on landscape pages.
        public var landscape: Bool
    }

    enum CodingKeys: String, CodingKey {
        case id, title, subtitle, version, code, front, approval, changes, departments, parts
        case blankRows = "blank_rows"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        title = try container.decode(String.self, forKey: .title)
        subtitle = try container.decodeIfPresent(String.self, forKey: .subtitle)
        version = try container.decode(String.self, forKey: .version)
        code = try container.decode(String.self, forKey: .code)
        front = try container.decodeIfPresent([String].self, forKey: .front) ?? []
        approval = try container.decode(Approval.self, forKey: .approval)
        blankRows = try container.decodeIfPresent(Int.self, forKey: .blankRows) ?? 8
        changes = try container.decodeIfPresent([Revision].self, forKey: .changes) ?? []
        departments = try container.decodeIfPresent([String: DepartmentRole].self, forKey: .departments) ?? [:]
        parts = try container.decode([Part].self, forKey: .parts)
        guard (0...60).contains(blankRows) else {
            throw DecodingError.dataCorruptedError(
                forKey: .blankRows, in: container, debugDescription: "blank_rows must be between 0 and 60")
        }
    }

    /// Reads a manifest; errors name the file and, where YAML gives one, the line.
    public static func load(contentsOf url: URL) throws(ManualSetError) -> ManualManifest {
        try YAMLFile.decode(ManualManifest.self, from: url)
    }
}

extension ManualManifest.Item {
    enum CodingKeys: String, CodingKey { case file, title, landscape }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        file = try container.decode(String.self, forKey: .file)
        title = try container.decode(String.self, forKey: .title)
        landscape = try container.decodeIfPresent(Bool.self, forKey: .landscape) ?? false
    }
}

/// A department role: keywords matched against the client's department names, and the name printed when
/// none matches.
public struct DepartmentRole: Sendable, Equatable, Decodable {
    /// Tried in order against the department names.
    public var keywords: [String]
    /// Printed when no department matches.
    public var fallback: String

    public init(keywords: [String], fallback: String) {
        self.keywords = keywords
        self.fallback = fallback
    }
}

/// A manual set that cannot be found or read, naming the file (and line when known).
public struct ManualSetError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var message: String

    /// An error in `file`.
    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)" }
}

/// Decoding of small YAML data files (manifests, department roles), with errors naming the file.
enum YAMLFile {
    static func decode<Value: Decodable>(_ type: Value.Type, from url: URL) throws(ManualSetError) -> Value {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ManualSetError(file: url.path, message: "cannot read the file as UTF-8 text")
        }
        do {
            return try YAMLDecoder().decode(type, from: text)
        } catch let error as YamlError {
            throw ManualSetError(file: url.path, line: line(of: error), message: "\(error)")
        } catch let error as DecodingError {
            throw ManualSetError(file: url.path, message: describe(error))
        } catch {
            throw ManualSetError(file: url.path, message: "\(error)")
        }
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return nil
        }
    }

    /// `parts[0].items[2].title: missing` for a decoding error.
    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
                .trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): required field missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
