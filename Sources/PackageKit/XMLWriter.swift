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
        let attention = inAttribute ? Self.attributeAttention : Self.textAttention
        string.withUTF8 { utf8 in
            // Copy runs of ordinary bytes in one go; only markup, controls and U+FFFE/U+FFFF need a look.
            var runStart = 0
            var index = 0
            let count = utf8.count
            while index < count {
                let byte = utf8[index]
                guard attention[Int(byte)] else {
                    index += 1
                    continue
                }
                if byte == 0xEF {
                    // U+FFFE and U+FFFF (EF BF BE / EF BF BF) are noncharacters excluded from XML 1.0.
                    guard index + 2 < count, utf8[index + 1] == 0xBF, utf8[index + 2] == 0xBE || utf8[index + 2] == 0xBF
                    else {
                        index += 1
                        continue
                    }
                    append(utf8, from: runStart, to: index)
                    removedCharacterCount += 1
                    index += 3
                    runStart = index
                    continue
                }
                append(utf8, from: runStart, to: index)
                switch byte {
                case UInt8(ascii: "<"): raw("&lt;")
                case UInt8(ascii: ">"): raw("&gt;")
                case UInt8(ascii: "&"): raw("&amp;")
                case UInt8(ascii: "\""): raw("&quot;")
                case UInt8(ascii: "'"): raw("&apos;")
                // Attribute values normalise whitespace; character references keep tabs and newlines intact.
                case 0x09 where inAttribute: raw("&#9;")
                case 0x0A where inAttribute: raw("&#10;")
                case 0x0D: raw("&#13;")
                case 0x09, 0x0A: bytes.append(byte)
                default:
                    // C0 controls other than tab, newline and carriage return are not XML 1.0 characters.
                    removedCharacterCount += 1
                }
                index += 1
                runStart = index
            }
            append(utf8, from: runStart, to: count)
        }
    }

    private mutating func append(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
        if start < end { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<end])) }
    }

    /// Bytes that need more than copying in character data: C0 controls, `<`, `>`, `&` and 0xEF (which may start
    /// U+FFFE/U+FFFF).
    private static let textAttention: [Bool] = (0...255).map { byte in
        byte < 0x20 || byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0xEF
    }
    /// In attribute values also the quotes.
    private static let attributeAttention: [Bool] = (0...255).map { byte in
        textAttention[byte] || byte == 0x22 || byte == 0x27
    }
}
