/// Reads inline markup: `**bold**`, `__underline__`, check boxes, `[page:NAME]`, backslash escapes, `\n`.
enum InlineParser {
    static func parse(_ text: String) -> [MarkupInline] {
        var builder = InlineBuilder()
        var rest = Substring(text)
        while let character = rest.first {
            if character == "\\" {
                rest = rest.dropFirst()
                guard let escaped = rest.first else {
                    builder.append("\\")
                    break
                }
                if escaped == "n" { builder.lineBreak() } else { builder.append(escaped) }
                rest = rest.dropFirst()
            } else if rest.hasPrefix("**") {
                builder.toggleBold()
                rest = rest.dropFirst(2)
            } else if rest.hasPrefix("__") {
                builder.toggleUnderline()
                rest = rest.dropFirst(2)
            } else if let (mark, length) = checkBox(at: rest) {
                builder.append(mark)
                rest = rest.dropFirst(length)
            } else if rest.hasPrefix("[page:"), let close = rest.firstIndex(of: "]") {
                let name = rest[rest.index(rest.startIndex, offsetBy: 6)..<close]
                builder.pageReference(unescaped(name))
                rest = rest[rest.index(after: close)...]
            } else {
                builder.append(character)
                rest = rest.dropFirst()
            }
        }
        return builder.finish()
    }

    /// A bookmark name as written, without the escapes values get (`item\-1` → `item-1`).
    private static func unescaped(_ text: Substring) -> String {
        var result = ""
        var escaping = false
        for character in text {
            if !escaping, character == "\\" {
                escaping = true
            } else {
                result.append(character)
                escaping = false
            }
        }
        return result
    }

    /// `[x]` → ☑, `[ ]` → ☐, `[-]` → ☒.
    private static func checkBox(at text: Substring) -> (Character, Int)? {
        // `count` would walk the whole rest of the text for every character: quadratic on long values.
        guard text.first == "[", let close = text.index(text.startIndex, offsetBy: 2, limitedBy: text.endIndex),
              close < text.endIndex, text[close] == "]" else { return nil }
        let inner = text[text.index(after: text.startIndex)]
        switch inner {
        case "x", "X": return ("☑", 3)
        case " ": return ("☐", 3)
        case "-": return ("☒", 3)
        default: return nil
        }
    }
}

/// Collects characters into runs of equal formatting.
private struct InlineBuilder {
    private var inlines: [MarkupInline] = []
    private var pending = ""
    private var bold = false
    private var underline = false

    mutating func append(_ character: Character) { pending.append(character) }

    mutating func toggleBold() {
        flushText()
        bold.toggle()
    }

    mutating func toggleUnderline() {
        flushText()
        underline.toggle()
    }

    mutating func lineBreak() {
        flushText()
        inlines.append(.lineBreak)
    }

    mutating func pageReference(_ bookmark: String) {
        flushText()
        inlines.append(.pageReference(bookmark: bookmark))
    }

    mutating func finish() -> [MarkupInline] {
        flushText()
        return inlines
    }

    private mutating func flushText() {
        guard !pending.isEmpty else { return }
        inlines.append(.text(pending, bold: bold, underline: underline))
        pending = ""
    }
}
