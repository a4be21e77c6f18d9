@testable import FilingAssembly
import FilingModel
import XCTest

final class TemplateValuesTests: XCTestCase {
    private struct Sample: Encodable {
        var filingDate: LocalDate
        var category: ApplicationCategory
        var idNumber: String
        var overview: String
        var steps: [String]
        var people: [Person]
        var optional: String?
        var charged: Bool
    }

    private func values() throws -> [String: Any] {
        try TemplateValues.values(of: Sample(
            filingDate: LocalDate(year: 2026, month: 3, day: 9)!, category: .nonCommercial,
            idNumber: "110105199003070026", overview: "第一段\n\n第二段\n", steps: ["打开首页", "点击栏目"],
            people: [Person(name: "甲", sex: .female), Person(name: "乙")], optional: nil, charged: false))
    }

    func testKeysAreSnakeCaseAndDatesGetChineseForm() throws {
        let values = try values()
        XCTAssertEqual(values["filing_date"] as? String, "2026-03-09")
        XCTAssertEqual(values["filing_date_cn"] as? String, "2026年3月9日")
        XCTAssertNil(values["optional"])
        XCTAssertEqual(values["charged"] as? Bool, false)
    }

    func testEnumLabelsFlagsAndMasks() throws {
        let values = try values()
        XCTAssertEqual(values["category_label"] as? String, "非经营性")
        XCTAssertEqual(values["category_non_commercial"] as? Bool, true)
        XCTAssertEqual(values["id_number_masked"] as? String, "110105********0026")
        let people = try XCTUnwrap(values["people"] as? [[String: Any]])
        XCTAssertEqual(people[0]["sex_label"] as? String, "女")
    }

    func testListsGetNumbersAndStringListsGetItems() throws {
        let values = try values()
        let people = try XCTUnwrap(values["people"] as? [[String: Any]])
        XCTAssertEqual(people.map { $0["no"] as? Int }, [1, 2])
        XCTAssertEqual(people.map { $0["no_cn"] as? String }, ["一", "二"])
        XCTAssertEqual(people.map { $0["first"] as? Bool }, [true, false])
        XCTAssertEqual(values["people_count"] as? Int, 2)
        let steps = try XCTUnwrap(values["steps_items"] as? [[String: Any]])
        XCTAssertEqual(steps.map { $0["text"] as? String }, ["打开首页", "点击栏目"])
        XCTAssertEqual(values["steps_joined"] as? String, "打开首页、点击栏目")
        XCTAssertEqual(values["overview_paragraphs"] as? [String], ["第一段", "第二段"])
    }

    func testRenderedThroughMustache() throws {
        let renderer = MarkupRenderer(library: TemplateLibrary(bundled: FileManager.default.temporaryDirectory))
        let text = try renderer.markupText(
            template: "{{#people}}{{no}}.{{name}}{{#first}}*{{/first}} {{/people}}{{^charged}}免费{{/charged}}",
            file: "inline", context: try values())
        XCTAssertEqual(text, "1.甲* 2.乙 免费")
    }
}
