@testable import FilingAssembly
import FilingDossier
import FilingModel
import FilingTestSupport
import Foundation
import XCTest

/// The batch writes every good client in each format, skips a broken one with a located error, and the
/// written files carry the clients' values.
final class ManualBatchTests: XCTestCase {
    private var output: URL!

    override func setUpWithError() throws {
        output = FileManager.default.temporaryDirectory.appendingPathComponent("manual-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: output)
    }

    private func batch(_ set: String, width: Int = 4) throws -> ManualBatch {
        ManualBatch(
            assembler: ManualAssembler(set: try ManualFixtures.loadSet(set)), writers: ManualFormat.allCases.map(\.writer),
            outputDirectory: output, loader: DossierLoader(templatesDirectory: ManualFixtures.templates), width: width)
    }

    func testBrokenClientIsSkippedWhileTheOthersAreWritten() async throws {
        let good = try ManualFixtures.sampleDossierURLs()
        let broken = ManualFixtures.packageRoot.appendingPathComponent("samples/broken/wrong-types/dossier.yaml")
        let clients = [good[0], broken] + good.dropFirst()
        let reported = Reports()
        let summary = try await batch("ipis-policies").run(clients: clients) { result, finished, total in
            reported.add(result.input, finished, total)
        }

        XCTAssertEqual(summary.results.map(\.input), clients, "results in input order")
        XCTAssertEqual(summary.succeeded, good.count)
        XCTAssertEqual(summary.failed, 1)
        guard case .failed(let message) = summary.results[1].outcome else { return XCTFail("broken client written") }
        XCTAssertTrue(message.contains("wrong-types/dossier.yaml:17:13: applicant.postcode"), message)
        XCTAssertEqual(reported.counts, Array(1...clients.count), "one report per client, counting up")
        XCTAssertEqual(reported.totals, Set([clients.count]))

        let files = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        let expected = good.map { $0.deletingLastPathComponent().lastPathComponent }
            .flatMap { ["\($0)-ipis-policies.docx", "\($0)-ipis-policies.odt"] }.sorted()
        XCTAssertEqual(files, expected, "nothing for the broken client, no temporary files left")
    }

    func testWrittenFilesCarryTheClientsValues() async throws {
        let url = try XCTUnwrap(try ManualFixtures.sampleDossierURLs().first)
        let dossier = try ManualFixtures.loadDossier(url)
        for set in ManualFixtures.bundledSets {
            let summary = try await batch(set).run(clients: [url])
            guard case .written(let files) = try XCTUnwrap(summary.results.first).outcome else {
                return XCTFail("\(set): \(summary.results)")
            }
            XCTAssertEqual(files.map(\.pathExtension), ["docx", "odt"])
            for file in files {
                let text = try PackageText.of(file)
                for value in [dossier.applicant.name, "版本号：1.0", "文件变更记录", "目　　录"] {
                    XCTAssertTrue(text.contains(value), "\(file.lastPathComponent) lacks \(value)")
                }
                if set == "ipis-policies" {
                    for value in [dossier.website.name, dossier.people.websiteHead.name] + (dossier.policies.backup?.media ?? []) {
                        XCTAssertTrue(text.contains(value), "\(file.lastPathComponent) lacks \(value)")
                    }
                }
                if set == "device-records" {
                    for column in ["购货者许可证或备案凭证编号", "灭菌批号", "退货原因", "体检结论", "超标时采取的措施"] {
                        XCTAssertTrue(text.contains(column), "\(file.lastPathComponent) lacks the column \(column)")
                    }
                }
            }
        }
    }

    func testNarrowAndWideBatchesWriteTheSameFiles() async throws {
        let clients = try ManualFixtures.sampleDossierURLs()
        let wide = try await batch("after-sales", width: 8).run(clients: clients)
        let wideBytes = try wide.results.flatMap(writtenFiles).map { try Data(contentsOf: $0) }
        let narrow = try await batch("after-sales", width: 1).run(clients: clients)
        XCTAssertEqual(narrow, wide)
        XCTAssertEqual(try narrow.results.flatMap(writtenFiles).map { try Data(contentsOf: $0) }, wideBytes,
                       "output does not depend on scheduling")
    }

    func testFormatListParsing() {
        XCTAssertEqual(ManualFormat.list("odt, DOCX,odt"), [.odt, .docx])
        XCTAssertNil(ManualFormat.list("pdf"))
        XCTAssertNil(ManualFormat.list(""))
    }

    func testOutputNamesComeFromFileOrFolderAndNeverCollide() {
        let clients = ["/c/acme/dossier.yaml", "/c/beta.yaml", "/d/acme/dossier.yaml", "/e/acme.yml"].map(URL.init(fileURLWithPath:))
        XCTAssertEqual(ManualOutputNames.stems(for: clients), ["acme", "beta", "acme-2", "acme-3"])
    }

    private func writtenFiles(_ result: ManualClientResult) -> [URL] {
        if case .written(let files) = result.outcome { return files }
        return []
    }
}

/// Collects progress reports (called from one task at a time, but across tasks).
private final class Reports: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var counts: [Int] = []
    private(set) var totals: Set<Int> = []
    private(set) var inputs: [URL] = []

    func add(_ input: URL, _ finished: Int, _ total: Int) {
        lock.lock()
        defer { lock.unlock() }
        inputs.append(input)
        counts.append(finished)
        totals.insert(total)
    }
}

/// Text read back from a written DOCX or ODT: the main XML part with tags removed.
enum PackageText {
    static func of(_ file: URL) throws -> String {
        let zip = try ZipContents(Data(contentsOf: file))
        let part = file.pathExtension == "docx" ? "word/document.xml" : "content.xml"
        let xml = String(decoding: try XCTUnwrap(zip[part], "\(part) in \(file.lastPathComponent)"), as: UTF8.self)
        return xml.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
