@testable import FilingAssembly
import FilingRules
import FilingTestSupport
import Foundation
import XCTest

/// A draft build (which goes ahead despite error findings) still never reads a file outside the dossier folder,
/// never embeds a mislabelled or corrupt scan, and stops taking files at the total size limit.
final class HostileAttachmentTests: XCTestCase {
    private let root = SharedResources.packageRoot
    private var templates: URL { root.appendingPathComponent("templates") }
    private var folder: URL!
    private let manager = FileManager.default

    override func setUpWithError() throws {
        folder = manager.temporaryDirectory.appendingPathComponent("fp-attachments-\(UUID().uuidString)")
        try manager.copyItem(at: root.appendingPathComponent("samples/complete/commercial"), to: folder)
    }

    override func tearDownWithError() throws {
        try? manager.removeItem(at: folder)
    }

    /// The sample with `files` added to the business licence scans.
    private func dossier(adding files: [String]) throws -> URL {
        let url = folder.appendingPathComponent("dossier.yaml")
        let marker = "        caption: 营业执照（副本）\n"
        let text = try String(contentsOf: url, encoding: .utf8)
        XCTAssertTrue(text.contains(marker))
        try text.replacingOccurrences(of: marker, with: marker + files.map { "      - \($0)\n" }.joined())
            .write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    private func draftBuild(_ dossier: URL) throws -> (BuildResult, String) {
        let options = BuildOptions(dossier: dossier, formats: [.docx], outputDirectory: folder.appendingPathComponent("out"),
                                   bundledTemplates: templates, draft: true)
        XCTAssertThrowsError(try BinderBuild(options: options.with(draft: false)).run(), "errors stop a plain build")
        let result = try BinderBuild(options: options).run()
        return (result, try BinderText.docx(result.folder.appendingPathComponent("binder.docx")))
    }

    func testDraftRefusesOutsideMislabelledAndCorruptFiles() throws {
        let outside = manager.temporaryDirectory.appendingPathComponent("fp-secret-\(UUID().uuidString).pdf")
        try Data("%PDF-1.4 secret\n".utf8).write(to: outside)
        defer { try? manager.removeItem(at: outside) }
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("scans/secret.pdf").path,
                                       withDestinationPath: outside.path)
        try Data("%PDF-1.7\n".utf8).write(to: folder.appendingPathComponent("scans/named.png"))
        try Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46]).write(to: folder.appendingPathComponent("scans/cut.jpg"))
        var huge = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8))
        huge += Data([0x7F, 0xFF, 0xFF, 0xFF, 0x7F, 0xFF, 0xFF, 0xFF, 8, 2, 0, 0, 0, 0, 0, 0, 0])
        try huge.write(to: folder.appendingPathComponent("scans/huge.png"))

        let (result, text) = try draftBuild(dossier(adding: ["scans/secret.pdf", "scans/named.png", "scans/cut.jpg", "scans/huge.png"]))
        XCTAssertEqual(result.report.findings.filter { $0.fieldPath.hasPrefix("applicant.business_licence.scans") }.map(\.ruleID),
                       ["evidence.file-outside-dossier", "evidence.file-mislabelled"])
        XCTAssertFalse(result.files.contains { $0.hasSuffix("secret.pdf") }, "the linked file is not copied")
        XCTAssertTrue(text.contains("无法使用附件 scans/secret.pdf：the path or a symbolic link on it leaves the dossier folder"))
        XCTAssertTrue(text.contains("无法使用附件 scans/named.png：the content is PDF, not what the extension says"))
        XCTAssertTrue(text.contains("无法嵌入扫描件 scans/cut.jpg"))
        XCTAssertTrue(text.contains("exceeds the limit of 30000 pixels per side"))
    }

    func testDraftStopsTakingFilesAtTheTotalLimit() throws {
        // Eleven sparse 19 MiB "JPEG" files: 209 MiB in all, no disk used. Each is read once and found corrupt.
        let names = (1...11).map { "scans/big-\($0).jpg" }
        for name in names {
            let url = folder.appendingPathComponent(name)
            manager.createFile(atPath: url.path, contents: Data([0xFF, 0xD8, 0xFF, 0xE0]))
            let handle = try FileHandle(forWritingTo: url)
            try handle.truncate(atOffset: 19 * 1_048_576)
            try handle.close()
        }
        let (result, text) = try draftBuild(dossier(adding: names))
        XCTAssertTrue(result.report.findings.contains { $0.ruleID == "evidence.total-too-large" })
        XCTAssertTrue(text.contains("无法使用附件 scans/big-11.jpg：all attachments together would exceed"), text.suffix(2000).description)
    }

    func testFiveHundredScansBuild() throws {
        // Different bytes after each JPEG's end marker, so the packages cannot share one picture.
        let scan = try Data(contentsOf: folder.appendingPathComponent("scans/id-li-jing.jpg"))
        let names = (1...500).map { "scans/extra-\($0).jpg" }
        for (index, name) in names.enumerated() {
            try (scan + Data("copy \(index)".utf8)).write(to: folder.appendingPathComponent(name))
        }
        let options = BuildOptions(dossier: try dossier(adding: names), formats: [.docx],
                                   outputDirectory: folder.appendingPathComponent("out"), bundledTemplates: templates)
        let result = try BinderBuild(options: options).run()
        let zip = try ZipContents(Data(contentsOf: result.folder.appendingPathComponent("binder.docx")))
        XCTAssertGreaterThanOrEqual(zip.paths.filter { $0.hasPrefix("word/media/") }.count, 500)
    }
}

private extension BuildOptions {
    func with(draft: Bool) -> BuildOptions {
        var copy = self
        copy.draft = draft
        return copy
    }
}
