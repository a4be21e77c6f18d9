import Foundation

/// Metadata written to docProps/core.xml (DOCX) and meta.xml (ODT).
public struct DocumentProperties: Sendable, Hashable {
    public var title: String
    public var subject: String?
    public var author: String
    public var keywords: [String]
    /// Language of the text, BCP 47 (`zh-CN`).
    public var language: String
    /// Creation time; writers never read the clock, so output is reproducible.
    public var created: Date
    public var modified: Date

    /// Properties with fixed dates (take them from the filing date or `sourceDateEpoch`).
    public init(
        title: String, subject: String? = nil, author: String, keywords: [String] = [], language: String = "zh-CN",
        created: Date, modified: Date? = nil
    ) {
        self.title = title
        self.subject = subject
        self.author = author
        self.keywords = keywords
        self.language = language
        self.created = created
        self.modified = modified ?? created
    }

    /// The instant given by `SOURCE_DATE_EPOCH` (seconds since 1970), if set and numeric.
    public static func sourceDateEpoch(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Date? {
        guard let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int64(text.trimmingCharacters(in: .whitespaces))
        else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }
}

/// A format-neutral document: properties, a style sheet and sections of blocks.
public struct Document: Sendable, Hashable {
    public var properties: DocumentProperties
    public var styles: StyleSheet
    public var sections: [Section]

    /// A document; the style sheet defaults to the Chinese official-document styles.
    public init(properties: DocumentProperties, styles: StyleSheet = .chineseOfficial, sections: [Section]) {
        self.properties = properties
        self.styles = styles
        self.sections = sections
    }
}

/// What a writer noticed while writing, without failing.
public struct WriteReport: Sendable, Hashable {
    /// Characters dropped because XML 1.0 cannot hold them (control characters, lone surrogates, U+FFFE/FFFF).
    public var removedCharacterCount: Int
    /// Names of the package entries, in zip order.
    public var entries: [String]

    /// A report.
    public init(removedCharacterCount: Int, entries: [String]) {
        self.removedCharacterCount = removedCharacterCount
        self.entries = entries
    }
}

/// A writer of one office format; `FilingAssembly` can hold any of them.
public protocol DocumentWriter: Sendable {
    /// File extension of the format, without a dot (`docx`, `odt`).
    var fileExtension: String { get }
    /// The package as bytes.
    func write(_ document: Document) throws -> Data
    /// Writes the package to a file (atomically) and reports what was cleaned.
    @discardableResult
    func write(_ document: Document, to url: URL) throws -> WriteReport
}
