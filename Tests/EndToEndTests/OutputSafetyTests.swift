import FilingTestSupport
import Foundation
import Testing

/// The `filingpack` executable built next to the test bundle (`swift build` builds it with the tests).
enum FilingpackExecutable {
    static let url: URL? = {
        let url = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("filingpack")
        return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
    }()
}

/// `filingpack build` as a separate process that is killed, runs out of space, or races another build:
/// the previous binder stays whole and nothing half-written appears under the expected name.
@Suite("Build output survives kills, full disks and concurrent builds", .serialized,
       .enabled(if: FilingpackExecutable.url != nil || SharedResources.isCI, "the filingpack executable is not built"))
struct OutputSafetyTests {
    static let packageRoot = BuildCommandTests.packageRoot
    static let folderName = "洛阳康源医药信息科技有限公司-national-12-2026-12-01"
    static let expectedFiles = ["attachments", "binder.docx", "binder.odt", "checklist.csv", "checklist.docx",
                                "checklist.odt", "findings.json"]

    /// A copy of the commercial sample whose overview is 100,000 characters long, so writing takes a while.
    private func slowDossier() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fp-safety-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.packageRoot.appendingPathComponent("samples/complete/commercial"), to: folder)
        let url = folder.appendingPathComponent("dossier.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let long = String(repeating: "本公司主要从事药品信息服务。", count: 7_200)
        try text.replacingOccurrences(of: "  overview: >-\n", with: "  overview: >-\n    \(long)\n")
            .write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    private func outputFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fp-safety-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func start(_ executable: URL, _ dossier: URL, output: URL, shellPrefix: String? = nil) throws -> Process {
        let process = Process()
        let arguments = ["build", dossier.path, "--output", output.path, "--format", "docx,odt"]
        if let shellPrefix {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "\(shellPrefix); exec \"$0\" \"$@\"", executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    private func visibleEntries(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    private func hiddenEntries(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix(".") }.sorted()
    }

    /// The build folder holds every file and both binders open as packages with a document part.
    private func expectComplete(_ output: URL, _ comment: Comment) throws {
        #expect(visibleEntries(output) == [Self.folderName], comment)
        let folder = output.appendingPathComponent(Self.folderName)
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted() == Self.expectedFiles, comment)
        let docx = try ZipContents(Data(contentsOf: folder.appendingPathComponent("binder.docx")))
        #expect(docx["word/document.xml"].map(XMLValidation.wellFormednessErrors) == [], comment)
        let odt = try ZipContents(Data(contentsOf: folder.appendingPathComponent("binder.odt")))
        #expect(odt["content.xml"].map(XMLValidation.wellFormednessErrors) == [], comment)
    }

    @Test func killedBuildsLeaveThePreviousBinderWhole() throws {
        let filingpack = try #require(FilingpackExecutable.url)
        let dossier = try slowDossier()
        let output = try outputFolder()
        let first = try start(filingpack, dossier, output: output)
        first.waitUntilExit()
        #expect(first.terminationStatus == 0)
        try expectComplete(output, "first build")

        // Kill at increasing points of the build: loading, assembling, writing, committing.
        for delay in [0.05, 0.2, 0.4, 0.6, 0.8, 1.0, 1.2, 1.5] {
            let build = try start(filingpack, dossier, output: output)
            Thread.sleep(forTimeInterval: delay)
            kill(build.processIdentifier, SIGKILL)
            build.waitUntilExit()
            // Killed between the commit's two renames, the previous build waits hidden for the next build to put
            // it back: a window of two system calls, documented in docs/safety.md.
            if visibleEntries(output).isEmpty, hiddenEntries(output).contains(where: { $0.hasPrefix(".filingpack-old-") }) {
                continue
            }
            try expectComplete(output, "after kill -9 at \(delay) s")
        }
        let last = try start(filingpack, dossier, output: output)
        last.waitUntilExit()
        #expect(last.terminationStatus == 0)
        try expectComplete(output, "build after the kills")
        #expect(hiddenEntries(output) == [], "leftover temporary folders are cleaned up by the next build")
    }

    @Test func aFullDiskLeavesThePreviousBinderWhole() throws {
        let filingpack = try #require(FilingpackExecutable.url)
        let dossier = try slowDossier()
        let output = try outputFolder()
        let first = try start(filingpack, dossier, output: output)
        first.waitUntilExit()
        let binder = output.appendingPathComponent(Self.folderName).appendingPathComponent("binder.docx")
        let before = try Data(contentsOf: binder)

        // A file-size limit of 64 KiB with SIGXFSZ ignored: writes fail with EFBIG, as on a full disk.
        let starved = try start(filingpack, dossier, output: output, shellPrefix: "ulimit -f 64; trap '' XFSZ")
        starved.waitUntilExit()
        #expect(starved.terminationStatus == 2)
        try expectComplete(output, "after the failed write")
        #expect(try Data(contentsOf: binder) == before)
        #expect(hiddenEntries(output) == [], "the failed build removed its temporary folder")
    }

    @Test func concurrentBuildsIntoOneFolderDoNotCorruptEachOther() throws {
        let filingpack = try #require(FilingpackExecutable.url)
        let dossier = try slowDossier()
        let output = try outputFolder()
        for round in 1...3 {
            let builds = try (1...3).map { _ in try start(filingpack, dossier, output: output) }
            builds.forEach { $0.waitUntilExit() }
            #expect(builds.map(\.terminationStatus) == [0, 0, 0], "round \(round)")
            try expectComplete(output, "round \(round)")
            #expect(hiddenEntries(output) == [], "round \(round)")
        }
    }
}
