import Foundation
import Testing

/// The README, CI script and samples index promise things about each other; keep them true.
@Suite("README, CI and samples agree")
struct RepositoryConsistencyTests {
    static let root = InitCommandTests.packageRoot

    private func text(_ path: String) throws -> String {
        try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func ciRunsExactlyTheReadmeTestCommand() throws {
        let readme = try text("README.md")
        let section = try #require(readme.components(separatedBy: "Run all tests").dropFirst().first)
        let block = try #require(section.components(separatedBy: "```sh\n").dropFirst().first)
        let command = try #require(block.components(separatedBy: "\n").first)
        let script = try text(".ci/run")
        let commands = script.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }.map(String.init)
        // The tests, then the bounded fuzz run the README mentions.
        #expect(commands.suffix(2) == [command, "scripts/fuzz.sh 60"])
        #expect(readme.contains("scripts/fuzz.sh 60"))
        #expect(script.contains("set -euo pipefail"))
        #expect(script.contains("export CI=true"))
    }

    @Test func samplesIndexListsEveryBrokenSample() throws {
        let index = try text("samples/README.md")
        let folders = try FileManager.default.contentsOfDirectory(
            atPath: Self.root.appendingPathComponent("samples/broken").path)
        #expect(folders.count >= 7)
        for folder in folders { #expect(index.contains("`broken/\(folder)/`"), "\(folder)") }
    }
}
