import FilingDossier
import FilingModel
import Foundation
import Testing

@Suite("Loading the complete samples")
struct SampleLoadingTests {
    @Test func commercialSampleDecodesEveryPart() throws {
        let located = try Fixtures.loader.load(contentsOf: Fixtures.sample("complete/commercial"))
        let dossier = located.dossier
        #expect(dossier.category == .commercial)
        #expect(dossier.filing.date == LocalDate(year: 2026, month: 12, day: 1))
        #expect(dossier.applicant.creditCode == "91410300MA47QK2J5G")
        #expect(dossier.applicant.postcode == "471000")
        #expect(dossier.applicant.businessLicence.scans == [Attachment(file: "scans/business-licence.png", caption: "营业执照（副本）")])
        #expect(dossier.website.columns.filter { $0.charged == true }.count == 2)
        #expect(dossier.website.regulatorAccess.testAccount?.loginURL == "https://www.kangyuan-yaoxun.cn/login")
        #expect(dossier.hosting?.providerLicence.validUntil == LocalDate(year: 2029, month: 1, day: 6))
        #expect(dossier.people.professionals.count == 2)
        #expect(dossier.people.professionals.allSatisfy { ($0.diploma?.level ?? .secondary) >= .associate })
        #expect(dossier.people.computerStaff?.count == 3)
        #expect(dossier.policies.backup?.records?.count == 3)
        #expect(dossier.agent?.powers.contains(.signForPermit) == true)
    }

    @Test func nonCommercialSampleDecodes() throws {
        let located = try Fixtures.loader.load(contentsOf: Fixtures.sample("complete/non-commercial"))
        #expect(located.dossier.category == .nonCommercial)
        #expect(located.dossier.agent == nil)
        #expect(located.dossier.people.professionals.count == 3)
        #expect(located.dossier.hosting?.agreement.scans.first?.caption == "服务器托管合同")
    }

    @Test func locationsPointAtWhereEachValueIsWritten() throws {
        let located = try Fixtures.load(Fixtures.minimal)
        #expect(located.locations["applicant.postcode"] == SourceLocation(file: "dossier.yaml", line: 9, column: 13))
        // Collections are located at their key.
        #expect(located.locations["applicant.unit_head"] == SourceLocation(file: "dossier.yaml", line: 13, column: 3))
        #expect(located.locations["website.domains[0].certificate[0]"]?.line == 24)
        // A field that was not written is reported at its nearest written parent.
        #expect(located.location(of: "applicant.fax") == located.locations["applicant"])
    }

    @Test func everySampleAttachmentExistsBesideItsDossier() throws {
        for name in ["complete/commercial", "complete/non-commercial"] {
            let located = try Fixtures.loader.load(contentsOf: Fixtures.sample(name))
            let text = try String(contentsOf: Fixtures.sample(name), encoding: .utf8)
            let references = text.matches(of: /scans\/[A-Za-z0-9._-]+/)
            #expect(references.count > 10)
            for match in references {
                let file = located.baseDirectory.appendingPathComponent(String(match.output))
                #expect(FileManager.default.fileExists(atPath: file.path), "\(name): \(match.output)")
            }
        }
    }

    @Test func sectionsTheSamplesDoNotUseDecodeToo() throws {
        let yaml = Fixtures.minimal
            .replacingOccurrences(of: "  overview: 概况", with: """
                  overview: 概况
                  organization_code: M000100Y-4
                  new_company: true
                  name_pre_approval: [scans/name.pdf]
                  capital_verification: [{file: scans/capital.pdf, caption: 验资报告}]
                """)
            .replacingOccurrences(of: "policies: {}", with: """
                policies: {}
                agent:
                  name: 代办人
                  id_number: "11010519491231002X"
                  phone: "13800000000"
                  powers: [other]
                  other_power: 代为缴纳费用
                  valid_from: 2026-12-01
                  valid_until: 2027-01-31
                existing_certificate:
                  number: (京)-经营性-2017-0012
                  unit_name: 测试单位有限公司
                  valid_until: 2027-03-31
                supplements:
                  - key: local_assessment
                    title: 市级药监局考核证明
                    files: [scans/local.pdf]
                """)
        let dossier = try Fixtures.load(yaml).dossier
        #expect(dossier.applicant.organizationCode == "M000100Y-4")
        #expect(dossier.applicant.newCompany == true)
        #expect(dossier.applicant.capitalVerification?.first?.caption == "验资报告")
        #expect(dossier.agent?.powers == [.other])
        #expect(dossier.agent?.otherPower == "代为缴纳费用")
        #expect(dossier.existingCertificate?.number == "(京)-经营性-2017-0012")
        #expect(dossier.supplements?.first?.key == "local_assessment")
    }
}
