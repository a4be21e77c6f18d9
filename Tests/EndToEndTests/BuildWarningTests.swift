import FilingTestSupport
import Foundation
import Testing

/// `filingpack build` names fields whose text lost characters, even when the build succeeds.
@Suite(.enabled(if: FilingpackExecutable.url != nil || SharedResources.isCI, "the filingpack executable is not built"))
struct BuildWarningTests {
    @Test func removedCharactersAreWarnedOnStandardError() throws {
        let executable = try #require(FilingpackExecutable.url)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fp-warning-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: BuildCommandTests.packageRoot.appendingPathComponent("samples/complete/commercial"),
                                         to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let dossier = folder.appendingPathComponent("dossier.yaml")
        let text = try String(contentsOf: dossier, encoding: .utf8)
        try text.replacingOccurrences(of: "      description: 收录已批准上市药品的说明书全文，按通用名和批准文号检索。",
                                      with: "      description: \"\\x01\\x02收录\"")
            .write(to: dossier, atomically: true, encoding: .utf8)
        let result = try ToolRunner.run(executable, ["build", dossier.path, "--output", folder.appendingPathComponent("out").path,
                                                     "--lang", "en"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError.contains(
            "warning: \(dossier.path):94:20: characters a document cannot hold were removed: website.columns[0].description (2 removed)"),
            "\(result.standardError)")
    }
}
