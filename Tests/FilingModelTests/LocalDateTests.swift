import FilingModel
import Foundation
import Testing

@Suite("LocalDate")
struct LocalDateTests {
    @Test func parsesTheUsualSeparatorsAndRejectsImpossibleDays() {
        #expect(LocalDate(parsing: "2026-12-01") == LocalDate(year: 2026, month: 12, day: 1))
        #expect(LocalDate(parsing: "2026/12/01") == LocalDate(year: 2026, month: 12, day: 1))
        #expect(LocalDate(parsing: "2026.2.3") == LocalDate(year: 2026, month: 2, day: 3))
        #expect(LocalDate(parsing: "2026-02-29") == nil)
        #expect(LocalDate(parsing: "2028-02-29") != nil)
        #expect(LocalDate(parsing: "26-12-01") == nil)
        #expect(LocalDate(parsing: "2026-13-01") == nil)
        #expect(LocalDate(parsing: "明天") == nil)
    }

    @Test func arithmeticClampsToTheEndOfTheMonth() throws {
        let start = try #require(LocalDate(year: 2026, month: 1, day: 31))
        #expect(start.adding(months: 1) == LocalDate(year: 2026, month: 2, day: 28))
        #expect(start.adding(months: 12 * 5) == LocalDate(year: 2031, month: 1, day: 31))
        #expect(start.adding(days: 1) == LocalDate(year: 2026, month: 2, day: 1))
        #expect(start.adding(days: -31) == LocalDate(year: 2025, month: 12, day: 31))
        let filing = try #require(LocalDate(year: 2026, month: 12, day: 1))
        #expect(try #require(LocalDate(year: 2026, month: 11, day: 26)).days(until: filing) == 5)
    }

    @Test func ordersAndPrints() throws {
        let earlier = try #require(LocalDate(year: 2026, month: 6, day: 30))
        let later = try #require(LocalDate(year: 2026, month: 12, day: 1))
        #expect(earlier < later)
        #expect(later.description == "2026-12-01")
        #expect(later.chinese == "2026年12月1日")
    }

    @Test func todayIsTakenInChinaTime() throws {
        // 2026-11-30 20:00 UTC is already 1 December in Beijing.
        let instant = Date(timeIntervalSince1970: 1_796_068_800)
        #expect(LocalDate.today(now: instant) == LocalDate(year: 2026, month: 12, day: 1))
    }

    @Test func decodesFromTextAndRejectsBadDates() throws {
        let decoder = JSONDecoder()
        #expect(try decoder.decode([LocalDate].self, from: Data(#"["2026-12-01"]"#.utf8)) == [LocalDate(year: 2026, month: 12, day: 1)])
        #expect(throws: DecodingError.self) { try decoder.decode([LocalDate].self, from: Data(#"["2026-02-30"]"#.utf8)) }
    }
}
