import FilingModel
import Foundation
import Testing
@testable import FilingRules

@Suite struct ProfileLibraryTests {
    @Test func bundledProfilesLoad() throws {
        let profiles = try ProfileLibrary.load(from: Fixtures.templatesDirectory)
        #expect(profiles.map(\.id) == ["beijing-trading-class1", "consultant-11", "filing-2025", "henan-13", "national-12"])
        let national = try ProfileLibrary.profile("national-12", in: profiles)
        let numbered = national.items.filter { !$0.unnumbered }
        #expect(numbered.first?.copies == 3)
        #expect(numbered.map(\.number) == (1...12).map(String.init))
        #expect(national.items.first?.key == .poa && national.items.first?.conditions == [.agent])
        let henan = try ProfileLibrary.profile("henan-13", in: profiles)
        #expect(henan.items.filter { !$0.unnumbered }.map(\.number).last == "十三")
        #expect(henan.items.first?.conditions == [.agent])
        let consultant = try ProfileLibrary.profile("consultant-11", in: profiles)
        #expect(consultant.rules.minComputerStaff == 3)
        let trading = try ProfileLibrary.profile("beijing-trading-class1", in: profiles)
        #expect(trading.rules.minMonthsCertificateHeld == 3)
        let filing = try ProfileLibrary.profile("filing-2025", in: profiles)
        #expect(filing.status == .provisional && filing.regime == .filing)
        #expect(filing.items.allSatisfy { $0.unconfirmed })
    }

    @Test func unknownProfileNamesTheAvailableOnes() throws {
        let profiles = try ProfileLibrary.load(from: Fixtures.templatesDirectory)
        #expect(throws: ProfileError.self) { try ProfileLibrary.profile("mars-1", in: profiles) }
        do {
            _ = try ProfileLibrary.profile("mars-1", in: profiles)
        } catch {
            #expect(error.message.en.contains("national-12"))
        }
    }

    static let minimal = """
        id: test
        title: {zh: 测试, en: Test}
        binder_title: 测试材料
        regime: licence
        status: in_force
        numbering: arabic
        items:
          - number: "1"
            key: FORM
            title_zh: 申请表
            title_en: Form
            source: generated
        """

    private func parse(_ text: String) throws(ProfileError) -> Profile {
        try ProfileParser(file: "test.yaml").parse(text, id: "test")
    }

    @Test func minimalProfileParses() throws {
        let profile = try parse(Self.minimal)
        #expect(profile.items.count == 1)
        #expect(profile.rules == RuleSettings())
    }

    /// Each broken profile is rejected at the offending line with a message naming the problem.
    @Test(arguments: [
        (Self.minimal + "\nextra: 1", 13, "unknown key extra"),
        (Self.minimal + "\n    colour: red", 13, "unknown key colour"),
        (Self.minimal + "\n    when: [rich]", 13, "unknown value rich"),
        (Self.minimal + "\n    evidence: [applicant.shoe_size]", 13, "unknown evidence path applicant.shoe_size"),
        (Self.minimal + "\n  - {number: \"1\", key: TRUTH, title_zh: 声明, title_en: Declaration, source: generated}", 13,
         "duplicate item number 1"),
        (Self.minimal.replacingOccurrences(of: "status: in_force", with: "status: draft"), 5, "unknown value draft"),
        (Self.minimal.replacingOccurrences(of: "key: FORM", with: "key: FROM"), 9, "unknown value FROM"),
        (Self.minimal.replacingOccurrences(of: "id: test", with: "id: other"), 1, "does not match the file name"),
        (Self.minimal + "\n    evidence:\n      - {path: agent, any_of: [agent.scans]}", 14, "exactly one of path or any_of"),
        (Self.minimal + "\n  - [", 14, "YAML syntax error"),
    ])
    func brokenProfilesAreRejected(_ text: String, _ line: Int, _ message: String) {
        do {
            _ = try parse(text)
            Issue.record("accepted: \(message)")
        } catch {
            #expect(error.line == line, "\(error)")
            #expect(error.message.en.contains(message), "\(error)")
            #expect(error.formatted(in: .en).hasPrefix("test.yaml:\(line):"))
        }
    }

    @Test func missingRequiredKeyIsNamed() {
        do {
            _ = try parse(Self.minimal.replacingOccurrences(of: "binder_title: 测试材料\n", with: ""))
            Issue.record("accepted a profile without binder_title")
        } catch {
            #expect(error.message.en == "missing required key binder_title")
        }
    }

    @Test func everyEvidencePathInTheBundledProfilesIsKnown() throws {
        for profile in try ProfileLibrary.load(from: Fixtures.templatesDirectory) {
            for path in profile.items.flatMap(\.evidence).flatMap(\.paths) {
                #expect(EvidenceCatalog.isKnown(path), "\(profile.id): \(path)")
            }
        }
    }
}
