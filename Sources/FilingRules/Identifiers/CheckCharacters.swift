/// Check-character algorithms of Chinese identifiers; pure functions over the identifier text.
public enum CheckCharacters {
    /// GB 32100-2015 alphabet: digits and capitals without I, O, S, V, Z; a character's value is its index.
    public static let creditCodeAlphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    /// 3^(i−1) mod 31 for positions 1–17.
    static let creditCodeWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    static let organizationCodeWeights = [3, 7, 9, 10, 5, 8, 4, 2]
    /// 2^(18−i) mod 11 for positions 1–17.
    static let residentIDWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    static let residentIDCheck = Array("10X98765432")

    /// Check character of a unified social credit code's first 17 characters, or nil when the body has
    /// the wrong length or a character outside the alphabet.
    public static func creditCode(body: String) -> Character? {
        let characters = Array(body)
        guard characters.count == 17 else { return nil }
        var sum = 0
        for (character, weight) in zip(characters, creditCodeWeights) {
            guard let value = creditCodeAlphabet.firstIndex(of: character) else { return nil }
            sum += value * weight
        }
        return creditCodeAlphabet[(31 - sum % 31) % 31]
    }

    /// Check character of an organisation code's first 8 characters (GB 11714: digits 0–9, A–Z = 10–35).
    public static func organizationCode(body: String) -> Character? {
        let characters = Array(body)
        guard characters.count == 8 else { return nil }
        var sum = 0
        for (character, weight) in zip(characters, organizationCodeWeights) {
            guard let value = organizationCodeValue(character) else { return nil }
            sum += value * weight
        }
        switch 11 - sum % 11 {
        case 10: return "X"
        case 11: return "0"
        case let digit: return Character(String(digit))
        }
    }

    /// Check character of a resident ID number's first 17 digits (GB 11643-1999, ISO 7064 MOD 11-2).
    public static func residentID(body: String) -> Character? {
        let characters = Array(body)
        guard characters.count == 17 else { return nil }
        var sum = 0
        for (character, weight) in zip(characters, residentIDWeights) {
            guard character.isASCII, let digit = character.wholeNumberValue else { return nil }
            sum += digit * weight
        }
        return residentIDCheck[sum % 11]
    }

    private static func organizationCodeValue(_ character: Character) -> Int? {
        guard character.isASCII else { return nil }
        if let digit = character.wholeNumberValue { return digit }
        guard let ascii = character.asciiValue, (65...90).contains(ascii) else { return nil }
        return Int(ascii) - 55
    }
}
