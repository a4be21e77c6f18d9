import FilingModel
import Foundation

/// What is wrong with an identifier, if anything.
public enum IdentifierProblem: Sendable, Equatable {
    /// Wrong length or characters.
    case format
    /// The check character does not match; `expected` is what the body computes to.
    case checkCharacter(expected: Character)
    /// Resident ID: the birth date is not a real date.
    case birthDate
    /// Resident ID: born after the filing date.
    case birthDateInFuture
    /// Resident ID: age outside 16…120 on the filing date.
    case implausibleAge(Int)
}

/// Validation of the identifiers a dossier contains. Values are normalised first (trimmed, full-width
/// characters folded, upper-cased where the standard is).
public enum IdentifierChecks {
    /// Unified social credit code, GB 32100-2015.
    public static func creditCode(_ raw: String) -> IdentifierProblem? {
        let characters = Array(normalized(raw).uppercased())
        guard characters.count == 18,
              characters[2..<8].allSatisfy(isDigit),
              let expected = CheckCharacters.creditCode(body: String(characters[..<17]))
        else { return .format }
        return characters[17] == expected ? nil : .checkCharacter(expected: expected)
    }

    /// The organisation code embedded at positions 9–17 of a credit code, as `XXXXXXXX-C`.
    public static func embeddedOrganizationCode(inCreditCode raw: String) -> String? {
        let characters = Array(normalized(raw).uppercased())
        guard characters.count == 18 else { return nil }
        return String(characters[8..<16]) + "-" + String(characters[16])
    }

    /// Organisation code, GB 11714, written `XXXXXXXX-C` or without the hyphen.
    public static func organizationCode(_ raw: String) -> IdentifierProblem? {
        let characters = Array(normalized(raw).uppercased().filter { $0 != "-" })
        guard characters.count == 9, let expected = CheckCharacters.organizationCode(body: String(characters[..<8]))
        else { return .format }
        return characters[8] == expected ? nil : .checkCharacter(expected: expected)
    }

    /// Resident ID number, GB 11643-1999: check character, real birth date, not in the future, age 16…120
    /// on `date`.
    public static func residentID(_ raw: String, on date: LocalDate) -> IdentifierProblem? {
        let characters = Array(normalized(raw).uppercased())
        guard characters.count == 18, characters[..<17].allSatisfy(isDigit),
              isDigit(characters[17]) || characters[17] == "X",
              let expected = CheckCharacters.residentID(body: String(characters[..<17]))
        else { return .format }
        guard characters[17] == expected else { return .checkCharacter(expected: expected) }
        guard let year = Int(String(characters[6..<10])), let month = Int(String(characters[10..<12])),
              let day = Int(String(characters[12..<14])), let birth = LocalDate(year: year, month: month, day: day)
        else { return .birthDate }
        if birth > date { return .birthDateInFuture }
        let age = date.year - birth.year - ((date.month, date.day) < (birth.month, birth.day) ? 1 : 0)
        return (16...120).contains(age) ? nil : .implausibleAge(age)
    }

    /// 邮政编码: six digits.
    public static func postcode(_ raw: String) -> IdentifierProblem? {
        let code = normalized(raw)
        return code.count == 6 && code.allSatisfy(isDigit) ? nil : .format
    }

    /// Landline with area code (`0379-12345678`, extension after `-` or `转` optional), mobile
    /// (`13812345678`, `+86` allowed) or a 400/800 service number. A landline without area code fails.
    public static func phone(_ raw: String) -> IdentifierProblem? {
        var text = normalized(raw).filter { $0 != " " && $0 != "(" && $0 != ")" }
        for prefix in ["+86", "0086"] where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
            while text.hasPrefix("-") { text.removeFirst() }
        }
        var parts = text.split(separator: "转", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return .format }
        var groups = parts[0].split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 1, groups.count == 3, groups[0].hasPrefix("0") {
            parts.append(groups.removeLast())
        }
        if parts.count == 2 {
            guard (1...6).contains(parts[1].count), parts[1].allSatisfy(isDigit) else { return .format }
        }
        let digits = Array(groups.joined())
        guard !digits.isEmpty, digits.allSatisfy(isDigit) else { return .format }
        if digits.count == 11, digits[0] == "1", ("3"..."9").contains(digits[1]) { return nil }
        if digits.count == 10, ["400", "800"].contains(String(digits[..<3])) { return nil }
        guard digits[0] == "0", digits.count >= 10 else { return .format }
        // 010 and 02x are three digits long; other area codes four.
        let areaLength = digits[1] == "1" || digits[1] == "2" ? 3 : 4
        let local = digits[areaLength...]
        // Real local numbers do not start with 0 or 1, but placeholders such as 0379-12345678 are common in
        // templates; only a leading 0 (a doubled area code) is rejected.
        guard (7...8).contains(local.count), let first = local.first, first != "0" else { return .format }
        return nil
    }

    /// E-mail: one `@`, a non-empty local part without spaces, a domain name.
    public static func email(_ raw: String) -> IdentifierProblem? {
        let parts = normalized(raw).split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...64).contains(parts[0].count),
              !parts[0].contains(where: { $0.isWhitespace || "<>()[],;:\"".contains($0) }),
              domainName(String(parts[1])) == nil
        else { return .format }
        return nil
    }

    /// Domain name, IDN allowed: at least two labels of letters (any script), digits and inner hyphens.
    public static func domainName(_ raw: String) -> IdentifierProblem? {
        var text = normalized(raw).lowercased()
        if text.hasSuffix(".") { text.removeLast() }
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, text.unicodeScalars.count <= 253 else { return .format }
        for label in labels {
            guard (1...63).contains(label.count), label.first != "-", label.last != "-",
                  label.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" })
            else { return .format }
        }
        guard let last = labels.last, !last.allSatisfy(isDigit) else { return .format }
        return nil
    }

    /// IPv4 dotted quad or IPv6 (with `::` compression and an optional embedded IPv4 tail).
    public static func ipAddress(_ raw: String) -> IdentifierProblem? {
        let text = normalized(raw)
        return isIPv4(text) || isIPv6(text) ? nil : .format
    }

    static func isIPv4(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in
            (1...3).contains(part.count) && part.allSatisfy(isDigit) && (part.count == 1 || part.first != "0")
                && (Int(part) ?? 256) <= 255
        }
    }

    static func isIPv6(_ text: String) -> Bool {
        let halves = text.split(separator: "::", omittingEmptySubsequences: false)
        guard halves.count <= 2, !text.isEmpty else { return false }
        var groups = 0
        for (index, half) in halves.enumerated() where !half.isEmpty {
            var parts = half.split(separator: ":", omittingEmptySubsequences: false)
            if index == halves.count - 1, let last = parts.last, last.contains(".") {
                guard isIPv4(String(last)) else { return false }
                parts.removeLast()
                groups += 2
            }
            for part in parts {
                guard (1...4).contains(part.count), part.allSatisfy(\.isHexDigit) else { return false }
                groups += 1
            }
        }
        return halves.count == 2 ? groups <= 7 : groups == 8
    }

    static func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }

    /// Trims whitespace and folds full-width ASCII forms (ＡＢＣ１２３（）－) to half-width. Written over
    /// Unicode scalars without Foundation: it runs for every identifier of every check.
    static func normalized(_ raw: String) -> String {
        let scalars = raw.unicodeScalars
        if scalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F }) { return raw }
        var folded = String.UnicodeScalarView()
        for scalar in scalars {
            if (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) {
                folded.append(ascii)
            } else {
                folded.append(scalar.properties.isWhitespace ? " " : scalar)
            }
        }
        while let first = folded.first, first == " " { folded.removeFirst() }
        while let last = folded.last, last == " " { folded.removeLast() }
        return String(folded)
    }
}
