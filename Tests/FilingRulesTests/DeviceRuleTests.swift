import FilingDossier
import FilingModel
import Foundation
import Testing
@testable import FilingRules

/// The device rules and profiles: the device samples pass every device profile, each rule reports its
/// defect at the right field and item, and the change kind selects the change list's items.
@Suite("Device rules and profiles")
struct DeviceRuleTests {
    static let deviceProfiles = ["guangdong-device-licence", "device-licence-change", "zhengzhou-quality-manager-change"]

    static func sample(_ name: String) throws -> LocatedDossier {
        let url = Fixtures.templatesDirectory.deletingLastPathComponent()
            .appendingPathComponent("samples/\(name)/dossier.yaml")
        return try DossierLoader(templatesDirectory: Fixtures.templatesDirectory).load(contentsOf: url)
    }

    /// The device-trader sample's model, edited by `edit`, checked under `profileID` with every scan present.
    static func check(_ profileID: String = "guangdong-device-licence", sample: String = "complete/device-trader",
                      _ edit: (inout DeviceBusiness) -> Void = { _ in }) throws -> CheckReport {
        var dossier = try Self.sample(sample).dossier
        var device = try #require(dossier.device)
        edit(&device)
        dossier.device = device
        let date = try #require(dossier.filing.date)
        return Checker(profile: try Fixtures.profile(profileID)).check(try Fixtures.located(dossier), on: date)
    }

    static func findings(_ report: CheckReport, _ rule: RuleDefinition) -> [Finding] {
        report.findings.filter { $0.ruleID == rule.id }
    }

    @Test(arguments: [
        ("complete/device-trader", "guangdong-device-licence"), ("complete/device-change", "device-licence-change"),
        ("complete/device-change", "zhengzhou-quality-manager-change"),
    ])
    func deviceSamplesAreComplete(sample: String, profileID: String) throws {
        let located = try Self.sample(sample)
        let report = Checker(profile: try Fixtures.profile(profileID)).check(located, on: try #require(located.dossier.filing.date))
        #expect(report.findings.isEmpty, "\(report.findings.map(\.ruleID))")
        #expect(report.items.allSatisfy { $0.status == .ready || $0.status == .notRequired })
    }

    @Test func residentialPremisesSampleHasExactlyThatFinding() throws {
        let located = try Self.sample("broken/device-residential-premises")
        let report = Checker(profile: try Fixtures.profile("guangdong-device-licence"))
            .check(located, on: try #require(located.dossier.filing.date))
        #expect(report.findings.map(\.ruleID) == [DevicePremisesRule.residential.id])
        let finding = try #require(report.findings.first)
        #expect(finding.itemNumber == "5")
        #expect(finding.fieldPath == "device.premises.declared_use")
        #expect(finding.location?.line == 181)
        #expect(report.items.first { $0.item.number == "5" }?.status == .missing)
    }

    @Test(arguments: DeviceChangeKind.allCases)
    func changeKindSelectsItsOwnItem(kind: DeviceChangeKind) throws {
        let profile = try Fixtures.profile("device-licence-change")
        var dossier = try Self.sample("complete/device-change").dossier
        dossier.device?.change?.kind = kind
        let selected = profile.items.filter { $0.key == .changeMaterials && $0.isRequired(for: dossier) }
        #expect(selected.count == 1)
        #expect(selected.first?.conditions.compactMap(\.changeKind) == [kind])
        // Items 4-1 … 4-7 follow the order of the kinds.
        let position = (DeviceChangeKind.allCases.firstIndex(of: kind) ?? -1) + 1
        #expect(selected.first?.number == "4-\(position)")
    }

    @Test func findingsGoToTheChangeItemTheDossierSelects() throws {
        let report = try Self.check("device-licence-change", sample: "complete/device-change") { device in
            device.change?.kind = .registeredAddress
            device.premises.declaredUse = .residential
        }
        let residential = Self.findings(report, DevicePremisesRule.residential)
        #expect(residential.map(\.itemNumber) == ["4-4"])
    }

    @Test func leaseCertificateMustRunAYearFromTheFilingDate() throws {
        let exactlyAYear = try Self.check { $0.premises.lease?.certificate?.validUntil = LocalDate(year: 2027, month: 12, day: 1)! }
        #expect(Self.findings(exactlyAYear, DevicePremisesRule.certificateTooShort).isEmpty)

        let dayShort = try Self.check { $0.warehouse?.site.lease?.certificate?.validUntil = LocalDate(year: 2027, month: 11, day: 30)! }
        let short = Self.findings(dayShort, DevicePremisesRule.certificateTooShort)
        #expect(short.map(\.fieldPath) == ["device.warehouse.lease.certificate.valid_until"])
        #expect(short.first?.message.en.contains("needs 2027-12-01 or later") == true)

        let noCertificate = try Self.check { $0.premises.lease?.certificate = nil }
        #expect(Self.findings(noCertificate, DevicePremisesRule.certificateMissing).map(\.fieldPath)
            == ["device.premises.lease.certificate"])
        // The profile asks for the certificate scans of a leased site as well.
        #expect(noCertificate.findings.contains { $0.fieldPath == "device.premises.lease.certificate.scans" })

        let owned = try Self.check { $0.premises.tenure = .owned; $0.premises.lease = nil }
        #expect(owned.findings.isEmpty)
    }

    @Test func expiredLeaseIsADateFinding() throws {
        let report = try Self.check { $0.warehouse?.site.lease?.validUntil = LocalDate(year: 2026, month: 11, day: 30) }
        let expired = report.findings.filter { $0.ruleID == "date.lease.expired" }
        #expect(expired.map(\.fieldPath) == ["device.warehouse.lease.valid_until"])
        #expect(expired.first?.itemNumber == "5")
    }

    @Test func humidityRangeMustLieWithin45To75() throws {
        let tooDry = try Self.check { $0.warehouse?.storage?.humidity = ValueRange(min: 35, max: 75) }
        let out = Self.findings(tooDry, DeviceStorageRule.humidityOutOfRange)
        #expect(out.map(\.fieldPath) == ["device.warehouse.storage.humidity"])
        #expect(out.first?.message.zh.hasSuffix("35–75 %") == true)
        #expect(out.first?.itemNumber == "5")

        let unstated = try Self.check { $0.warehouse?.storage = nil }
        #expect(Self.findings(unstated, DeviceStorageRule.humidityMissing).count == 1)
    }

    @Test func warehouseNeedsTheFiveZones() throws {
        let report = try Self.check { $0.warehouse?.zones.removeAll { $0.kind == .returns || $0.kind == .quarantine } }
        let missing = Self.findings(report, DeviceStorageRule.zonesMissing)
        #expect(missing.first?.message.zh.hasSuffix("待验区、退货区") == true)
    }

    @Test func ivdScopeNeedsColdChainEvidence() throws {
        let none = try Self.check { $0.warehouse?.coldChain = nil }
        #expect(Self.findings(none, DeviceStorageRule.coldChainMissing).map(\.fieldPath) == ["device.warehouse.cold_chain"])

        let unproven = try Self.check { $0.warehouse?.coldChain?[1].scans = [] }
        #expect(Self.findings(unproven, DeviceStorageRule.coldChainNoEvidence).map(\.fieldPath)
            == ["device.warehouse.cold_chain[1].scans"])

        let noIVD = try Self.check { device in
            device.scope = DeviceScope(classes: [.classII], categories: [DeviceCategory(code: "6866")])
            device.warehouse?.coldChain = nil
        }
        #expect(noIVD.findings.isEmpty)
    }

    @Test func qualityManagerMustBeQualifiedOnDutyAndNotEmployedElsewhere() throws {
        let report = try Self.check { device in
            device.qualityManager.onDuty = false
            device.qualityManager.employedElsewhere = true
            device.qualityManager.person.title = "无"
            device.qualityManager.person.diploma?.level = .secondary
        }
        #expect(Set(report.findings.map(\.ruleID)) == [
            DeviceStaffRule.notOnDuty.id, DeviceStaffRule.employedElsewhere.id, DeviceStaffRule.unqualified.id,
        ])
        // Guangdong has no quality-manager item; the findings go to the staff item.
        #expect(Set(report.findings.map(\.itemNumber)) == ["6"])

        let titled = Person(name: "甲", title: "主管技师")
        #expect(DeviceStaffRule.isQualified(titled, minDiploma: .associate))
        #expect(!DeviceStaffRule.isQualified(Person(name: "乙"), minDiploma: .associate))
    }

    @Test func staffTableRowsMustBeComplete() throws {
        let report = try Self.check { device in
            device.technicalStaff[2].sex = nil
            device.technicalStaff[2].age = nil
            device.technicalStaff[2].title = " "
            device.technicalStaff[0].idNumber = "44010419900317051"
        }
        let incomplete = Self.findings(report, DeviceStaffRule.incompleteRow)
        #expect(incomplete.map(\.fieldPath) == ["device.technical_staff[2]"])
        #expect(incomplete.first?.message.zh.hasSuffix("梁伟:性别、年龄、技术职称") == true)
        let badID = report.findings.filter { $0.fieldPath == "device.technical_staff[0].id_number" }
        #expect(badID.count == 1)
        #expect(badID.first?.message.zh.contains("440104*******7051") == true)

        let empty = try Self.check { $0.technicalStaff = [] }
        #expect(Self.findings(empty, DeviceStaffRule.noStaff).count == 1)
    }

    @Test func requiredPoliciesMustBeAdopted() throws {
        let report = try Self.check { device in
            device.policies?.removeAll { $0 == "卫生管理制度" || $0 == "有效期管理制度" }
            // Half-width parentheses and spaces still match the list's title.
            device.policies = device.policies?.map { $0.replacingOccurrences(of: "（", with: " (").replacingOccurrences(of: "）", with: ")") }
        }
        let missing = Self.findings(report, DevicePoliciesRule.missing)
        #expect(missing.map(\.fieldPath) == ["device.policies"])
        #expect(missing.first?.message.zh.hasSuffix("有效期管理制度、卫生管理制度") == true)
        #expect(missing.first?.itemNumber == "8")
        #expect(try Fixtures.profile("guangdong-device-licence").rules.requiredPolicies.count == 10)
        #expect(try Fixtures.profile("device-licence-change").rules.requiredPolicies.isEmpty)
    }

    @Test func deviceRulesStaySilentWithoutADeviceSection() throws {
        let report = Checker(profile: try Fixtures.profile("national-12")).check(try Fixtures.located(Fixtures.valid), on: Fixtures.filingDate)
        #expect(!report.findings.contains { $0.ruleID.hasPrefix("device.") })
        let device = try Fixtures.profile("guangdong-device-licence")
        let withoutDevice = Checker(profile: device).check(try Fixtures.located(Fixtures.valid), on: Fixtures.filingDate)
        #expect(withoutDevice.findings.contains { $0.ruleID == "evidence.missing" && $0.fieldPath == "device.technical_staff" })
    }

    @Test func deviceProfilesHaveTheirListsItems() throws {
        let guangdong = try Fixtures.profile("guangdong-device-licence")
        #expect(guangdong.items.map(\.number) == (1...10).map(String.init))
        #expect(guangdong.item(withKey: .form)?.copies == 3)
        #expect(guangdong.rules.minProfessionals == 0)
        let zhengzhou = try Fixtures.profile("zhengzhou-quality-manager-change")
        #expect(zhengzhou.items.map(\.number) == (1...6).map { "(\($0))" })
        let change = try Fixtures.profile("device-licence-change")
        #expect(change.items.filter { $0.key == .changeMaterials }.count == DeviceChangeKind.allCases.count)
        #expect(change.item(withKey: .poa)?.conditions == [.agent])
    }

    @Test func everyDeviceRuleIsListedForReports() {
        let listed = Set(Checker.ruleDefinitions.map(\.id))
        for rule in DevicePremisesRule.all + DeviceStorageRule.all + DeviceStaffRule.all + DevicePoliciesRule.all { #expect(listed.contains(rule.id)) }
    }
}
