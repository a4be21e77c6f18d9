import FilingDossier
import FilingModel
import Foundation

/// Paths and helpers shared by the loader tests.
enum Fixtures {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let templates = packageRoot.appendingPathComponent("templates")
    static let samples = packageRoot.appendingPathComponent("samples")

    static let loader = DossierLoader(templatesDirectory: templates)

    static func sample(_ relativePath: String) -> URL {
        samples.appendingPathComponent(relativePath).appendingPathComponent("dossier.yaml")
    }

    /// Loads YAML text as if it were the file `dossier.yaml`.
    static func load(_ yaml: String) throws(DossierLoadError) -> LocatedDossier {
        try loader.load(yaml: yaml, fileURL: URL(fileURLWithPath: "dossier.yaml"), schema: try loader.schema())
    }

    /// The load error for `yaml`, or nil when it loads.
    static func error(loading yaml: String) -> DossierLoadError? {
        do {
            _ = try load(yaml)
            return nil
        } catch {
            return error
        }
    }

    /// Writes bytes to a fresh temporary file named `dossier.yaml`.
    static func temporaryFile(_ data: Data) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("filingpack-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("dossier.yaml")
        try data.write(to: url)
        return url
    }

    /// The smallest dossier the schema accepts; tests edit it to provoke one problem at a time.
    static let minimal = """
        version: 1
        filing:
          date: 2026-12-01
        category: non_commercial
        applicant:
          name: 测试单位有限公司
          credit_code: 91350100M000100Y43
          address: 北京市朝阳区某路 1 号
          postcode: "100000"
          phone: 010-61234567
          email: a@example.cn
          legal_representative: 张三
          unit_head: {name: 张三, phone: 010-61234567}
          contact: {name: 李四, phone: 010-61234568}
          business_licence:
            unit_name: 测试单位有限公司
            credit_code: 91350100M000100Y43
            legal_representative: 张三
            scans: [scans/licence.png]
          overview: 概况
        website:
          name: 测试网
          domains:
            - {name: example.cn, registrant: 测试单位有限公司, certificate: [scans/domain.png]}
          main_server: {location: 北京, domain: www.example.cn, ip: 192.0.2.1}
          columns:
            - {name: 新闻, url: https://www.example.cn/news/, description: 新闻}
          regulator_access:
            steps: [打开首页]
        people:
          legal_representative: {name: 张三}
          website_head: {name: 李四}
          professionals: []
        policies: {}

        """
}
