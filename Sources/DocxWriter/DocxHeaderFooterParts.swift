import FilingDocument
import PackageKit

/// Header and footer parts: one per distinct content, plus an empty one for sections that have none while an
/// earlier section does (Word would otherwise carry the earlier header over).
struct DocxHeaderFooterParts {
    struct Part {
        let name: String
        let isHeader: Bool
        var xml = XMLWriter()
        var relationships = DocxPartRelationships()
    }

    private(set) var parts: [Part] = []
    private var sectionParts: [(header: Int?, footer: Int?)] = []
    private let document: Document

    init(document: Document) { self.document = document }

    mutating func render(styles: StyleSheet, outline: [OutlineEntry], state: inout DocxPackageState) throws {
        var headerIndex: [HeaderFooter: Int] = [:]
        var footerIndex: [HeaderFooter: Int] = [:]
        let anyHeader = document.sections.contains { $0.header != nil }
        let anyFooter = document.sections.contains { $0.footer != nil }
        for section in document.sections {
            let area = (section.pageSetup.textWidth, section.pageSetup.textHeight)
            let header = anyHeader
                ? try part(section.header ?? HeaderFooter([]), isHeader: true, index: &headerIndex, styles: styles,
                           outline: outline, area: area, state: &state)
                : nil
            let footer = anyFooter
                ? try part(section.footer ?? HeaderFooter([]), isHeader: false, index: &footerIndex, styles: styles,
                           outline: outline, area: area, state: &state)
                : nil
            sectionParts.append((header, footer))
        }
    }

    /// Relationship ids from the document part to the section's header and footer.
    func references(forSection index: Int, relationships: inout DocxPartRelationships) -> (header: String?, footer: String?) {
        let entry = sectionParts[index]
        let header = entry.header.map { relationships.id(type: OOXML.Relationship.header, target: parts[$0].name) }
        let footer = entry.footer.map { relationships.id(type: OOXML.Relationship.footer, target: parts[$0].name) }
        return (header, footer)
    }

    private mutating func part(
        _ content: HeaderFooter, isHeader: Bool, index: inout [HeaderFooter: Int], styles: StyleSheet,
        outline: [OutlineEntry], area: (Length, Length), state: inout DocxPackageState
    ) throws -> Int {
        if let existing = index[content] { return existing }
        let count = parts.filter { $0.isHeader == isHeader }.count + 1
        var writer = DocxBodyWriter(styles: styles, outline: outline)
        writer.xml.declaration()
        let root = isHeader ? "w:hdr" : "w:ftr"
        writer.xml.open(root, OOXML.namespaces)
        let paragraphs = content.paragraphs.isEmpty ? [Paragraph(style: isHeader ? .headerText : .footerText, content: [])] : content.paragraphs
        try writer.blocks(paragraphs.map(Block.paragraph), area: area, state: &state)
        writer.xml.close(root)
        parts.append(Part(name: "\(isHeader ? "header" : "footer")\(count).xml", isHeader: isHeader,
                          xml: writer.xml, relationships: writer.relationships))
        index[content] = parts.count - 1
        return parts.count - 1
    }
}
