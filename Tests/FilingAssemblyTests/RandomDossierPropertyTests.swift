@testable import FilingAssembly
import FilingDossier
import FilingTestSupport
import Foundation
import XCTest

/// Property: for random text in the dossier's free-text fields, the dossier loads, exactly the characters
/// XML 1.0 cannot hold are removed and reported, the build succeeds and every written XML part validates.
final class RandomDossierPropertyTests: XCTestCase {
    private let root = SharedResources.packageRoot
    private var templates: URL { root.appendingPathComponent("templates") }

    /// SplitMix64: a seeded generator, so a failure names a seed that reproduces it.
    private struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Code point ranges to draw from: ASCII (markup, XML and Mustache specials), CJK, Arabic and Hebrew,
    /// combining marks, emoji, line separators, and what XML 1.0 cannot hold (C0 controls, U+FFFE, U+FFFF).
    private static let ranges: [ClosedRange<UInt32>] = [
        0x20...0x7E, 0x20...0x7E, 0x4E00...0x9FFF, 0x0590...0x06FF, 0x0300...0x036F, 0x1F300...0x1FAFF,
        0x2028...0x2029, 0x01...0x1F, 0xFFFE...0xFFFF, 0x10000...0x10FFFD,
    ]

    private static func isXMLCharacter(_ value: UInt32) -> Bool {
        value == 0x9 || value == 0xA || value == 0xD || (0x20...0xD7FF).contains(value)
            || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
    }

    /// A random value as YAML double-quoted text (every character escaped) and how many characters XML rejects.
    private static func randomValue(using generator: inout SeededGenerator) -> (yaml: String, rejected: Int) {
        var yaml = "\""
        var rejected = 0
        for _ in 0..<Int.random(in: 1...400, using: &generator) {
            let range = ranges.randomElement(using: &generator)!
            let value = UInt32.random(in: range, using: &generator)
            yaml += String(format: "\\U%08X", value)
            if !isXMLCharacter(value) { rejected += 1 }
        }
        return (yaml + "\"", rejected)
    }

    func testRandomTextBuildsValidPackages() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fp-random-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: root.appendingPathComponent("samples/complete/commercial"), to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let dossier = folder.appendingPathComponent("dossier.yaml")
        let original = try String(contentsOf: dossier, encoding: .utf8)
        let fields = ["      description: ", "    steps: ", "      position: "]

        for seed in UInt64(1)...4 {
            var generator = SeededGenerator(state: seed)
            var lines = original.components(separatedBy: "\n")
            var expectedRemoved: [String: Int] = [:]
            // The first column description and first staff position, and the regulator's steps.
            for prefix in fields {
                guard let index = lines.firstIndex(where: { $0.hasPrefix(prefix) }) else { continue }
                let value = Self.randomValue(using: &generator)
                lines[index] = prefix + (prefix.contains("steps") ? "[\(value.yaml)]" : value.yaml)
                let field = String(prefix.trimmingCharacters(in: .whitespaces).dropLast())  // without the colon
                if value.rejected > 0 { expectedRemoved[field, default: 0] += value.rejected }
            }
            try lines.joined(separator: "\n").write(to: dossier, atomically: true, encoding: .utf8)

            let located = try DossierLoader(templatesDirectory: templates).load(contentsOf: dossier)
            // `website.regulator_access.steps[0]` → `steps`: the field name the value was written under.
            let removed = Dictionary(located.removedCharacters.map { path, count in
                (String(path.split(separator: ".").last?.split(separator: "[").first ?? ""), count)
            }, uniquingKeysWith: +)
            XCTAssertEqual(removed, expectedRemoved, "seed \(seed)")

            let options = BuildOptions(dossier: dossier, formats: [.docx, .odt],
                                       outputDirectory: folder.appendingPathComponent("out"), bundledTemplates: templates)
            let result = try BinderBuild(options: options).run()
            for name in ["binder", "checklist"] {
                let docx = try Data(contentsOf: result.folder.appendingPathComponent("\(name).docx"))
                XCTAssertEqual(try PartValidation.docxErrors(docx), [], "seed \(seed) \(name).docx")
                let odt = try Data(contentsOf: result.folder.appendingPathComponent("\(name).odt"))
                XCTAssertEqual(try PartValidation.odtErrors(odt), [], "seed \(seed) \(name).odt")
            }
        }
    }
}
