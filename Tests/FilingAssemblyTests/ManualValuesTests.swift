import FilingAssembly
import FilingDocument
import FilingModel
import XCTest

/// Client values appear where the manual texts need them.
final class ManualValuesTests: XCTestCase {
    private func commercialSample() throws -> Dossier {
        let url = try XCTUnwrap(try ManualFixtures.sampleDossierURLs().first { $0.path.contains("/commercial/") })
        return try ManualFixtures.loadDossier(url)
    }

    private func text(_ set: String, _ dossier: Dossier, edition: ManualEdition = ManualEdition()) throws -> String {
        DocumentText.of(try ManualAssembler(set: try ManualFixtures.loadSet(set), edition: edition).document(for: dossier))
    }

    func testInformationPoliciesCarryTheClientsFacts() throws {
        let dossier = try commercialSample()
        let text = try text("ipis-policies", dossier)
        var expected = [dossier.applicant.name, dossier.website.name, dossier.people.websiteHead.name,
                        dossier.people.legalRepresentative.name, dossier.applicant.contact.name]
        expected += dossier.people.informationReviewers ?? []
        expected += dossier.policies.securityMeasures ?? []
        expected += dossier.policies.confidentialityMeasures ?? []
        expected += dossier.policies.userInformationMeasures ?? []
        expected += dossier.policies.backup?.media ?? []
        expected += dossier.policies.informationSources?.flatMap { $0.products.map(\.approvalNumber) } ?? []
        expected += dossier.applicant.departments?.map(\.name) ?? []
        expected += dossier.policies.responsibilities?.map(\.duties) ?? []
        expected += dossier.applicant.operationLicences?.map(\.number) ?? []
        expected.append(try XCTUnwrap(dossier.hosting?.provider))
        expected.append("\(dossier.policies.publishWithinWorkingDays ?? 2)个工作日内")
        for value in expected {
            XCTAssertTrue(text.contains(value), "ipis-policies lacks \(value)")
        }
    }

    func testResponsibilitiesNameTheClientsOwnDepartments() throws {
        let dossier = try commercialSample()
        let departments = try XCTUnwrap(dossier.applicant.departments)
        let technical = try XCTUnwrap(departments.first { $0.name.contains("技术") })
        let service = try XCTUnwrap(departments.first { $0.name.contains("客户服务") })
        XCTAssertTrue(try text("ipis-policies", dossier).contains("\(technical.name)负责网站后台账号和权限管理"))
        XCTAssertTrue(try text("after-sales", dossier).contains("\(service.name)负责受理客户来函"))
    }

    func testApprovalBlockAndCoverUseTheEdition() throws {
        let dossier = try commercialSample()
        let edition = ManualEdition(version: "2.1", effectiveDate: LocalDate(year: 2027, month: 1, day: 15))
        let document = try ManualAssembler(set: try ManualFixtures.loadSet("ipis-policies"), edition: edition)
            .document(for: dossier)
        let text = DocumentText.of(document)
        XCTAssertTrue(text.contains("版本号：2.1"))
        XCTAssertTrue(text.contains("生效日期：2027年1月15日"))
        let approval = try XCTUnwrap(DocumentText.tables(document).first { $0.first == ["环节", "姓名", "职务", "签字及日期"] })
        XCTAssertEqual(approval[1].prefix(3), ["编制", dossier.people.websiteHead.name, "网站负责人"])
        XCTAssertEqual(approval[3].prefix(3), ["批准", dossier.people.legalRepresentative.name, "法定代表人"])
        let changes = try XCTUnwrap(DocumentText.tables(document).first { $0.first?.first == "版本号" })
        XCTAssertEqual(changes[1], ["2.1", "2027年1月15日", "首次发布", "依据本公司实际情况制定", "2027年1月15日"])
    }

    func testDefaultsApplyWhenTheDossierIsSilent() throws {
        var dossier = try commercialSample()
        dossier.policies = Policies()
        dossier.applicant.departments = nil
        dossier.people.informationReviewers = nil
        let text = try text("ipis-policies", dossier)
        XCTAssertTrue(text.contains("在2个工作日内完成上传发布"))
        XCTAssertTrue(text.contains("信息审查员\(dossier.people.websiteHead.name)负责"))
        XCTAssertTrue(text.contains("信息技术部负责网站后台账号"), "fallback department name")
        XCTAssertFalse(text.contains("部门设置及职能"), "no department table without departments")
    }

    func testDepartmentTitlesOfDutiesAreRenderedFromTheDossier() throws {
        var dossier = try commercialSample()
        dossier.applicant.departments = [Department(name: "数据中心", head: "陈磊", functions: ["数据管理"])]
        let document = try ManualAssembler(set: try ManualFixtures.loadSet("device-platform")).document(for: dossier)
        XCTAssertTrue(DocumentText.of(document).contains("二、数据中心职责"), "heading")
        let tables = DocumentText.tables(document)
        XCTAssertTrue(tables.contains { $0.contains(["二", "数据中心职责", "PT-ZZ-02"]) }, "contents row")
        let profile = try XCTUnwrap(tables.first { $0.first?.prefix(2) == ["岗位名称", "数据中心"] })
        XCTAssertEqual(profile[0][3], "陈磊", "the department head holds the post")
    }
}
