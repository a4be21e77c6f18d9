/// Characters XML 1.0 can hold (§2.2): tab, newline, carriage return, U+0020–U+D7FF, U+E000–U+FFFD,
/// U+10000–U+10FFFF; C0 controls and U+FFFE/U+FFFF are not among them.
public enum XMLText {
    /// True when an XML 1.0 document may contain the scalar.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// The text without the characters XML 1.0 cannot hold, adding how many were dropped to `removed`.
    public static func cleaned(_ text: String, removed: inout Int) -> String {
        guard needsCleaning(text) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isAllowed(scalar) { scalars.append(scalar) } else { removed += 1 }
        }
        return String(scalars)
    }

    /// True when the text holds a character XML 1.0 cannot; a byte scan, since C0 controls other than tab, newline
    /// and carriage return, and U+FFFE / U+FFFF (EF BF BE, EF BF BF) are the only UTF-8 sequences it excludes.
    public static func needsCleaning(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { return true }
                if byte == 0xEF, index + 2 < utf8.count, utf8[index + 1] == 0xBF, utf8[index + 2] >= 0xBE { return true }
                index += 1
            }
            return false
        }
    }
}
