/// "Did you mean …?" for misspelt keys and enum values.
enum KeySuggestion {
    /// The closest candidate to `written`, when it is close enough to be a likely typo.
    static func closest(to written: String, among candidates: [String]) -> String? {
        let normalized = snakeCased(written)
        if candidates.contains(normalized) { return normalized }
        let scored = candidates.map { ($0, editDistance(normalized, $0)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        let tolerance = max(2, best.0.count / 3)
        return best.1 <= tolerance ? best.0 : nil
    }

    /// `creditCode` → `credit_code`, `Credit-Code` → `credit_code`.
    static func snakeCased(_ text: String) -> String {
        var result = ""
        for character in text {
            if character.isUppercase {
                if !result.isEmpty, result.last != "_" { result.append("_") }
                result += character.lowercased()
            } else if character == "-" || character == " " {
                result.append("_")
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let left = Array(lhs)
        let right = Array(rhs)
        if left.isEmpty { return right.count }
        if right.isEmpty { return left.count }
        var previous = Array(0...right.count)
        for (i, leftCharacter) in left.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: right.count)
            for (j, rightCharacter) in right.enumerated() {
                let substitution = previous[j] + (leftCharacter == rightCharacter ? 0 : 1)
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, substitution)
            }
            previous = current
        }
        return previous[right.count]
    }
}
