import FilingDossier
import FilingModel
import Foundation
import Testing

@Suite("Schema problems: unknown keys, wrong types, missing fields")
struct SchemaProblemTests {
    @Test func minimalDossierLoads() throws {
        let located = try Fixtures.load(Fixtures.minimal)
        #expect(located.dossier.applicant.name == "测试单位有限公司")
        #expect(located.dossier.people.professionals.isEmpty)
    }

    @Test func unknownKeyIsReportedAtTheKeyWithASuggestion() throws {
        let yaml = Fixtures.minimal.replacingOccurrences(of: "  postcode: \"100000\"", with: "  postcod: \"100000\"")
        let error = try #require(Fixtures.error(loading: yaml))
        let unknown = try #require(error.problems.first { $0.fieldPath == "applicant.postcod" })
        #expect(unknown.line == 9)
        #expect(unknown.column == 3)
        #expect(unknown.message.en == "unknown key \"postcod\"")
        #expect(unknown.hint?.en == "did you mean \"postcode\"?")
        // The misspelling also leaves the real field missing, reported at its parent.
        let missing = try #require(error.problems.first { $0.fieldPath == "applicant.postcode" })
        #expect(missing.message.zh == "缺少必填字段“postcode”")
        #expect(missing.line == 5)
    }

    @Test func camelCaseKeysSuggestTheirSnakeCaseSpelling() throws {
        let yaml = Fixtures.minimal.replacingOccurrences(of: "  credit_code: 91350100M000100Y43\n  address", with: "  creditCode: 91350100M000100Y43\n  address")
        let error = try #require(Fixtures.error(loading: yaml))
        let unknown = try #require(error.problems.first { $0.fieldPath == "applicant.creditCode" })
        #expect(unknown.hint?.en == "did you mean \"credit_code\"?")
    }

    @Test func numberWhereTextIsExpectedNamesTypeAndPosition() throws {
        let yaml = Fixtures.minimal.replacingOccurrences(of: "postcode: \"100000\"", with: "postcode: 100000")
        let error = try #require(Fixtures.error(loading: yaml))
        #expect(error.problems.count == 1)
        #expect(error.fieldPath == "applicant.postcode")
        #expect((error.line, error.column) == (9, 13))
        #expect(error.message.zh == "应为字符串，实际为整数 100000")
        #expect(error.message.en == "expected a string, found an integer 100000")
        #expect(error.hint?.en == "put it in quotes: \"100000\"")
        #expect(error.rendered(in: .en).hasPrefix("dossier.yaml:9:13: applicant.postcode: expected a string"))
    }

    @Test func everyProblemIsReportedInFileOrder() throws {
        let yaml = Fixtures.minimal
            .replacingOccurrences(of: "category: non_commercial", with: "category: noncommercial")
            .replacingOccurrences(of: "  date: 2026-12-01", with: "  date: 2026-02-30")
            .replacingOccurrences(of: "    steps: [打开首页]", with: "    steps: 打开首页")
            .replacingOccurrences(of: "  professionals: []", with: "  professionals: []\n  interns: []")
        let error = try #require(Fixtures.error(loading: yaml))
        #expect(error.problems.map(\.fieldPath) == [
            "filing.date", "category", "website.regulator_access.steps", "people.interns",
        ])
        #expect(error.problems[0].message.en == "\"2026-02-30\" is not a valid date; write YYYY-MM-DD")
        #expect(error.problems[1].hint?.en == "did you mean \"non_commercial\"?")
        #expect(error.problems[2].message.en == "expected a list, found the text \"打开首页\"")
        #expect(error.rendered(in: .zh).split(separator: "\n").count == 4)
    }

    @Test func emptyOptionalValueCountsAsAbsentButEmptyRequiredValueDoesNot() throws {
        let optional = Fixtures.minimal.replacingOccurrences(of: "  overview: 概况", with: "  overview: 概况\n  fax:")
        #expect(try Fixtures.load(optional).dossier.applicant.fax == nil)
        let required = Fixtures.minimal.replacingOccurrences(of: "  overview: 概况", with: "  overview:")
        let error = try #require(Fixtures.error(loading: required))
        #expect(error.fieldPath == "applicant.overview")
        #expect(error.message.en == "required field has no value")
    }

    @Test func attachmentIsAPathOrAFileWithCaption() throws {
        let withCaption = Fixtures.minimal.replacingOccurrences(
            of: "scans: [scans/licence.png]", with: "scans: [{file: scans/licence.png, caption: 营业执照}]")
        let located = try Fixtures.load(withCaption)
        #expect(located.dossier.applicant.businessLicence.scans == [Attachment(file: "scans/licence.png", caption: "营业执照")])

        let wrongKey = Fixtures.minimal.replacingOccurrences(
            of: "scans: [scans/licence.png]", with: "scans: [{path: scans/licence.png}]")
        let error = try #require(Fixtures.error(loading: wrongKey))
        #expect(Set(error.problems.compactMap(\.fieldPath)) == [
            "applicant.business_licence.scans[0].path", "applicant.business_licence.scans[0].file",
        ])

        let absolute = Fixtures.minimal.replacingOccurrences(of: "[scans/licence.png]", with: "[/etc/passwd]")
        #expect(Fixtures.error(loading: absolute)?.fieldPath == "applicant.business_licence.scans[0]")
    }

    @Test func plainDatesAndQuotedDatesBothDecode() throws {
        let quoted = Fixtures.minimal.replacingOccurrences(of: "date: 2026-12-01", with: "date: \"2026-12-01\"")
        #expect(try Fixtures.load(quoted).dossier.filing.date == LocalDate(year: 2026, month: 12, day: 1))
    }

    @Test func fieldPathsOfListItemsAreZeroBased() throws {
        let yaml = Fixtures.minimal.replacingOccurrences(
            of: "  professionals: []",
            with: "  professionals:\n    - {name: 甲}\n    - {name: 乙, diploma: {level: college, school: 某校, major: 药学}}")
        let error = try #require(Fixtures.error(loading: yaml))
        #expect(error.fieldPath == "people.professionals[1].diploma.level")
        #expect(error.message.en.hasPrefix("\"college\" is not one of: secondary, associate"))
    }
}
