import FilingDocument
import PackageKit

/// Writes blocks and inlines as WordprocessingML into one part (document, header or footer).
struct DocxBodyWriter {
    var xml = XMLWriter(capacity: 1 << 16)
    var relationships = DocxPartRelationships()
    var propertyCache = DocxPropertyCache()
    let styles: StyleSheet
    let outline: [OutlineEntry]

    init(styles: StyleSheet, outline: [OutlineEntry]) {
        self.styles = styles
        self.outline = outline
    }

    // MARK: Blocks

    /// Writes blocks in an area `textWidth` × `textHeight` (images are fitted to it).
    mutating func blocks(
        _ blocks: [Block], area: (width: Length, height: Length), state: inout DocxPackageState,
        sectionProperties: ((inout XMLWriter) -> Void)? = nil
    ) throws(DocumentError) {
        var pendingPageBreak = false
        for (index, block) in blocks.enumerated() {
            let isLast = index == blocks.count - 1
            switch block {
            case .paragraph(let paragraph):
                self.paragraph(
                    paragraph, area: area, state: &state, pageBreakBefore: pendingPageBreak,
                    sectionProperties: isLast ? sectionProperties : nil)
                pendingPageBreak = false
                continue
            case .pageBreak:
                // Folded into the next paragraph's pageBreakBefore, so no empty line lands on the new page.
                if pendingPageBreak { pageBreakParagraph() }
                pendingPageBreak = true
            case .table(let table):
                if pendingPageBreak { pageBreakParagraph() }
                pendingPageBreak = false
                try self.table(table, area: area, state: &state)
            case .tableOfContents(let toc):
                if pendingPageBreak { pageBreakParagraph() }
                pendingPageBreak = false
                tableOfContents(toc, width: area.width, state: &state)
            }
            if isLast, let sectionProperties { emptyParagraph(sectionProperties: sectionProperties) }
        }
        if blocks.isEmpty, let sectionProperties { emptyParagraph(sectionProperties: sectionProperties) }
    }

    private mutating func pageBreakParagraph() {
        xml.raw("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>")
    }

    mutating func emptyParagraph(sectionProperties: ((inout XMLWriter) -> Void)?) {
        xml.open("w:p")
        if let sectionProperties {
            xml.open("w:pPr")
            sectionProperties(&xml)
            xml.close("w:pPr")
        }
        xml.close("w:p")
    }

    mutating func paragraph(
        _ paragraph: Paragraph, area: (width: Length, height: Length), state: inout DocxPackageState,
        pageBreakBefore: Bool = false, extraProperties: [PropertyElement] = [],
        sectionProperties: ((inout XMLWriter) -> Void)? = nil
    ) {
        xml.open("w:p")
        var format = paragraph.format
        if pageBreakBefore { format.pageBreakBefore = true }
        let styles = styles
        let makeProperties = {
            [PropertyElement.value("w:pStyle", paragraph.style.rawValue)] + extraProperties
                + DocxFormatting.paragraphProperties(format, fontSize: styles.fontSize(of: paragraph.style))
        }
        if extraProperties.isEmpty, sectionProperties == nil {
            propertyCache.write(.paragraph(paragraph.style, format), into: &xml) { xml in
                xml.properties("w:pPr", makeProperties(), order: OOXML.paragraphPropertyOrder)
            }
        } else if let sectionProperties {
            let properties = makeProperties()
            // sectPr is the last pPr child.
            xml.open("w:pPr")
            xml.propertyChildren(properties, order: OOXML.paragraphPropertyOrder)
            sectionProperties(&xml)
            xml.close("w:pPr")
        } else {
            xml.properties("w:pPr", makeProperties(), order: OOXML.paragraphPropertyOrder)
        }
        inlines(paragraph.content, area: area, state: &state)
        xml.close("w:p")
    }

    // MARK: Inlines

    mutating func inlines(_ content: [Inline], area: (width: Length, height: Length), state: inout DocxPackageState) {
        for inline in content {
            switch inline {
            case .text(let text, let format): textRuns(text, format: format)
            case .tab(let format):
                run(format) { $0.empty("w:tab") }
            case .lineBreak:
                xml.raw("<w:r><w:br/></w:r>")
            case .field(let field, let format):
                switch field {
                case .pageNumber: complexField(" PAGE ", result: "1", format: format)
                case .pageCount: complexField(" NUMPAGES ", result: "1", format: format)
                case .pageReference(let bookmark): complexField(" PAGEREF \(bookmark) \\h ", result: "", format: format)
                }
            case .image(let image):
                drawing(image, area: area, state: &state)
            case .bookmark(let name):
                guard let id = state.newBookmarkID(name) else { continue }
                xml.empty("w:bookmarkStart", [("w:id", String(id)), ("w:name", name)])
                xml.empty("w:bookmarkEnd", [("w:id", String(id))])
            }
        }
    }

    /// Text split into runs at tabs and newlines, which WordprocessingML writes as elements.
    private mutating func textRuns(_ text: String, format: RunFormat) {
        run(format) { xml in
            // Most text has no tab or line break: one `w:t`, without walking it character by character.
            var text = text
            guard text.withUTF8({ $0.contains { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D } }) else {
                if !text.isEmpty { xml.element("w:t", OOXML.preserveSpace, text: text) }
                return
            }
            var segment = ""
            func flush(_ xml: inout XMLWriter) {
                guard !segment.isEmpty else { return }
                xml.element("w:t", OOXML.preserveSpace, text: segment)
                segment = ""
            }
            for character in text {
                switch character {
                case "\t": flush(&xml); xml.empty("w:tab")
                case "\n", "\r\n", "\r": flush(&xml); xml.empty("w:br")
                default: segment.append(character)
                }
            }
            flush(&xml)
        }
    }

    mutating func run(_ format: RunFormat, _ content: (inout XMLWriter) -> Void) {
        xml.open("w:r")
        if !format.isPlain {
            propertyCache.write(.run(format), into: &xml) { xml in
                xml.properties("w:rPr", DocxFormatting.runProperties(format), order: OOXML.runPropertyOrder)
            }
        }
        content(&xml)
        xml.close("w:r")
    }

    /// A field as begin / instruction / separate / cached result / end runs.
    mutating func complexField(_ instruction: String, result: String, format: RunFormat) {
        fieldCharacter("begin", format: format)
        run(format) { $0.element("w:instrText", [("xml:space", "preserve")], text: instruction) }
        fieldCharacter("separate", format: format)
        if !result.isEmpty { run(format) { $0.element("w:t", text: result) } }
        fieldCharacter("end", format: format)
    }

    mutating func fieldCharacter(_ type: String, format: RunFormat = .plain) {
        run(format) { $0.empty("w:fldChar", [("w:fldCharType", type)]) }
    }
}
