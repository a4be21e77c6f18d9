@testable import FilingAssembly
import FilingModel
import Foundation
import XCTest

/// Folder names from hostile unit names, and the clean-up after killed builds.
final class OutputFolderTests: XCTestCase {
    private let date = LocalDate(year: 2026, month: 1, day: 2)!

    func testHostileUnitNamesGiveOneSafeComponent() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("fp-names-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        let names = ["../../etc/passwd", "a:b\\c", "\u{1}\u{7F}\u{85}x\u{9}y", "...", " . ", "C:\\Windows",
                     String(repeating: "很长的单位名称", count: 60), String(repeating: "😀", count: 100), "单位. "]
        for unit in names {
            let name = BinderBuild.folderName(unit: unit, profile: "national-12", date: date)
            XCTAssertFalse(name.contains("/") || name.contains("\\") || name.contains(":"), name)
            XCTAssertFalse(name.hasPrefix("."), name)
            XCTAssertFalse(name.unicodeScalars.contains { $0.properties.generalCategory == .control }, name)
            XCTAssertLessThanOrEqual(name.utf8.count, BinderBuild.unitNameByteLimit + "-national-12-2026-01-02".utf8.count)
            // Room for the hidden name a commit moves the previous build to.
            XCTAssertLessThanOrEqual((OutputFolder.previousPrefix + "4194304-" + name).utf8.count, 255)
            let folder = parent.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            XCTAssertEqual(folder.deletingLastPathComponent().standardizedFileURL.path, parent.standardizedFileURL.path)
        }
        XCTAssertEqual(BinderBuild.folderName(unit: "单位. ", profile: "p", date: date), "单位-p-2026-01-02")
        XCTAssertEqual(BinderBuild.folderName(unit: "\u{1}x", profile: "p", date: date), "_x-p-2026-01-02")
        XCTAssertEqual(BinderBuild.folderName(unit: String(repeating: "😀", count: 100), profile: "p", date: date),
                       String(repeating: "😀", count: 37) + "-p-2026-01-02")
    }

    func testLeftoversOfDeadBuildsAreCleanedAndAPreviousBuildPutBack() throws {
        let manager = FileManager.default
        let parent = manager.temporaryDirectory.appendingPathComponent("fp-leftovers-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: parent) }
        // A process that has finished: its pid is free.
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let dead = finished.processIdentifier
        let live = ProcessInfo.processInfo.processIdentifier
        for entry in ["\(OutputFolder.temporaryPrefix)\(dead)-ab12", "\(OutputFolder.previousPrefix)\(dead)-单位-p-2026-01-02",
                      "\(OutputFolder.previousPrefix)\(dead)-kept-p-2026-01-02", "kept-p-2026-01-02",
                      "\(OutputFolder.temporaryPrefix)\(live)-cd34"] {
            try manager.createDirectory(at: parent.appendingPathComponent(entry), withIntermediateDirectories: true)
        }
        OutputFolder.recoverLeftovers(in: parent)
        XCTAssertEqual(try manager.contentsOfDirectory(atPath: parent.path).sorted(),
                       ["\(OutputFolder.temporaryPrefix)\(live)-cd34", "kept-p-2026-01-02", "单位-p-2026-01-02"])
    }
}
