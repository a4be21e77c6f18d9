import FilingModel

/// Why a profile file was rejected, with the file, line and column of the offending value.
public struct ProfileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    /// Key path inside the profile, e.g. `items[3].evidence[0].path`.
    public var field: String?
    public var message: LocalizedText

    public init(file: String, line: Int? = nil, column: Int? = nil, field: String? = nil, message: LocalizedText) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.message = message
    }

    /// `file:line:col: field: message` in one language.
    public func formatted(in language: Language) -> String {
        var place = file
        if let line { place += ":\(line)" + (column.map { ":\($0)" } ?? "") }
        let prefix = field.map { "\($0): " } ?? ""
        return "\(place): \(prefix)\(message.text(in: language))"
    }

    public var description: String { formatted(in: .en) }
}
