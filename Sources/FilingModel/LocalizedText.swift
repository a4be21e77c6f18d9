import Foundation

/// The two languages filingpack speaks: messages are written in both, shown in one.
public enum Language: String, Sendable, Codable, CaseIterable {
    case zh, en

    /// Chinese when the locale (LC_ALL, LC_MESSAGES, LANG) is Chinese, English otherwise.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment)
        -> Language
    {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("zh") ? .zh : .en
            }
        }
        return .en
    }
}

/// A message in Chinese and English.
public struct LocalizedText: Sendable, Codable, Equatable, Hashable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    public func text(in language: Language) -> String { language == .zh ? zh : en }
}
