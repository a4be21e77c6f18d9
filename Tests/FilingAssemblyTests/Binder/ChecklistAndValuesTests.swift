@testable import FilingAssembly
import FilingDossier
import FilingModel
import FilingRules
import FilingTestSupport
import XCTest

final class ChecklistAndValuesTests: XCTestCase {
    private let templates = SharedResources.packageRoot.appendingPathComponent("templates")

    private func checked(_ sample: String, profile: String) throws -> (LocatedDossier, Profile, CheckReport) {
        let url = SharedResources.packageRoot.appendingPathComponent("samples/\(sample)/dossier.yaml")
        let located = try DossierLoader(templatesDirectory: templates).load(contentsOf: url)
        let chosen = try ProfileLibrary.profile(profile, in: ProfileLibrary.load(from: templates))
        let report = Checker(profile: chosen).check(located, on: LocalDate(year: 2026, month: 12, day: 1)!)
        return (located, chosen, report)
    }

    func testChecklistRowsFollowTheReport() throws {
        for profile in ["national-12", "consultant-11"] {
            let (located, _, report) = try checked("complete/non-commercial", profile: profile)
            let rows = ChecklistRows(report: report, dossier: located.dossier).rows
            XCTAssertEqual(rows.map(\.number), report.items.map(\.item.number))
            XCTAssertEqual(rows.map(\.status), report.items.map(\.status))
            for (row, result) in zip(rows, report.items) where result.status == .missing {
                XCTAssertFalse(row.notes.isEmpty, "a missing item says why: \(row.number)")
            }
        }
    }

    func testChecklistCSVQuotesAndCounts() throws {
        let (located, _, report) = try checked("complete/commercial", profile: "national-12")
        let csv = ChecklistRows(report: report, dossier: located.dossier).csv
        XCTAssertTrue(csv.hasPrefix("\u{FEFF}number,title_zh,"))
        XCTAssertEqual(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count, report.items.count + 1)
        // Titles with commas are quoted.
        XCTAssertTrue(csv.contains("\"企业营业执照复印件("), csv)
    }

    func testFamiliarPeoplePaddedToThreeRowsAndPowersMarked() throws {
        let (located, profile, report) = try checked("complete/commercial", profile: "henan-13")
        let values = try BinderValues(dossier: located.dossier, profile: profile, report: report,
                                      date: LocalDate(year: 2026, month: 12, day: 1)!).base()
        let familiar = try XCTUnwrap(values["familiar_people"] as? [[String: Any]])
        XCTAssertGreaterThanOrEqual(familiar.count, 3)
        let named = familiar.filter { !(($0["name"] as? String) ?? "").isEmpty }
        XCTAssertTrue(named.allSatisfy { ($0["familiar"] as? Bool) != ($0["general"] as? Bool) })
        let agent = try XCTUnwrap(values["agent"] as? [String: Any])
        let powers = try XCTUnwrap(agent["power_list"] as? [[String: Any]])
        XCTAssertEqual(powers.count, AgentPower.allCases.count)
        let granted = Set(located.dossier.agent?.powers.map(\.chineseLabel) ?? [])
        for power in powers {
            let label = try XCTUnwrap(power["label"] as? String)
            XCTAssertEqual(power["mark"] as? String, granted.contains(label) ? "√" : "×")
        }
        XCTAssertEqual(values["authority"] as? String, located.dossier.filing.authority)
    }

    func testFolderNamesAreSafe() {
        let date = LocalDate(year: 2026, month: 1, day: 2)!
        XCTAssertEqual(BinderBuild.folderName(unit: "某某/公司:*?", profile: "national-12", date: date),
                       "某某_公司___-national-12-2026-01-02")
        XCTAssertEqual(BinderBuild.folderName(unit: "..", profile: "p", date: date), "unit-p-2026-01-02")
        XCTAssertEqual(BinderBuild.folderName(unit: "a\nb", profile: "p", date: date), "a_b-p-2026-01-02")
    }

    func testHeadingTextsFollowTheNumberStyle() throws {
        let profiles = try ProfileLibrary.load(from: templates)
        for profile in profiles {
            for item in profile.items {
                let heading = BinderLayout.headingText(for: item)
                XCTAssertTrue(heading.hasSuffix(item.titleZh))
                if !item.unnumbered { XCTAssertTrue(heading.hasPrefix(item.number)) }
            }
        }
        XCTAssertEqual(BinderLayout.copiesLabel(3), "一式三份")
        XCTAssertEqual(BinderLayout.copiesLabel(1), "1份")
    }
}
