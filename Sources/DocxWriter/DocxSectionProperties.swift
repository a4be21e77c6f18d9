import FilingDocument
import PackageKit

/// `w:sectPr`: page size, margins, header/footer references, page-number restart.
enum DocxSectionProperties {
    static func write(_ section: Section, references: (header: String?, footer: String?), into xml: inout XMLWriter) {
        let page = section.pageSetup
        var elements: [PropertyElement] = []
        if let header = references.header {
            elements.append(PropertyElement("w:headerReference", [("w:type", "default"), ("r:id", header)]))
        }
        if let footer = references.footer {
            elements.append(PropertyElement("w:footerReference", [("w:type", "default"), ("r:id", footer)]))
        }
        elements.append(.value("w:type", "nextPage"))
        var size = [("w:w", String(page.pageWidth.twips)), ("w:h", String(page.pageHeight.twips))]
        if page.orientation == .landscape { size.append(("w:orient", "landscape")) }
        elements.append(PropertyElement("w:pgSz", size))
        elements.append(PropertyElement("w:pgMar", [
            ("w:top", String(page.margins.top.twips)), ("w:right", String(page.margins.right.twips)),
            ("w:bottom", String(page.margins.bottom.twips)), ("w:left", String(page.margins.left.twips)),
            ("w:header", String(page.headerDistance.twips)), ("w:footer", String(page.footerDistance.twips)),
            ("w:gutter", "0"),
        ]))
        if let start = section.firstPageNumber { elements.append(PropertyElement("w:pgNumType", [("w:start", String(start))])) }
        elements.append(PropertyElement("w:cols", [("w:space", "425")]))
        xml.properties("w:sectPr", elements, order: OOXML.sectionPropertyOrder)
    }
}
