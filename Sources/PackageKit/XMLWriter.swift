/// Writes XML into a growing byte buffer: escapes text and attribute values and drops characters XML 1.0 cannot
/// hold, counting them. Appending UTF-8 bytes keeps writing linear, so packaging is bound by deflate.
public struct XMLWriter: Sendable {
    /// The UTF-8 bytes written so far.
    public private(set) var bytes: [UInt8] = []
    /// Characters dropped from text and attribute values (control characters, U+FFFE, U+FFFF).
    public private(set) var removedCharacterCount = 0

    /// An empty writer that reserves room for `capacity` bytes.
    public init(capacity: Int = 1 << 14) { bytes.reserveCapacity(capacity) }

    /// Writes `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` and a newline.
    public mutating func declaration() {
        raw("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
    }

    /// Writes `<name` and the attributes, leaving the tag open for more attributes.
    public mutating func start(_ name: String, _ attributes: [(String, String)] = []) {
        bytes.append(UInt8(ascii: "<"))
        raw(name)
        for (key, value) in attributes { attribute(key, value) }
    }

    /// Writes ` name="value"` with the value escaped.
    public mutating func attribute(_ name: String, _ value: String) {
        bytes.append(UInt8(ascii: " "))
        raw(name)
        raw("=\"")
        escaped(value, inAttribute: true)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Closes a start tag with `>`.
    public mutating func endStart() { bytes.append(UInt8(ascii: ">")) }

    /// Closes a start tag as an empty element with `/>`.
    public mutating func endEmpty() { raw("/>") }

    /// Writes `<name attributes>`.
    public mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        start(name, attributes)
        endStart()
    }

    /// Writes `</name>`.
    public mutating func close(_ name: String) {
        raw("</")
        raw(name)
        bytes.append(UInt8(ascii: ">"))
    }

    /// Writes `<name attributes/>`.
    public mutating func empty(_ name: String, _ attributes: [(String, String)] = []) {
        start(name, attributes)
        endEmpty()
    }

    /// Writes `<name attributes>text</name>`.
    public mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        open(name, attributes)
        self.text(text)
        close(name)
    }

    /// Writes character data, escaped.
    public mutating func text(_ string: String) { escaped(string, inAttribute: false) }

    /// Writes markup as is; only for names and literals known to be well-formed.
    public mutating func raw(_ markup: String) {
        var markup = markup
        markup.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends another writer's output (a part built separately) and its removal count.
    public mutating func append(_ other: XMLWriter) {
        bytes.append(contentsOf: other.bytes)
        removedCharacterCount += other.removedCharacterCount
    }

    private mutating func escaped(_ string: String, inAttribute: Bool) {
        var string = string
        string.withUTF8 { utf8 in
            var index = 0
            let count = utf8.count
            while index < count {
                let byte = utf8[index]
                switch byte {
                case UInt8(ascii: "<"): raw("&lt;")
                case UInt8(ascii: ">"): raw("&gt;")
                case UInt8(ascii: "&"): raw("&amp;")
                case UInt8(ascii: "\"") where inAttribute: raw("&quot;")
                case UInt8(ascii: "'") where inAttribute: raw("&apos;")
                // Attribute values normalise whitespace; character references keep tabs and newlines intact.
                case 0x09 where inAttribute: raw("&#9;")
                case 0x0A where inAttribute: raw("&#10;")
                case 0x0D: raw("&#13;")
                case 0x09, 0x0A: bytes.append(byte)
                case 0x00..<0x20:
                    // C0 controls other than tab, newline and carriage return are not XML 1.0 characters.
                    removedCharacterCount += 1
                case 0xEF where index + 2 < count && utf8[index + 1] == 0xBF && (utf8[index + 2] == 0xBE || utf8[index + 2] == 0xBF):
                    // U+FFFE and U+FFFF are noncharacters excluded from XML 1.0.
                    removedCharacterCount += 1
                    index += 2
                default: bytes.append(byte)
                }
                index += 1
            }
        }
    }
}
