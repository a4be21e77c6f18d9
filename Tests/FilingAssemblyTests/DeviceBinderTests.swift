@testable import FilingAssembly
import FilingDossier
import FilingModel
import FilingRules
import FilingTestSupport
import Foundation
import XCTest

/// The medical-device family end to end: the device samples build under each device profile, and the
/// binder text read back from DOCX and ODT holds the generated application report, staff table, policies,
/// declarations and change confirmation with the dossier's values.
final class DeviceBinderTests: XCTestCase {
    private var output: URL!
    private let root = SharedResources.packageRoot
    private var templates: URL { root.appendingPathComponent("templates") }

    override func setUpWithError() throws {
        output = FileManager.default.temporaryDirectory.appendingPathComponent("fp-device-e2e-\(UUID().uuidString)")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: output)
    }

    private func sample(_ name: String) -> URL {
        root.appendingPathComponent("samples/\(name)/dossier.yaml")
    }

    private func options(_ sample: String, _ profileID: String, draft: Bool = false) -> BuildOptions {
        var options = BuildOptions(dossier: self.sample(sample), profileID: profileID, formats: [.docx, .odt],
                                   outputDirectory: output, bundledTemplates: templates)
        options.draft = draft
        return options
    }

    /// The binder's text read back from DOCX and ODT, flattened; values are looked for in both.
    private struct BinderTexts {
        var docx: String
        var odt: String

        func contains(_ value: String) -> Bool {
            let flat = BinderText.flatten(value)
            return docx.contains(flat) && odt.contains(flat)
        }
    }

    /// Builds a complete sample (it must have no error findings) and reads the binder back.
    private func binderText(_ sample: String, _ profileID: String) throws -> (text: BinderTexts, report: CheckReport) {
        let result = try BinderBuild(options: options(sample, profileID)).run()
        XCTAssertFalse(result.report.hasErrors, "\(sample) × \(profileID): \(result.report.findings.map(\.ruleID))")
        let docx = BinderText.flatten(try BinderText.docx(result.folder.appendingPathComponent("binder.docx")))
        let odt = BinderText.flatten(try BinderText.odt(result.folder.appendingPathComponent("binder.odt")))
        return (BinderTexts(docx: docx, odt: odt), result.report)
    }

    private func device(_ sample: String) throws -> (Dossier, DeviceBusiness) {
        let dossier = try DossierLoader(templatesDirectory: templates).load(contentsOf: self.sample(sample)).dossier
        return (dossier, try XCTUnwrap(dossier.device))
    }

    private func assertContains(_ text: BinderTexts, _ values: [String], _ context: String,
                                file: StaticString = #filePath, line: UInt = #line) {
        for value in values {
            XCTAssertTrue(text.contains(value), "\(context): \(value) missing", file: file, line: line)
        }
    }

    func testGuangdongApplicationBinder() throws {
        let (text, report) = try binderText("complete/device-trader", "guangdong-device-licence")
        let (dossier, device) = try device("complete/device-trader")
        let applicationReport = try XCTUnwrap(device.applicationReport)
        assertContains(text, [
            "申请报告", applicationReport.economicNature, applicationReport.salesRegion, applicationReport.mainCustomers,
            device.scope.chineseSummary, "本企业未设立分支机构",
        ] + applicationReport.mainProducts + (dossier.applicant.departments ?? []).map(\.name), "application report")
        let warehouse = try XCTUnwrap(device.warehouse)
        assertContains(text, [warehouse.site.address, "相对湿度45–75%", "待验区、合格品区、发货区、不合格品区、退货区"]
            + (warehouse.coldChain ?? []).map(\.name), "premises in the report")
        // Staff table: every column of every row, the age computed on the filing date.
        for member in device.technicalStaff {
            let date = try XCTUnwrap(dossier.filing.date)
            let row = [member.name, member.diploma?.school, member.diploma?.major, member.title, member.idNumber,
                       member.age(on: date).map(String.init)].compactMap { $0 }
            assertContains(text, row, "staff row \(member.name)")
        }
        XCTAssertTrue(text.contains("黄志明男36广东食品药品职业学院专科"), "age 36 on 2026-12-01 for a 1990-03-17 birth date")
        // The ten policies, each as a heading, filled with the dossier's people and storage values.
        assertContains(text, (device.policies ?? []).map { $0 } + ["十、卫生管理制度", "质量管理人林晓燕对经营全过程"], "policies")
        // The truthfulness declaration lists every item.
        assertContains(text, ["《医疗器械经营企业许可证》申请材料", "对所提供资料真实性的自我保证声明"], "declaration")
        // Scans are captioned by what they are.
        assertContains(text, ["经营场所《房屋租赁证》", "仓库平面布局图", "梁伟学历证明", "林晓燕职称证书"], "captions")
        XCTAssertFalse(text.docx.contains("互联网药品信息服务资格证书"), "no information-service wording in a device binder")
        XCTAssertEqual(report.items.filter { $0.status == .ready }.count, 10)
    }

    func testChangeBinderHoldsOnlyTheChosenChangeItem() throws {
        let (text, report) = try binderText("complete/device-change", "device-licence-change")
        let (_, device) = try device("complete/device-change")
        let change = try XCTUnwrap(device.change)
        let headings = report.items.map { ($0, BinderText.flatten(BinderLayout.headingText(for: $0.item))) }
        for (result, heading) in headings where result.item.key == .changeMaterials {
            XCTAssertEqual(text.docx.contains(heading), result.item.number == "4-7", "heading \(result.item.number)")
        }
        assertContains(text, [
            "变更《医疗器械经营企业许可证》确认书", change.kind.chineseLabel, change.oldValue, change.newValue,
            try XCTUnwrap(change.licenceNumber), "质量管理人员在岗自我保证声明", "未在其他任何单位兼职",
            "林晓燕身份证复印件", "林晓燕职称证书",
        ], "change binder")
        let attorney = try XCTUnwrap(headings.first { $0.0.item.key == .poa })
        XCTAssertFalse(text.docx.contains(attorney.1), "no power of attorney without an agent")
    }

    func testZhengzhouQualityManagerChangeBinder() throws {
        let (text, report) = try binderText("complete/device-change", "zhengzhou-quality-manager-change")
        XCTAssertEqual(report.items.map(\.status), Array(repeating: .ready, count: 6))
        assertContains(text, [
            "(4)新任质量管理人的身份证", "林晓燕身份证复印件", "林晓燕学历证明", "林晓燕与原单位解除劳务关系的证明",
            "经营场所地理位置图", "(6)所提供材料真实性的自我保证声明",
        ], "zhengzhou binder")
    }

    func testResidentialPremisesStopTheBuildAndMarkTheItemInADraft() throws {
        XCTAssertThrowsError(try BinderBuild(options: options("broken/device-residential-premises", "guangdong-device-licence")).run())
        let result = try BinderBuild(options: options("broken/device-residential-premises", "guangdong-device-licence", draft: true)).run()
        let text = BinderText.flatten(try BinderText.docx(result.folder.appendingPathComponent("binder.docx")))
        XCTAssertTrue(text.contains(BinderText.flatten("缺：经营、仓储场所产权证明或租用协议及平面图1份")))
    }
}
