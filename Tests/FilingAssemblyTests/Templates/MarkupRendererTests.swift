@testable import FilingAssembly
import FilingDocument
import XCTest

final class MarkupRendererTests: XCTestCase {
    private var bundled: URL!
    private var user: URL!

    override func setUpWithError() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("fp-renderer-\(UUID().uuidString)")
        bundled = root.appendingPathComponent("bundled")
        user = root.appendingPathComponent("user")
        for folder in [bundled, user] {
            try FileManager.default.createDirectory(
                at: folder!.appendingPathComponent("binder"), withIntermediateDirectories: true)
        }
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: bundled.deletingLastPathComponent())
    }

    private func write(_ text: String, _ name: String, in folder: URL) throws {
        try text.write(to: folder.appendingPathComponent("binder/\(name).mustache"), atomically: true, encoding: .utf8)
    }

    func testValuesAreInsertedLiterally() throws {
        try write("% {{name}}\n\n| {{name}} | {{#list}}{{.}}{{/list}} |", "doc", in: bundled)
        let renderer = MarkupRenderer(library: TemplateLibrary(bundled: bundled))
        let blocks = try renderer.render(
            templateNamed: "binder/doc", context: ["name": "**A|B** {{x}} # [x]", "list": ["- a", "^^"]])
        guard case .paragraph(let title) = blocks[0], case .table(let table) = blocks[1] else {
            return XCTFail("\(blocks)")
        }
        XCTAssertEqual(title.plainText, "**A|B** {{x}} # [x]")
        XCTAssertEqual(table.rows[0].cells.count, 2)
        guard case .paragraph(let cell) = table.rows[0].cells[1].blocks[0] else { return XCTFail() }
        XCTAssertEqual(cell.plainText, "- a^^")
    }

    func testUserTemplatesOverrideBundledOnes() throws {
        try write("bundled", "doc", in: bundled)
        try write("mine", "doc", in: user)
        try write("only bundled", "other", in: bundled)
        let renderer = MarkupRenderer(library: TemplateLibrary(override: user, bundled: bundled))
        XCTAssertEqual(try renderer.markupText(templateNamed: "binder/doc", context: [:]), "mine")
        XCTAssertEqual(try renderer.markupText(templateNamed: "binder/other", context: [:]), "only bundled")
    }

    func testMustacheErrorNamesTheFileAndLine() throws {
        try write("第一行\n第二行\n{{#open}}\n未关闭", "broken", in: user)
        let renderer = MarkupRenderer(library: TemplateLibrary(override: user, bundled: bundled))
        XCTAssertThrowsError(try renderer.render(templateNamed: "binder/broken", context: [:])) { error in
            guard let error = error as? TemplateError else { return XCTFail("\(error)") }
            XCTAssertTrue(error.file.hasSuffix("user/binder/broken.mustache"), error.file)
            XCTAssertNotNil(error.line)
            XCTAssertTrue(error.description.contains("broken.mustache:"), error.description)
        }
    }

    func testMustacheErrorOnTheFirstLineKeepsLineOne() throws {
        try write("{{/closed}}", "first", in: user)
        let renderer = MarkupRenderer(library: TemplateLibrary(override: user, bundled: bundled))
        XCTAssertThrowsError(try renderer.render(templateNamed: "binder/first", context: [:])) { error in
            XCTAssertEqual((error as? TemplateError)?.line, 1)
        }
    }

    func testMarkupErrorNamesTheFileAndRenderedLine() throws {
        try write("正文\n\n::bogus", "markup", in: user)
        let renderer = MarkupRenderer(library: TemplateLibrary(override: user, bundled: bundled))
        XCTAssertThrowsError(try renderer.render(templateNamed: "binder/markup", context: [:])) { error in
            let description = "\(error)"
            XCTAssertTrue(description.contains("markup.mustache"), description)
            XCTAssertTrue(description.contains("rendered line 3"), description)
        }
    }

    func testMissingTemplateSaysWhereItLooked() {
        let renderer = MarkupRenderer(library: TemplateLibrary(override: user, bundled: bundled))
        XCTAssertThrowsError(try renderer.render(templateNamed: "binder/nowhere", context: [:])) { error in
            XCTAssertTrue("\(error)".contains(self.bundled.path), "\(error)")
        }
    }
}
