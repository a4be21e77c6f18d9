import FilingModel
import Foundation
import Testing
@testable import FilingRules
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Report formats: JSON and SARIF parse and carry their required keys, JUnit is well-formed XML, text
/// colours only on request.
@Suite struct FindingReportTests {
    /// A report with an error (located), a warning and a not-required item.
    private func sampleReport() throws -> CheckReport {
        var dossier = Fixtures.valid
        dossier.applicant.creditCode = "91350100M000100Y44"
        dossier.applicant.businessLicence.creditCode = "91350100M000100Y44"
        dossier.hosting?.agreement.validUntil = LocalDate(year: 2027, month: 1, day: 10)
        dossier.applicant.name = "福建示例医药科技有限公司 <&>"
        let located = try Fixtures.located(dossier, locations: [
            "applicant.credit_code": FilingModel.SourceLocation(file: "dossier.yaml", line: 7, column: 16),
        ])
        return Checker(profile: try Fixtures.profile("henan-13")).check(located, on: Fixtures.filingDate)
    }

    private func jsonObject(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func jsonCarriesTheDocumentedFields() throws {
        let report = try sampleReport()
        let json = try jsonObject(FindingReport.render(report, format: .json, language: .en))
        #expect(json["schema"] as? String == "filingpack.findings/1")
        #expect(json["date"] as? String == "2026-11-24")
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["errors"] as? Int == report.count(.error))
        #expect(summary["ok"] as? Bool == false)
        let items = try #require(json["items"] as? [[String: Any]])
        #expect(items.count == report.items.count)
        #expect(items.first?["status"] as? String == "not_required")
        let findings = try #require(json["findings"] as? [[String: Any]])
        let credit = try #require(findings.first { $0["field"] as? String == "applicant.credit_code" })
        #expect(credit["rule"] as? String == "identifier.credit-code.check-digit")
        #expect(credit["item"] as? String == "二")
        #expect((credit["location"] as? [String: Any])?["line"] as? Int == 7)
        #expect((credit["message"] as? [String: String])?["zh"]?.isEmpty == false)
        #expect(findings.contains { $0["location"] is NSNull })
    }

    @Test func sarifHasTheRequiredStructure() throws {
        let report = try sampleReport()
        let sarif = try jsonObject(FindingReport.render(report, format: .sarif, language: .zh))
        #expect(sarif["version"] as? String == "2.1.0")
        #expect(sarif["$schema"] is String)
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "filingpack")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count == Checker.ruleDefinitions.count)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == report.findings.count)
        for result in results {
            #expect(result["ruleId"] is String)
            #expect(["error", "warning", "note"].contains(result["level"] as? String ?? ""))
            #expect((result["message"] as? [String: Any])?["text"] is String)
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
        let located = try #require(results.first { $0["ruleId"] as? String == "identifier.credit-code.check-digit"
            && (($0["properties"] as? [String: Any])?["fieldPath"] as? String) == "applicant.credit_code" })
        let physical = try #require((located["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "dossier.yaml")
        let region = try #require(physical["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 7 && region["startColumn"] as? Int == 16)
    }

    @Test func junitIsWellFormedWithOneCasePerItem() throws {
        let report = try sampleReport()
        let xml = FindingReport.render(report, format: .junit, language: .zh)
        let document = try XMLDocument(xmlString: xml)
        let cases = try document.nodes(forXPath: "/testsuites/testsuite/testcase")
        #expect(cases.count == report.items.count + (report.findings(forItem: nil).isEmpty ? 0 : 1))
        let failures = try document.nodes(forXPath: "//testcase[failure]")
        let failing = report.items.filter { report.findings(forItem: $0.item.number).contains { $0.severity == .error } }
        #expect(failures.count == failing.count + (report.findings(forItem: nil).contains { $0.severity == .error } ? 1 : 0))
        #expect(try document.nodes(forXPath: "//testcase[skipped]").count == 1)
        let suite = try #require(try document.nodes(forXPath: "/testsuites/testsuite").first as? XMLElement)
        #expect(suite.attribute(forName: "failures")?.stringValue == String(failures.count))
    }

    @Test func textIsGroupedByItemAndColouredOnlyOnRequest() throws {
        let report = try sampleReport()
        let plain = FindingReport.render(report, format: .text, language: .en, color: false)
        #expect(!plain.contains("\u{1B}["))
        #expect(plain.contains("dossier.yaml:7:16 applicant.credit_code [identifier.credit-code.check-digit]"))
        let lines = plain.components(separatedBy: "\n")
        let itemLine = try #require(lines.firstIndex { $0.hasPrefix("二") })
        #expect(lines[itemLine + 1].contains("identifier.credit-code.check-digit"))
        #expect(plain.hasSuffix("note(s)\n"))
        let coloured = FindingReport.render(report, format: .text, language: .zh, color: true)
        #expect(coloured.contains("\u{1B}[31m"))
    }

    @Test func profileListingRendersBothFormats() throws {
        let profiles = try ProfileLibrary.load(from: Fixtures.templatesDirectory)
        let text = ProfileListing.render(profiles, format: .text, language: .en)
        #expect(text.contains("henan-13") && text.contains("13 items"))
        let json = try JSONSerialization.jsonObject(with: Data(ProfileListing.render(profiles, format: .json, language: .en).utf8))
        let list = try #require(json as? [[String: Any]])
        #expect(list.count == profiles.count)
        #expect(list.first { $0["id"] as? String == "filing-2025" }?["status"] as? String == "provisional")
    }
}
