import Mustache

/// Escaping of values inserted into filingpack markup, so that any value prints literally.
public enum MarkupEscaping {
    /// Characters that mean something somewhere in the markup; a backslash before each prints it as is.
    /// `-` and `%` only matter at the start of a line, but escaping them everywhere is harmless.
    public static let specialCharacters: Set<Character> = ["\\", "*", "_", "|", "[", "]", "#", ":", "^", "<", "-", "%"]

    /// `value` with every markup character escaped and line breaks written as `\n`.
    public static func escape(_ value: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(value.utf8.count)
        // "\r\n" is a single Character in Swift, so each line break is seen once.
        for character in value {
            switch character {
            case "\r\n", "\r", "\n", "\u{2028}", "\u{2029}":
                escaped += "\\n"
            default:
                if specialCharacters.contains(character) { escaped.append("\\") }
                escaped.append(character)
            }
        }
        return escaped
    }
}

/// The Mustache content type that escapes every `{{value}}` for the markup.
struct MarkupContentType: MustacheContentType {
    /// Name used in the `{{% CONTENT_TYPE: … }}` pragma the renderer puts in front of each template.
    static let name = "FILINGPACK_MARKUP"

    func escapeText(_ text: String) -> String { MarkupEscaping.escape(text) }
}
