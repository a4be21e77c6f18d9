import FilingModel
import Foundation
import Testing
@testable import FilingRules

/// Each rule against the valid fixture (no findings) and one change that must trigger it.
@Suite struct CheckerTests {
    private func check(_ dossier: Dossier, profile id: String = "national-12", createFiles: Bool = true,
                       locations: [String: FilingModel.SourceLocation] = [:], date: LocalDate = Fixtures.filingDate) throws -> CheckReport {
        let located = try Fixtures.located(dossier, locations: locations, createFiles: createFiles)
        return Checker(profile: try Fixtures.profile(id)).check(located, on: date)
    }

    private func ids(_ report: CheckReport) -> [String] { report.findings.map(\.ruleID) }

    @Test func validDossierPassesNational12() throws {
        let report = try check(Fixtures.valid)
        #expect(report.findings.isEmpty, "\(report.findings.map { "\($0.ruleID) \($0.fieldPath)" })")
        #expect(report.items.allSatisfy { $0.status == ($0.item.key == .poa ? .notRequired : .ready) })
    }

    @Test func validDossierPassesHenan13ExceptTheLocalAssessment() throws {
        let report = try check(Fixtures.valid, profile: "henan-13")
        #expect(ids(report) == ["evidence.missing", "evidence.missing"])
        #expect(report.findings.map(\.fieldPath) == ["applicant.departments", "supplements"])
        #expect(report.items.first?.status == .notRequired)
        #expect(report.items.last?.status == .missing)
    }

    @Test func missingAttachmentFilesAreErrorsOnTheirItem() throws {
        let report = try check(Fixtures.valid, createFiles: false)
        let licence = report.findings.first { $0.fieldPath == "applicant.business_licence.scans[0]" }
        #expect(licence?.ruleID == "evidence.file-missing")
        #expect(licence?.itemNumber == "3")
        #expect(report.items.first { $0.item.number == "3" }?.status == .missing)
        #expect(report.items.first { $0.item.number == "1" }?.status == .ready)
    }

    @Test func emptyAndEscapingAttachmentsAreCaught() throws {
        var dossier = Fixtures.valid
        dossier.website.domains[0].certificate = [Attachment(file: "../outside.pdf"), Attachment(file: "/etc/passwd")]
        let located = try Fixtures.located(dossier)
        try Data().write(to: located.baseDirectory.appendingPathComponent("scans/licence.pdf"))
        let report = Checker(profile: try Fixtures.profile("national-12")).check(located, on: Fixtures.filingDate)
        #expect(ids(report) == ["evidence.file-empty", "evidence.file-outside-dossier", "evidence.file-outside-dossier"])
    }

    @Test func conditionalEvidenceFollowsTheDossier() throws {
        var dossier = Fixtures.valid
        dossier.applicant.newCompany = true
        dossier.applicant.drugOrDeviceBusiness = true
        let report = try check(dossier)
        #expect(report.findings.map(\.fieldPath) == ["applicant.name_pre_approval", "applicant.operation_licences"])
    }

    @Test func anyOfAcceptsAQualificationInsteadOfADiploma() throws {
        var dossier = Fixtures.valid
        dossier.people.professionals[0].diploma = nil
        dossier.people.professionals[0].qualification = Qualification(name: "执业药师", scans: Fixtures.scan("pro1-qualification"))
        #expect(try check(dossier).findings.isEmpty)
        dossier.people.professionals[0].qualification?.scans = nil
        let report = try check(dossier)
        #expect(report.findings.map(\.fieldPath).contains("people.professionals[0].diploma.scans"))
        #expect(ids(report).contains("staffing.professionals.too-few") == false)
    }

    @Test func staffingMinimums() throws {
        var dossier = Fixtures.valid
        dossier.people.professionals[1].diploma?.level = .secondary
        dossier.people.professionals[0].drugLawFamiliarity = nil
        dossier.people.legalRepresentative.drugLawFamiliarity = nil
        dossier.people.websiteHead.drugLawFamiliarity = nil
        let report = try check(dossier)
        #expect(ids(report) == ["staffing.drug-law-familiar.too-few", "staffing.professionals.too-few",
                                "staffing.professional.not-counted"])
        #expect(report.findings.first?.severity == .warning)
        #expect(report.findings[1].message.en.contains("1 found, at least 2 needed") == true)
        let consultant = try check(Fixtures.valid, profile: "consultant-11")
        #expect(ids(consultant).contains("staffing.computer-staff.too-few"))
        #expect(consultant.findings.first { $0.ruleID == "staffing.computer-staff.too-few" }?.itemNumber == "(六)")
    }

    @Test func identifiersAreCheckedAndPersonalValuesMasked() throws {
        var dossier = Fixtures.valid
        dossier.applicant.creditCode = "91350100M000100Y44"
        dossier.applicant.businessLicence.creditCode = "91350100M000100Y44"
        dossier.people.professionals[0].idNumber = "410303199201010031"
        dossier.applicant.postcode = "35000"
        dossier.applicant.phone = "87654321"
        dossier.applicant.email = "office.example.cn"
        dossier.website.mainServer.ip = "203.0.113.300"
        dossier.website.icpFiling = "闽ICP备123号"
        dossier.hosting?.providerLicence.number = "B9-2018"
        let located = ["applicant.credit_code": FilingModel.SourceLocation(file: "dossier.yaml", line: 7, column: 16)]
        let report = try check(dossier, locations: located)
        #expect(Set(ids(report)) == [
            "identifier.credit-code.check-digit", "identifier.resident-id.check-digit", "identifier.postcode.format",
            "identifier.phone.format", "identifier.email.format", "identifier.ip.format", "identifier.icp-filing.format",
            "identifier.telecom-licence.format",
        ])
        let credit = report.findings.first { $0.fieldPath == "applicant.credit_code" }
        #expect(credit?.location == FilingModel.SourceLocation(file: "dossier.yaml", line: 7, column: 16))
        #expect(credit?.message.en.contains("should end in 3") == true)
        let id = report.findings.first { $0.ruleID == "identifier.resident-id.check-digit" }
        #expect(id?.message.zh.contains("410303********0031") == true)
        #expect(report.findings.contains { $0.message.en.contains("410303199201010031") } == false)
    }

    @Test func validityDatesOnTheFilingDate() throws {
        var dossier = Fixtures.valid
        dossier.applicant.businessLicence.validUntil = LocalDate(year: 2026, month: 11, day: 1)
        dossier.hosting?.agreement.validUntil = LocalDate(year: 2027, month: 1, day: 10)
        dossier.people.professionals[0].labourContract?.validFrom = LocalDate(year: 2027, month: 1, day: 1)
        dossier.agent = Agent(name: "孙八", idNumber: "32010219951120005X", phone: "13712345678", powers: [.submitMaterials],
                              validFrom: LocalDate(year: 2026, month: 12, day: 1)!, validUntil: LocalDate(year: 2026, month: 11, day: 30)!)
        let report = try check(dossier)
        #expect(ids(report) == ["date.range-reversed", "date.business-licence.expired", "date.hosting-agreement.expiring",
                                "date.labour-contract.not-yet-valid"])
        #expect(report.items.first { $0.item.key == .domain }?.status == .expiring)
        #expect(report.findings.first?.itemNumber == "授权委托书")
        let strict = report.promotingWarnings()
        #expect(strict.count(.warning) == 0 && strict.count(.error) == 4)
    }

    @Test func tradingProfileNeedsACertificateHeldThreeMonths() throws {
        var dossier = Fixtures.valid
        dossier.supplements = ["online_submission", "equipment_list", "business_process"].map {
            Supplement(key: $0, files: Fixtures.scan($0))
        }
        dossier.applicant.departments = [Department(name: "信息部", functions: ["信息审核"])]
        var report = try check(dossier, profile: "beijing-trading-class1")
        #expect(ids(report) == ["evidence.missing", "existing-certificate.missing"])
        dossier.existingCertificate = ExistingCertificate(
            number: "(闽)-经营性-2026-0003", unitName: Fixtures.unitName, issuedOn: LocalDate(year: 2026, month: 9, day: 1),
            scans: Fixtures.scan("certificate"))
        report = try check(dossier, profile: "beijing-trading-class1")
        #expect(ids(report) == ["existing-certificate.held-too-short"])
        report = try check(dossier, profile: "beijing-trading-class1", date: LocalDate(year: 2026, month: 12, day: 1)!)
        #expect(report.findings.isEmpty, "\(ids(report))")
        dossier.existingCertificate?.unitName = "福建另一家公司"
        dossier.existingCertificate?.number = "(闽)-非经营性-2026-0003"
        report = try check(dossier, profile: "beijing-trading-class1", date: LocalDate(year: 2026, month: 12, day: 1)!)
        #expect(ids(report) == ["consistency.unit-name", "consistency.certificate-category"])
    }

    @Test func namesCodesAndDomainsAgree() throws {
        var dossier = Fixtures.valid
        dossier.applicant.businessLicence.unitName = "福建示例医药科技有限公司 "
        dossier.hosting?.agreement.party = "福建示例科技有限公司"
        dossier.applicant.businessLicence.legalRepresentative = "张三丰"
        dossier.applicant.businessLicence.creditCode = "9144030071526726XG"
        dossier.website.mainServer.domain = "www.example.com"
        dossier.hosting?.domains = ["example.com.cn"]
        let report = try check(dossier)
        #expect(Set(ids(report)) == [
            "consistency.unit-name", "consistency.legal-representative", "consistency.credit-code",
            "consistency.server-domain", "consistency.domain.not-hosted", "consistency.domain.hosted-unregistered",
        ])
        // Names differing only in surrounding whitespace agree; the hosting party does not.
        #expect(report.findings.filter { $0.ruleID == "consistency.unit-name" }.map(\.fieldPath) == ["hosting.agreement.party"])
    }

    @Test func commercialCategoryNeedsChargedColumns() throws {
        var dossier = Fixtures.valid
        dossier.website.columns[1].chargingMethod = nil
        #expect(try ids(check(dossier)) == ["commercial.charging-method.missing"])
        dossier.website.chargingMethod = "会员年费"
        #expect(try check(dossier).findings.isEmpty)
        dossier.website.columns[1].charged = false
        #expect(try ids(check(dossier)) == ["commercial.charged-columns.missing"])
        dossier.category = .nonCommercial
        dossier.website.columns[1].charged = true
        #expect(try ids(check(dossier)) == ["commercial.non-commercial-charges"])
    }

    @Test func provisionalProfileFlagsUnconfirmedItems() throws {
        let report = try check(Fixtures.valid, profile: "filing-2025")
        #expect(report.count(.info) == 10)
        #expect(!report.hasErrors)
        #expect(Set(ids(report)) == ["profile.item.unconfirmed"])
    }

    @Test func ruleIDsAreUnique() {
        let ids = Checker.ruleDefinitions.map(\.id)
        #expect(Set(ids).count == ids.count)
    }
}

@Suite struct AgentAndNamingTests {
    private func ids(_ dossier: Dossier) throws -> [String] {
        let located = try Fixtures.located(dossier)
        return Checker(profile: try Fixtures.profile("national-12")).check(located, on: Fixtures.filingDate).findings.map(\.ruleID)
    }

    private var agent: Agent {
        Agent(name: "孙八", idNumber: "32010219951120005X", phone: "13712345678", powers: [.submitMaterials],
              validFrom: LocalDate(year: 2026, month: 11, day: 1)!, validUntil: LocalDate(year: 2027, month: 5, day: 1)!)
    }

    @Test func powerOfAttorney() throws {
        var dossier = Fixtures.valid
        dossier.agent = agent
        #expect(try ids(dossier).isEmpty)
        dossier.agent?.powers = []
        #expect(try ids(dossier) == ["agent.powers.empty"])
        dossier.agent?.powers = [.other]
        #expect(try ids(dossier) == ["agent.other-power.text-missing"])
        dossier.agent?.otherPower = "代为领取证书"
        dossier.agent?.name = "张三"
        #expect(try ids(dossier) == ["agent.is-legal-representative"])
    }

    @Test func websiteNames() throws {
        var dossier = Fixtures.valid
        dossier.website.name = "中国药讯网"
        #expect(try ids(dossier) == ["website.name.national-prefix"])
        dossier.website.name = "示例药品招标网"
        #expect(try ids(dossier) == ["website.name.restricted-words"])
    }
}
