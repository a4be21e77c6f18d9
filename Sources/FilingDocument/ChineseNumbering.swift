/// Heading numbers of Chinese official documents: 一、 → （一） → 1. → （1）, produced as literal text prefixes.
///
/// Literal prefixes (rather than list numbering) keep the numbers identical in Word, LibreOffice, pandoc's plain
/// text and the PDF, and let the table of contents show them without list support.
public struct ChineseHeadingNumbering: Sendable, Hashable {
    /// Current counter of each level (index 0 = level 1).
    public private(set) var counters: [Int] = [0, 0, 0, 0]

    /// Numbering starting from nothing.
    public init() {}

    /// Advances `level` (1…4), resets the deeper levels and returns the prefix, e.g. `（三）`.
    public mutating func next(level: Int) -> String {
        let index = min(max(level, 1), 4) - 1
        counters[index] += 1
        for deeper in (index + 1)..<counters.count { counters[deeper] = 0 }
        return Self.prefix(level: index + 1, number: counters[index])
    }

    /// The prefix of a number at a level: 一、 / （一） / 1. / （1）.
    public static func prefix(level: Int, number: Int) -> String {
        switch level {
        case 1: "\(chineseNumeral(number))、"
        case 2: "（\(chineseNumeral(number))）"
        case 3: "\(number)."
        default: "（\(number)）"
        }
    }

    /// Chinese numerals for 1…9999 (一, 十, 十一, 二十, 一百零五 …); other values as Arabic digits.
    public static func chineseNumeral(_ number: Int) -> String {
        guard (1...9999).contains(number) else { return String(number) }
        let digits = Array("零一二三四五六七八九")
        let units = ["", "十", "百", "千"]
        let decimal = String(number).compactMap { $0.wholeNumberValue }
        var result = ""
        var pendingZero = false
        for (position, digit) in decimal.enumerated() {
            let unit = units[decimal.count - 1 - position]
            if digit == 0 {
                pendingZero = !result.isEmpty
                continue
            }
            if pendingZero { result.append("零") }
            pendingZero = false
            // 十一…十九 drop the leading 一 only when ten is the highest place.
            if !(digit == 1 && unit == "十" && result.isEmpty) { result.append(digits[digit]) }
            result += unit
        }
        return result
    }
}
