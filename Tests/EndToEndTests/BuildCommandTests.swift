@testable import FilingCLI
import Foundation
import Testing

/// `filingpack build` from the command line: exit codes, output folder, atomic replacement.
@Suite("filingpack build from the command line")
struct BuildCommandTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = packageRoot.appendingPathComponent("templates")

    private func sample(_ path: String) -> String { Self.packageRoot.appendingPathComponent("samples/\(path)/dossier.yaml").path }

    private func freshFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("filingpack-build-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private func build(_ arguments: [String], output: URL) -> Int32 {
        FilingpackCommand.run(arguments: ["build"] + arguments + ["--output", output.path, "--format", "docx,odt"])
    }

    private func entries(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func completeSampleBuildsEveryFile() throws {
        let output = try freshFolder()
        #expect(build([sample("complete/commercial"), "--profile", "national-12"], output: output) == 0)
        let folders = entries(output)
        #expect(folders == ["洛阳康源医药信息科技有限公司-national-12-2026-12-01"])
        let files = entries(output.appendingPathComponent(folders.first ?? ""))
        #expect(files == ["attachments", "binder.docx", "binder.odt", "checklist.csv", "checklist.docx",
                          "checklist.odt", "findings.json"])
    }

    @Test func errorsStopTheBuildUnlessDraft() throws {
        let output = try freshFolder()
        #expect(build([sample("broken/missing-attachment-file")], output: output) == 1)
        #expect(entries(output).isEmpty, "nothing written, not even a temporary folder")
        #expect(build([sample("broken/missing-attachment-file"), "--draft"], output: output) == 0)
        #expect(entries(output).count == 1)
    }

    @Test func badInputExitsTwo() throws {
        let output = try freshFolder()
        #expect(build([sample("broken/malformed-yaml")], output: output) == 2)
        #expect(build([sample("complete/commercial"), "--profile", "no-such-profile"], output: output) == 2)
        #expect(FilingpackCommand.run(arguments: ["build", sample("complete/commercial"), "--format", "docx,rtf",
                                                  "--output", output.path]) == 2)
        #expect(FilingpackCommand.run(arguments: ["build", sample("complete/commercial"), "--date", "2026-13-01",
                                                  "--output", output.path]) == 2)
        #expect(entries(output).isEmpty)
    }

    @Test func aFailedBuildLeavesTheEarlierBuildInPlace() throws {
        let output = try freshFolder()
        #expect(build([sample("complete/commercial"), "--profile", "national-12"], output: output) == 0)
        let folder = output.appendingPathComponent(entries(output)[0])
        let before = try Data(contentsOf: folder.appendingPathComponent("binder.docx"))

        let broken = try freshFolder()
        try FileManager.default.createDirectory(at: broken.appendingPathComponent("binder"), withIntermediateDirectories: true)
        try Data("{{#unclosed}}\n".utf8).write(to: broken.appendingPathComponent("binder/cover.mustache"))
        #expect(build([sample("complete/commercial"), "--profile", "national-12", "--templates", broken.path],
                      output: output) == 2)
        #expect(entries(output) == [folder.lastPathComponent], "no temporary folder left behind")
        #expect(try Data(contentsOf: folder.appendingPathComponent("binder.docx")) == before)

        #expect(build([sample("complete/commercial"), "--profile", "national-12", "--date", "2026-12-01"],
                      output: output) == 0)
        #expect(entries(output) == [folder.lastPathComponent], "a rebuild replaces the folder")
    }
}
