import FilingDocument
import Foundation
import Mustache

/// Renders a template: Mustache with values escaped for the markup, then markup → document blocks.
///
/// This is the one entry point for every generated text (binder documents, checklist, manuals):
/// ```swift
/// let renderer = MarkupRenderer(library: TemplateLibrary(override: userDir, bundled: templatesDir))
/// let blocks = try renderer.render(templateNamed: "binder/cover", context: values)
/// ```
public struct MarkupRenderer: Sendable {
    public var library: TemplateLibrary
    /// How markup becomes blocks (table width, heading offset, known page numbers).
    public var converter: MarkupBlocks

    /// A renderer reading templates from `library`.
    public init(library: TemplateLibrary, converter: MarkupBlocks = MarkupBlocks()) {
        Self.registerContentType
        self.library = library
        self.converter = converter
    }

    /// Renders template `name` with `context` into document blocks.
    public func render(templateNamed name: String, context: [String: Any]) throws(TemplateError) -> [Block] {
        let (url, text) = try library.source(ofTemplate: name)
        let markup = try markupText(template: text, file: url.path, context: context)
        do {
            return converter.blocks(for: try MarkupParser.parse(markup))
        } catch {
            throw TemplateError(
                file: url.path, line: nil,
                message: "rendered line \(error.line): \(error.message) — \"\(Self.line(error.line, of: markup))\"")
        }
    }

    /// The markup text of template `name` after Mustache (for tests and debugging templates).
    public func markupText(templateNamed name: String, context: [String: Any]) throws(TemplateError) -> String {
        let (url, text) = try library.source(ofTemplate: name)
        return try markupText(template: text, file: url.path, context: context)
    }

    /// Runs Mustache over `template`, escaping every `{{value}}` for the markup.
    public func markupText(template: String, file: String, context: [String: Any]) throws(TemplateError) -> String {
        // The pragma sits on the template's first line without a newline, so line numbers stay those of the file.
        let pragma = "{{% CONTENT_TYPE: \(MarkupContentType.name) }}"
        do {
            return try MustacheTemplate(string: pragma + template).render(context)
        } catch let error as MustacheTemplate.ParserError {
            throw TemplateError(
                file: file, line: error.context.lineNumber,
                message: "\(error.error) near \"\(error.context.line.trimmingCharacters(in: .whitespaces))\"")
        } catch {
            throw TemplateError(file: file, line: nil, message: "\(error)")
        }
    }

    private static func line(_ number: Int, of text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.indices.contains(number - 1) ? String(lines[number - 1]) : ""
    }

    /// Registers the markup content type with swift-mustache once per process.
    private static let registerContentType: Void = {
        MustacheContentTypes.register(MarkupContentType(), named: MarkupContentType.name)
    }()
}
