import FilingDossier
import FilingModel
import Foundation
import Testing
@testable import FilingRules

/// Every sample dossier that loads gives exactly the findings recorded in `Golden/<sample>.txt`.
/// Set `FILINGPACK_UPDATE_GOLDEN=1` to rewrite the files after an intended change, then review the diff.
@Suite struct SampleGoldenTests {
    static let root = Fixtures.templatesDirectory.deletingLastPathComponent()
    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static let samples = [
        "complete/commercial", "complete/non-commercial", "broken/bad-check-digits", "broken/expired-hosting-licence",
        "broken/missing-attachment-file", "broken/missing-professionals",
    ]

    /// One line per item status, then one per finding: severity, rule, item, field, line:column.
    static func summary(of report: CheckReport) -> String {
        let items = report.items.map { "item \($0.item.number) \($0.status.rawValue)" }
        let findings = report.findings.map { finding in
            let place = finding.location.map { "\($0.line):\($0.column)" } ?? "-"
            return "\(finding.severity.rawValue) \(finding.ruleID) item=\(finding.itemNumber ?? "-") \(finding.fieldPath) \(place)"
        }
        return (items + findings).joined(separator: "\n") + "\n"
    }

    @Test(arguments: samples)
    func sampleMatchesGolden(_ sample: String) throws {
        let dossierURL = Self.root.appendingPathComponent("samples/\(sample)/dossier.yaml")
        guard FileManager.default.fileExists(atPath: dossierURL.path) else {
            Issue.record("sample missing: \(dossierURL.path)")
            return
        }
        let located = try DossierLoader(templatesDirectory: Fixtures.templatesDirectory).load(contentsOf: dossierURL)
        let profile = try Fixtures.profile(located.dossier.filing.profile ?? ProfileLibrary.defaultProfileID)
        let report = Checker(profile: profile).check(located, on: Checker.checkDate(override: nil, dossier: located.dossier))
        let actual = Self.summary(of: report)
        let golden = Self.goldenDirectory.appendingPathComponent(sample.replacingOccurrences(of: "/", with: "--") + ".txt")
        if ProcessInfo.processInfo.environment["FILINGPACK_UPDATE_GOLDEN"] != nil {
            try actual.write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(actual == expected)
    }
}
