import FilingDocument
import PackageKit

/// `styles.xml`: named paragraph styles from the style sheet, one page layout and master page per section (with
/// its header and footer).
struct OdtStylesPart {
    let document: Document

    func write(state: inout OdtPackageState) throws(DocumentError) -> XMLWriter {
        let sheet = document.styles
        state.useFont(sheet.defaultFont)
        for style in sheet.styles { state.useFont(style.run.font) }

        // Master pages first: their header/footer content may use fonts and automatic styles.
        var masters = OdtBodyWriter(styles: sheet, outline: [], stylePrefix: "M")
        var layouts = XMLWriter()
        masters.xml.open("office:master-styles")
        for (index, section) in document.sections.enumerated() {
            let number = index + 1
            let page = section.pageSetup
            layouts.open("style:page-layout", [("style:name", "PL\(number)")])
            layouts.empty("style:page-layout-properties", [
                ("fo:page-width", ODF.length(page.pageWidth)), ("fo:page-height", ODF.length(page.pageHeight)),
                ("style:print-orientation", page.orientation.rawValue),
                // ODF measures the margin to the header, DOCX to the body: a header as tall as the rest keeps the
                // body where GB/T 9704 puts it.
                ("fo:margin-top", ODF.length(section.header == nil ? page.margins.top : page.headerDistance)),
                ("fo:margin-bottom", ODF.length(section.footer == nil ? page.margins.bottom : page.footerDistance)),
                ("fo:margin-left", ODF.length(page.margins.left)), ("fo:margin-right", ODF.length(page.margins.right)),
            ])
            if section.header != nil {
                layouts.open("style:header-style")
                layouts.empty("style:header-footer-properties", [
                    ("fo:min-height", ODF.length(page.margins.top - page.headerDistance)), ("fo:margin-bottom", "0pt"),
                ])
                layouts.close("style:header-style")
            }
            if section.footer != nil {
                layouts.open("style:footer-style")
                layouts.empty("style:header-footer-properties", [
                    ("fo:min-height", ODF.length(page.margins.bottom - page.footerDistance)), ("fo:margin-top", "0pt"),
                ])
                layouts.close("style:footer-style")
            }
            layouts.close("style:page-layout")

            masters.xml.open("style:master-page", [("style:name", "MP\(number)"), ("style:page-layout-name", "PL\(number)")])
            let area = (page.textWidth, page.textHeight)
            for (element, content) in [("style:header", section.header), ("style:footer", section.footer)] {
                guard let content else { continue }
                masters.xml.open(element)
                try masters.blocks(content.paragraphs.map(Block.paragraph), area: area, state: &state)
                masters.xml.close(element)
            }
            masters.xml.close("style:master-page")
        }
        masters.xml.close("office:master-styles")

        var named = XMLWriter()
        namedStyles(sheet, into: &named, tocTabPosition: document.sections.first?.pageSetup.textWidth ?? .mm(156))

        var xml = XMLWriter(capacity: named.bytes.count + masters.xml.bytes.count + 4096)
        xml.declaration()
        xml.open("office:document-styles", ODF.documentNamespaces + [("office:version", ODF.version)])
        Self.fontFaces(state.fonts, into: &xml)
        xml.append(named)
        masters.automaticStyles.write(into: &xml) { $0.append(layouts) }
        xml.append(masters.xml)
        xml.close("office:document-styles")
        return xml
    }

    /// `office:font-face-decls` for every family in use, sorted.
    static func fontFaces(_ fonts: Set<String>, into xml: inout XMLWriter) {
        xml.open("office:font-face-decls")
        for font in fonts.sorted() {
            let family = font.contains(" ") ? "'\(font)'" : font
            xml.empty("style:font-face", [("style:name", font), ("svg:font-family", family)])
        }
        xml.close("office:font-face-decls")
    }

    private func namedStyles(_ sheet: StyleSheet, into xml: inout XMLWriter, tocTabPosition: Length) {
        xml.open("office:styles")
        xml.open("style:default-style", [("style:family", "paragraph")])
        xml.empty("style:paragraph-properties", [("style:writing-mode", "lr-tb")])
        let defaults = RunFormat(font: sheet.defaultFont, size: sheet.defaultSize)
        xml.empty("style:text-properties", OdtFormatting.textAttributes(defaults)
            + OdtFormatting.languageAttributes(document.properties.language))
        xml.close("style:default-style")
        for style in sheet.styles {
            var attributes = [("style:name", style.id.rawValue), ("style:display-name", style.name), ("style:family", "paragraph")]
            if let parent = style.basedOn { attributes.append(("style:parent-style-name", parent.rawValue)) }
            if let next = style.next { attributes.append(("style:next-style-name", next.rawValue)) }
            if let level = style.outlineLevel { attributes.append(("style:default-outline-level", String(level))) }
            xml.open("style:style", attributes)
            let paragraph = OdtFormatting.paragraphAttributes(style.paragraph, fontSize: sheet.fontSize(of: style.id))
            let isTOCEntry = (1...3).contains { style.id == StyleID.toc($0) }
            if isTOCEntry {
                // Entries end in a right tab with dot leaders at the text edge (relative to the indent).
                xml.open("style:paragraph-properties", paragraph)
                xml.open("style:tab-stops")
                let position = tocTabPosition - (style.paragraph.leftIndent ?? .zero)
                xml.empty("style:tab-stop", [
                    ("style:position", ODF.length(position)), ("style:type", "right"),
                    ("style:leader-style", "dotted"), ("style:leader-text", "."),
                ])
                xml.close("style:tab-stops")
                xml.close("style:paragraph-properties")
            } else if !paragraph.isEmpty {
                xml.empty("style:paragraph-properties", paragraph)
            }
            let text = OdtFormatting.textAttributes(style.run)
            if !text.isEmpty { xml.empty("style:text-properties", text) }
            xml.close("style:style")
        }
        xml.close("office:styles")
    }
}
