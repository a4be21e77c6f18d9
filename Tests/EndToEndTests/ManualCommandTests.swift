@testable import FilingCLI
import Foundation
import Testing

/// `filingpack manual` from the command line: files written, a broken client skipped, exit statuses.
@Suite("filingpack manual from the command line")
struct ManualCommandTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = packageRoot.appendingPathComponent("templates").path
    static let commercial = packageRoot.appendingPathComponent("samples/complete/commercial/dossier.yaml").path
    static let nonCommercial = packageRoot.appendingPathComponent("samples/complete/non-commercial/dossier.yaml").path
    static let broken = packageRoot.appendingPathComponent("samples/broken/wrong-types/dossier.yaml").path

    private func freshFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("filingpack-manual-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Runs the command on a thread of its own, as the executable runs it on the main thread: the command
    /// waits for its task group, which must not block a thread of the cooperative pool these tests run on.
    private func run(_ arguments: [String]) async -> Int32 {
        let full = ["manual", "--templates", Self.templates, "--lang", "en"] + arguments
        return await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: FilingpackCommand.run(arguments: full)) }.start()
        }
    }

    private func files(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func writesEveryClientInEachFormat() async throws {
        let output = try freshFolder()
        #expect(await run(["--set", "after-sales", "--output", output.path, Self.commercial, Self.nonCommercial]) == 0)
        #expect(try files(in: output) == [
            "commercial-after-sales.docx", "commercial-after-sales.odt",
            "non-commercial-after-sales.docx", "non-commercial-after-sales.odt",
        ])
    }

    @Test func brokenClientIsSkippedAndTheRunExitsWithOne() async throws {
        let output = try freshFolder()
        let status = await run(["--set", "ipis-policies", "--format", "odt", "--output", output.path,
                          Self.commercial, Self.broken, Self.nonCommercial])
        #expect(status == 1)
        #expect(try files(in: output) == ["commercial-ipis-policies.odt", "non-commercial-ipis-policies.odt"])
    }

    @Test func usageErrorsAndUnknownSetsExitWithTwo() async throws {
        let output = try freshFolder()
        #expect(await run(["--set", "ipis-policies", "--output", output.path]) == 2, "no client")
        #expect(await run(["--set", "ipis-policies", "--format", "pdf", Self.commercial]) == 2)
        #expect(await run(["--set", "ipis-policies", "--effective-date", "2026-02-30", Self.commercial]) == 2)
        #expect(await run(["--set", "no-such-set", "--output", output.path, Self.commercial]) == 2)
        #expect(try files(in: output).isEmpty, "nothing written on usage errors")
    }
}
