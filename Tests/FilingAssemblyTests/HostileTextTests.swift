@testable import FilingAssembly
import FilingDossier
import FilingModel
import FilingRules
import FilingTestSupport
import Foundation
import XCTest

/// Text that means something to XML, Mustache or the markup, text XML cannot hold, and very long text: the
/// binder shows it literally (minus the characters XML cannot hold, reported per field) and stays valid.
final class HostileTextTests: XCTestCase {
    private let root = SharedResources.packageRoot
    private var templates: URL { root.appendingPathComponent("templates") }
    private var folder: URL!

    /// Markup and XML specials, CDATA end, emoji with joiners, Arabic and Hebrew, Mustache tags.
    static let hostile = #"<&>"' ]]> **b** [page:x] ::noborder | a\b 😀👨‍👩‍👧 مرحبا بالعالم שלום {{applicant.name}} {{#x}}y{{/x}} {{{z}}} {{! c}} %{{> p}}"#

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("fp-hostile-\(UUID().uuidString)")
        let sample = root.appendingPathComponent("samples/complete/commercial")
        try FileManager.default.copyItem(at: sample, to: folder)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The commercial sample with `overview` and the first column's description replaced.
    private func writeDossier(overview: String, description: String) throws -> URL {
        let url = folder.appendingPathComponent("dossier.yaml")
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "  overview: >-") else { throw XCTSkip("sample has no overview block") }
        lines.replaceSubrange(start...(start + 2), with: ["  overview: \(overview)"])
        guard let column = lines.firstIndex(where: { $0.hasPrefix("      description: 收录") }) else {
            throw XCTSkip("sample has no column description")
        }
        lines[column] = "      description: \(description)"
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// YAML double-quoted form of `text` (only `\` and `"` need escaping).
    private func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    func testHostileTextComesOutLiterallyAndPackagesStayValid() throws {
        let long = String(repeating: "长文本ABC&<", count: 12_500)  // 100,000 characters
        XCTAssertEqual(long.count, 100_000)
        // YAML escapes write U+0001 and U+FFFE, which XML 1.0 cannot hold.
        let overview = "\"" + quoted(Self.hostile).dropFirst().dropLast() + #"\x01 end\uFFFE""#
        let dossier = try writeDossier(overview: overview, description: quoted(long))

        let located = try DossierLoader(templatesDirectory: templates).load(contentsOf: dossier)
        XCTAssertEqual(located.dossier.applicant.overview, Self.hostile + " end")
        XCTAssertEqual(located.removedCharacters, ["applicant.overview": 2])

        let options = BuildOptions(dossier: dossier, formats: [.docx, .odt],
                                   outputDirectory: folder.appendingPathComponent("out"), bundledTemplates: templates)
        let result = try BinderBuild(options: options).run()
        let warning = result.report.findings.first { $0.ruleID == "text.invalid-characters" }
        XCTAssertEqual(warning?.severity, .warning)
        XCTAssertEqual(warning?.fieldPath, "applicant.overview")
        XCTAssertEqual(warning?.message.en, "characters a document cannot hold were removed: applicant.overview (2 removed)")

        for (name, text) in [("docx", try BinderText.docx(result.folder.appendingPathComponent("binder.docx"))),
                             ("odt", try BinderText.odt(result.folder.appendingPathComponent("binder.odt")))] {
            let flat = BinderText.flatten(text)
            XCTAssertTrue(flat.contains(BinderText.flatten(Self.hostile + " end")), "\(name): hostile text not literal")
            XCTAssertTrue(flat.contains(BinderText.flatten(long)), "\(name): the 100,000-character value is not whole")
        }
        let docx = try Data(contentsOf: result.folder.appendingPathComponent("binder.docx"))
        let odt = try Data(contentsOf: result.folder.appendingPathComponent("binder.odt"))
        XCTAssertEqual(try PartValidation.docxErrors(docx), [])
        XCTAssertEqual(try PartValidation.odtErrors(odt), [])
        let content = try XCTUnwrap(ZipContents(odt)["content.xml"])
        XCTAssertEqual(XMLValidation.wellFormednessErrors(content), [])
    }

    func testLiteralControlCharactersInTheFileAreALoadError() throws {
        let dossier = try writeDossier(overview: "a\u{1}b", description: "x")
        XCTAssertThrowsError(try DossierLoader(templatesDirectory: templates).load(contentsOf: dossier)) { error in
            let loadError = error as? DossierLoadError
            XCTAssertNotNil(loadError?.line, "\(error)")
            XCTAssertTrue(loadError?.message.en.contains("YAML") == true, "\(error)")
        }
    }

    func testInvalidUTF8InTheFileIsALoadError() throws {
        let dossier = try writeDossier(overview: "PLACEHOLDER", description: "x")
        var bytes = try Data(contentsOf: dossier)
        let marker = Data("PLACEHOLDER".utf8)
        let range = try XCTUnwrap(bytes.range(of: marker))
        bytes.replaceSubrange(range, with: [0xED, 0xA0, 0x80])  // a UTF-8-encoded lone surrogate
        try bytes.write(to: dossier)
        XCTAssertThrowsError(try DossierLoader(templatesDirectory: templates).load(contentsOf: dossier)) { error in
            XCTAssertTrue((error as? DossierLoadError)?.message.en.hasPrefix("not valid UTF-8 text") == true, "\(error)")
        }
    }
}
