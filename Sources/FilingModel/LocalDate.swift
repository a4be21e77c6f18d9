import Foundation

/// A calendar date without time or zone, written `YYYY-MM-DD` in the dossier file.
public struct LocalDate: Sendable, Codable, Equatable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date, or nil when the day does not exist (2026-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` (also accepts `/` or `.` as separators).
    public init?(parsing text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(whereSeparator: { "-/.".contains($0) })
        guard parts.count == 3, parts[0].count == 4,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Today in China (UTC+8), where filings are made.
    public static func today(now: Date = Date()) -> LocalDate {
        LocalDate(date: now, timeZone: TimeZone(secondsFromGMT: 8 * 3600) ?? .current)
    }

    /// The calendar date of an instant in a time zone.
    public init(date: Date, timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self.year = parts.year ?? 1970
        self.month = parts.month ?? 1
        self.day = parts.day ?? 1
    }

    /// Midnight UTC at the start of this date; used for reproducible timestamps.
    public var startOfDayUTC: Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        return calendar.date(from: DateComponents(year: year, month: month, day: day)) ?? Date(timeIntervalSince1970: 0)
    }

    /// The date `days` later (negative for earlier).
    public func adding(days: Int) -> LocalDate {
        LocalDate(date: startOfDayUTC.addingTimeInterval(Double(days) * 86_400), timeZone: TimeZone(identifier: "UTC") ?? .current)
    }

    /// The same day `months` later, clamped to the month's last day (2026-01-31 + 1 month = 2026-02-28).
    public func adding(months: Int) -> LocalDate {
        let total = year * 12 + (month - 1) + months
        let newYear = total / 12
        let newMonth = total % 12 + 1
        let newDay = min(day, Self.daysIn(month: newMonth, year: newYear))
        return LocalDate(year: newYear, month: newMonth, day: newDay) ?? self
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: LocalDate) -> Int {
        Int((other.startOfDayUTC.timeIntervalSince(startOfDayUTC) / 86_400).rounded())
    }

    /// `2026-11-24`.
    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// `2026年11月24日`, as dates are printed in Chinese documents.
    public var chinese: String { "\(year)年\(month)月\(day)日" }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = LocalDate(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a date written YYYY-MM-DD, found \"\(text)\"")
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
