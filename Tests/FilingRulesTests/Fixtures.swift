import FilingModel
import Foundation
@testable import FilingRules

/// Test dossiers built in Swift: `valid` passes national-12 on 2026-11-24 once its attachments exist.
enum Fixtures {
    static let filingDate = LocalDate(year: 2026, month: 11, day: 24)!
    static let unitName = "福建示例医药科技有限公司"

    /// The repository's `templates/` folder.
    static let templatesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("templates")

    static func profile(_ id: String) throws -> Profile {
        try ProfileLibrary.loadProfile(at: templatesDirectory.appendingPathComponent("profiles/\(id).yaml"))
    }

    static func scan(_ name: String) -> [Attachment] { [Attachment(file: "scans/\(name).pdf")] }

    static func person(_ name: String, id: String, discipline: Discipline? = nil, level: DiplomaLevel = .bachelor,
                       scanPrefix: String) -> Person {
        Person(
            name: name, idNumber: id, phone: "13812345678", discipline: discipline,
            diploma: Diploma(level: level, school: "中国药科大学", major: "药学", scans: scan("\(scanPrefix)-diploma")),
            labourContract: Agreement(party: unitName, validFrom: LocalDate(year: 2024, month: 1, day: 1),
                                      validUntil: LocalDate(year: 2029, month: 12, day: 31), scans: scan("\(scanPrefix)-contract")),
            drugLawFamiliarity: .familiar, resume: ["2015.09-2019.06 中国药科大学 药学专业"], idCard: scan("\(scanPrefix)-id"))
    }

    static var valid: Dossier {
        Dossier(
            filing: Filing(date: filingDate, province: "福建省", profile: "national-12"),
            category: .commercial,
            applicant: Applicant(
                name: unitName, creditCode: "91350100M000100Y43", address: "福州市鼓楼区示例路1号", postcode: "350001",
                phone: "0591-87654321", email: "office@example.cn", legalRepresentative: "张三",
                unitHead: Contact(name: "张三", phone: "0591-87654321"), contact: Contact(name: "李四", phone: "13912345678"),
                businessLicence: BusinessLicence(
                    unitName: unitName, creditCode: "91350100M000100Y43", legalRepresentative: "张三",
                    issuedOn: LocalDate(year: 2015, month: 3, day: 1), scans: scan("licence")),
                overview: "企业概况", businessPlan: "业务发展计划", technicalScheme: "技术方案"),
            website: Website(
                name: "示例药讯网", homepage: "https://www.example.cn/",
                domains: [Domain(name: "example.cn", registrant: unitName, expiresOn: LocalDate(year: 2030, month: 1, day: 1),
                                 certificate: scan("domain"))],
                icpFiling: "闽ICP备12345678号-1",
                mainServer: Server(location: "福州", domain: "www.example.cn", ip: "203.0.113.10"),
                columns: [Column(name: "药品资讯", url: "https://www.example.cn/news", description: "新闻"),
                          Column(name: "会员专区", url: "https://www.example.cn/vip", description: "付费资讯", charged: true,
                                 chargingMethod: "按年订阅")],
                regulatorAccess: RegulatorAccess(steps: ["打开首页", "浏览各栏目"])),
            hosting: Hosting(
                provider: "示例数据中心有限公司",
                agreement: Agreement(party: unitName, validFrom: LocalDate(year: 2026, month: 1, day: 1),
                                     validUntil: LocalDate(year: 2027, month: 12, day: 31), scans: scan("hosting")),
                providerLicence: ProviderLicence(number: "B1-20180123", validUntil: LocalDate(year: 2028, month: 1, day: 1)!,
                                                 scans: scan("provider-licence")),
                domains: ["example.cn"]),
            people: People(
                legalRepresentative: person("张三", id: "110105198503120012", scanPrefix: "legal"),
                websiteHead: person("王五", id: "410303199007150021", scanPrefix: "head"),
                professionals: [
                    person("赵六", id: "410303199201010030", discipline: .pharmacy, scanPrefix: "pro1"),
                    person("钱七", id: "110108198808080049", discipline: .clinicalMedicine, level: .associate, scanPrefix: "pro2"),
                ]),
            policies: Policies(
                securityMeasures: ["防火墙"], confidentialityMeasures: ["保密协议"], userInformationMeasures: ["加密存储"],
                backup: BackupPolicy(frequency: "每日增量", media: ["磁带"], responsible: "王五",
                                     records: [BackupRecord(date: LocalDate(year: 2026, month: 11, day: 1)!, content: "全站",
                                                            medium: "磁带", performedBy: "王五")]),
                informationSources: [InformationSource(manufacturer: "示例制药有限公司",
                                                       products: [SourceProduct(name: "示例片", approvalNumber: "国药准字H20000000")],
                                                       scans: scan("source"))]))
    }

    /// A fresh folder for `dossier.yaml` (never read) with one small file per attachment the dossier names,
    /// starting with the signature its extension promises (the rules sniff content).
    static func located(_ dossier: Dossier, locations: [String: SourceLocation] = [:], createFiles: Bool = true) throws
        -> LocatedDossier
    {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("filingrules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("scans"), withIntermediateDirectories: true)
        if createFiles {
            for path in attachmentPaths(of: dossier) {
                try placeholderContent(for: path).write(to: folder.appendingPathComponent(path))
            }
        }
        return LocatedDossier(dossier: dossier, fileURL: folder.appendingPathComponent("dossier.yaml"), locations: locations)
    }

    /// Bytes that sniff as the kind the file's extension names.
    static func placeholderContent(for path: String) -> Data {
        switch (path as NSString).pathExtension.lowercased() {
        case "png": Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        case "jpg", "jpeg": Data([0xFF, 0xD8, 0xFF, 0xE0])
        default: Data("%PDF-1.4\n".utf8)
        }
    }

    /// Every attachment path under `scans/`, found by encoding the dossier (attachments encode as bare paths).
    static func attachmentPaths(of dossier: Dossier) -> Set<String> {
        guard let data = try? JSONEncoder().encode(dossier), let text = String(data: data, encoding: .utf8) else { return [] }
        var paths = Set<String>()
        var rest = Substring(text)
        while let start = rest.range(of: "\"scans\\/") {
            let tail = rest[start.upperBound...]
            guard let end = tail.firstIndex(of: "\"") else { break }
            paths.insert("scans/" + tail[..<end])
            rest = tail[end...]
        }
        return paths
    }
}
