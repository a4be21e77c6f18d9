import FilingDossier
import FilingModel
import Foundation
import Testing

/// Each broken sample has one defect; syntax and type defects stop loading, the rest load and are left to
/// the rules (see samples/README.md).
@Suite("Broken samples")
struct BrokenSampleTests {
    private func loadError(_ name: String) throws -> DossierLoadError {
        try #require(throws: DossierLoadError.self) {
            try Fixtures.loader.load(contentsOf: Fixtures.sample("broken/\(name)"))
        }
    }

    @Test func malformedYAMLStopsAtTheUnclosedList() throws {
        let error = try loadError("malformed-yaml")
        #expect(error.problems.count == 1)
        #expect(error.message.en.hasPrefix("YAML syntax error"))
        #expect(error.line == 102)
        #expect(error.file.hasSuffix("samples/broken/malformed-yaml/dossier.yaml"))
    }

    @Test func wrongTypesAreAllReported() throws {
        let error = try loadError("wrong-types")
        #expect(error.problems.map(\.fieldPath) == [
            "applicant.postcode", "website.columns[2].charged", "website.regulator_access.steps",
        ])
        #expect(error.problems.map(\.line) == [17, 100, 115])
        #expect(error.problems[1].message.zh == "应为布尔值（true 或 false），实际为文字“是”")
    }

    @Test func unknownKeySuggestsTheRightOne() throws {
        let error = try loadError("unknown-key")
        #expect(error.problems.count == 1)
        #expect(error.fieldPath == "website.icp_filling")
        #expect(error.hint?.zh == "是否应为“icp_filing”？")
        #expect((error.line, error.column) == (81, 3))
    }

    @Test(arguments: ["missing-professionals", "expired-hosting-licence", "bad-check-digits", "missing-attachment-file"])
    func ruleLevelDefectsLoad(name: String) throws {
        let located = try Fixtures.loader.load(contentsOf: Fixtures.sample("broken/\(name)"))
        #expect(located.dossier.category == .commercial)
    }

    @Test func ruleLevelDefectsAreWhatTheirNamesSay() throws {
        let missing = try Fixtures.loader.load(contentsOf: Fixtures.sample("broken/missing-professionals"))
        #expect(missing.dossier.people.professionals.isEmpty)

        let expired = try Fixtures.loader.load(contentsOf: Fixtures.sample("broken/expired-hosting-licence"))
        let filed = try #require(expired.dossier.filing.date)
        #expect(try #require(expired.dossier.hosting?.providerLicence.validUntil) < filed)

        let attachment = try Fixtures.loader.load(contentsOf: Fixtures.sample("broken/missing-attachment-file"))
        let scan = try #require(attachment.dossier.applicant.businessLicence.scans.first)
        let scanURL = attachment.baseDirectory.appendingPathComponent(scan.file)
        #expect(!FileManager.default.fileExists(atPath: scanURL.path))
        #expect(attachment.locations["applicant.business_licence.scans[0]"]?.line == 43)
    }
}
