import FilingDocument
import Foundation
import PackageKit

/// Writes a `Document` as an Office Open XML WordprocessingML package (`.docx`, ECMA-376 transitional).
public struct DocxWriter: DocumentWriter {
    public let fileExtension = "docx"

    /// A writer; it keeps no state between documents.
    public init() {}

    /// The `.docx` package as bytes.
    public func write(_ document: Document) throws -> Data {
        try package(document).package.archiveData()
    }

    /// Writes the `.docx` to `url` atomically.
    @discardableResult
    public func write(_ document: Document, to url: URL) throws -> WriteReport {
        let (package, report) = try package(document)
        try package.write(to: url)
        return report
    }

    /// The package entries, in a fixed order, and what was cleaned from the text.
    public func entries(_ document: Document) throws -> (entries: [PackageEntry], report: WriteReport) {
        let (package, report) = try package(document)
        return (package.entries, report)
    }

    private func package(_ original: Document) throws -> (package: ZipPackage, report: WriteReport) {
        // Phase 1: give every heading a bookmark, so the TOC and page references can point at it.
        // Text is cleaned once, so a heading repeated in the TOC counts once in the report.
        var removed = 0
        let cleaned =
            original.containsText(where: XMLText.needsCleaning)
            ? original.mappingText { XMLText.cleaned($0, removed: &removed) } : original
        let document = cleaned.withHeadingBookmarks()
        let outline = document.outline(depth: 9)
        var state = DocxPackageState()

        // Phase 2: headers and footers, one part per distinct content.
        var headerFooterParts = DocxHeaderFooterParts(document: document)
        try headerFooterParts.render(styles: document.styles, outline: outline, state: &state)

        // Phase 3: the body, with each section's properties closing it.
        var body = DocxBodyWriter(styles: document.styles, outline: outline)
        body.relationships = DocxPartRelationships(fixed: [
            (OOXML.Relationship.styles, "styles.xml"), (OOXML.Relationship.settings, "settings.xml"),
            (OOXML.Relationship.fontTable, "fontTable.xml"),
        ])
        body.xml.declaration()
        body.xml.open("w:document", OOXML.namespaces)
        body.xml.open("w:body")
        for (index, section) in document.sections.enumerated() {
            let area = (section.pageSetup.textWidth, section.pageSetup.textHeight)
            let references = headerFooterParts.references(forSection: index, relationships: &body.relationships)
            let writeSectionProperties = { (xml: inout XMLWriter) in
                DocxSectionProperties.write(section, references: references, into: &xml)
            }
            if index == document.sections.count - 1 {
                try body.blocks(section.blocks, area: area, state: &state)
                writeSectionProperties(&body.xml)
            } else {
                try body.blocks(section.blocks, area: area, state: &state, sectionProperties: writeSectionProperties)
            }
        }
        body.xml.close("w:body")
        body.xml.close("w:document")

        // Phase 4: assemble the package in a fixed order.
        let language = document.properties.language
        var overrides: [(String, String)] = [
            ("/word/document.xml", OOXML.ContentType.document), ("/word/styles.xml", OOXML.ContentType.styles),
            ("/word/settings.xml", OOXML.ContentType.settings), ("/word/fontTable.xml", OOXML.ContentType.fontTable),
            ("/docProps/core.xml", OOXML.ContentType.coreProperties),
            ("/docProps/app.xml", OOXML.ContentType.extendedProperties),
        ]
        for part in headerFooterParts.parts {
            overrides.append(("/word/\(part.name)", part.isHeader ? OOXML.ContentType.header : OOXML.ContentType.footer))
        }
        let mediaExtensions = Set(state.media.map { $0.image.format.fileExtension })
        removed += body.xml.removedCharacterCount
        var package = ZipPackage(modificationDate: document.properties.modified)
        let core = DocxPackageParts.coreProperties(document.properties)
        removed += core.removedCharacterCount
        package.add(PackageEntry(path: "[Content_Types].xml", xml: DocxPackageParts.contentTypes(
            overrides: overrides, mediaExtensions: mediaExtensions)))
        package.add(PackageEntry(path: "_rels/.rels", xml: DocxPackageParts.rootRelationships()))
        package.add(PackageEntry(path: "docProps/app.xml", xml: DocxPackageParts.extendedProperties()))
        package.add(PackageEntry(path: "docProps/core.xml", xml: core))
        package.add(PackageEntry(path: "word/_rels/document.xml.rels", xml: body.relationships.xml()))
        package.add(PackageEntry(path: "word/document.xml", xml: body.xml))
        package.add(PackageEntry(path: "word/fontTable.xml", xml: DocxFontTablePart.fontTable(document.fontFamilies)))
        for part in headerFooterParts.parts {
            removed += part.xml.removedCharacterCount
            if !part.relationships.relationships.isEmpty {
                package.add(PackageEntry(path: "word/_rels/\(part.name).rels", xml: part.relationships.xml()))
            }
            package.add(PackageEntry(path: "word/\(part.name)", xml: part.xml))
        }
        package.add(PackageEntry(path: "word/settings.xml", xml: DocxStylesPart.settings(language: language)))
        let styles = DocxStylesPart.styles(document.styles, language: language)
        removed += styles.removedCharacterCount
        package.add(PackageEntry(path: "word/styles.xml", xml: styles))
        for (path, image) in state.media {
            // PNG and JPEG are already compressed; deflating them again costs time for nothing.
            package.add(PackageEntry(path: "word/\(path)", data: image.data, storage: .stored))
        }
        return (package, WriteReport(removedCharacterCount: removed, entries: package.entries.map(\.path)))
    }
}
