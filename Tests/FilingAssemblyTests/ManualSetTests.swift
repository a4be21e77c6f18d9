import FilingAssembly
import FilingDocument
import XCTest

/// The bundled sets are complete, record forms have their columns, and users can override and add sets.
final class ManualSetTests: XCTestCase {
    func testBundledSetsAreListedAndLoad() throws {
        let library = ManualSetLibrary(bundled: ManualFixtures.templates)
        XCTAssertEqual(library.availableSets(), ManualFixtures.bundledSets)
        for id in ManualFixtures.bundledSets {
            XCTAssertEqual(try library.loadSet(id).manifest.id, id)
        }
    }

    func testPlatformSetKeepsAllPoliciesAndDuties() throws {
        let manifest = try ManualFixtures.loadSet("device-platform").manifest
        let policies = try XCTUnwrap(manifest.parts.first { $0.kind == .policy }).items
        let duties = try XCTUnwrap(manifest.parts.first { $0.kind == .duty }).items
        XCTAssertEqual(policies.count, 21)
        XCTAssertEqual(duties.count, 16)
        XCTAssertEqual(policies.first?.title, "文件管理及控制制度")
        XCTAssertEqual(policies.last?.title, "记录及凭证管理制度")
        XCTAssertEqual(Set(policies.map(\.file)).count, 21, "one template per policy")
        XCTAssertEqual(Set(duties.map(\.file)).count, 16, "one template per duty")
    }

    func testRecordFormsHaveTheirColumnsAndBlankRows() throws {
        let dossierURL = try XCTUnwrap(try ManualFixtures.sampleDossierURLs().first)
        let set = try ManualFixtures.loadSet("device-records")
        XCTAssertEqual(set.manifest.parts.first { $0.kind == .form }?.items.count, 20)
        let tables = DocumentText.tables(try ManualAssembler(set: set).document(for: try ManualFixtures.loadDossier(dossierURL)))
        let expectedColumns: [[String]] = [
            ["采购日期", "产品名称", "规格型号", "注册证或备案凭证编号", "供货单位", "数量"],
            ["到货日期", "产品名称", "批号或序列号", "灭菌批号", "验收结论", "验收人"],
            ["日期", "上午（9时30分—10时30分）", "下午（15时30分—16时30分）", "备注"],
            ["出库日期", "购货单位", "批号或序列号", "有效期至", "复核人", "发货人"],
            ["销售日期", "购货者名称", "购货者许可证或备案凭证编号", "注册证或备案凭证编号", "批号或序列号", "有效期至", "数量", "单价", "金额"],
            ["退货日期", "退货单位", "生产单位（供货单位）", "出厂编号或批号", "生产日期", "退货数量", "退货原因", "处理结果"],
            ["序号", "姓名", "性别", "出生年月", "学历", "专业", "职称", "部门", "岗位"],
            ["受理日期", "投诉人或单位", "投诉内容", "调查结果", "处理措施", "答复日期"],
        ]
        for columns in expectedColumns {
            let table = tables.first { header in columns.allSatisfy { header.first?.contains($0) == true } }
            XCTAssertNotNil(table, "no form with columns \(columns)")
            if let table, columns.first != "日期" {
                let blank = table.dropFirst().filter { $0.allSatisfy(\.isEmpty) }
                XCTAssertEqual(blank.count, set.manifest.blankRows, "blank rows under \(columns[0])")
            }
        }
        let daily = try XCTUnwrap(tables.first { $0.first?.first == "日期" && $0.count > 30 })
        XCTAssertEqual(daily.last?.first, "31", "one row per day of the month")
    }

    func testUnknownSetNamesTheAvailableOnes() {
        XCTAssertThrowsError(try ManualFixtures.loadSet("no-such-set")) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains("no manual set \"no-such-set\""), message)
            XCTAssertTrue(message.contains("ipis-policies"), message)
        }
    }

    func testUserFolderOverridesATemplateAndAddsASet() throws {
        let user = FileManager.default.temporaryDirectory.appendingPathComponent("manuals-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: user) }
        let custom = user.appendingPathComponent("manuals/custom")
        try FileManager.default.createDirectory(at: custom, withIntermediateDirectories: true)
        try "% 客户专用封面 {{applicant.name}}\n".write(
            to: user.appendingPathComponent("manuals/_common/cover.mustache").creatingFolder(), atomically: true, encoding: .utf8)
        try """
            id: custom
            title: 自定义手册
            version: "0.9"
            code: CU
            front: [cover, contents]
            approval:
              drafted_by: {person: applicant.contact, position: 联系人}
              reviewed_by: {person: applicant.unit_head, position: 负责人}
              approved_by: {person: people.legal_representative, position: 法定代表人}
            parts:
              - title: 制度
                kind: policy
                code: ZD
                items:
                  - {file: only, title: "{{website.name}}管理制度"}
            """.write(to: custom.appendingPathComponent("manual.yaml"), atomically: true, encoding: .utf8)
        try "## （一）目的\n\n{{applicant.name}}的制度。\n".write(
            to: custom.appendingPathComponent("only.mustache"), atomically: true, encoding: .utf8)

        let library = ManualSetLibrary(override: user, bundled: ManualFixtures.templates)
        XCTAssertTrue(library.availableSets().contains("custom"))
        let dossier = try ManualFixtures.loadDossier(try XCTUnwrap(try ManualFixtures.sampleDossierURLs().first))
        let text = DocumentText.of(try ManualAssembler(set: try library.loadSet("custom")).document(for: dossier))
        XCTAssertTrue(text.contains("客户专用封面 \(dossier.applicant.name)"), "user cover replaces the bundled one")
        XCTAssertTrue(text.contains("一、\(dossier.website.name)管理制度"), "bundled policy header, rendered title")
        XCTAssertTrue(text.contains("\(dossier.applicant.name)的制度。"))
    }

    func testManifestNamingAMissingTemplateFailsBeforeRendering() throws {
        let user = FileManager.default.temporaryDirectory.appendingPathComponent("manuals-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: user) }
        let broken = try user.appendingPathComponent("manuals/broken/manual.yaml").creatingFolder()
        try """
            id: broken
            title: 缺模板
            version: "1"
            code: BR
            approval:
              drafted_by: {person: applicant.contact, position: a}
              reviewed_by: {person: applicant.contact, position: b}
              approved_by: {person: applicant.contact, position: c}
            parts:
              - {title: 制度, kind: policy, code: ZD, items: [{file: missing, title: 无}]}
            """.write(to: broken, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ManualSetLibrary(override: user, bundled: ManualFixtures.templates).loadSet("broken")) {
            XCTAssertTrue("\($0)".contains("missing.mustache"), "\($0)")
        }
    }
}

extension URL {
    /// This file URL after creating its parent folder.
    fileprivate func creatingFolder() throws -> URL {
        try FileManager.default.createDirectory(at: deletingLastPathComponent(), withIntermediateDirectories: true)
        return self
    }
}
