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
        guard !text.unicodeScalars.allSatisfy(isAllowed) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isAllowed(scalar) { scalars.append(scalar) } else { removed += 1 }
        }
        return String(scalars)
    }
}
