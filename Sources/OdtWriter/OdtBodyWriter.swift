import FilingDocument
import PackageKit

/// Writes blocks and inlines as ODF text into one part (content.xml body, or header/footer in styles.xml).
struct OdtBodyWriter {
    var xml = XMLWriter(capacity: 1 << 16)
    var automaticStyles: OdtAutomaticStyles
    let styles: StyleSheet
    let outline: [OutlineEntry]

    /// Master page and page-number restart for the first block of a section.
    struct SectionStart {
        let masterPage: String
        let firstPageNumber: Int?
    }

    init(styles: StyleSheet, outline: [OutlineEntry], stylePrefix: String) {
        self.styles = styles
        self.outline = outline
        self.automaticStyles = OdtAutomaticStyles(prefix: stylePrefix)
    }

    // MARK: Blocks

    mutating func blocks(
        _ blocks: [Block], area: (width: Length, height: Length), state: inout OdtPackageState,
        sectionStart: SectionStart? = nil
    ) throws(DocumentError) {
        var pendingPageBreak = false
        var start = sectionStart
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                self.paragraph(paragraph, area: area, state: &state, pageBreakBefore: pendingPageBreak, sectionStart: start)
            case .pageBreak:
                if pendingPageBreak { emptyParagraph(pageBreakBefore: true, sectionStart: start) ; start = nil }
                pendingPageBreak = true
                continue
            case .table(let table):
                try self.table(table, area: area, state: &state, pageBreakBefore: pendingPageBreak, sectionStart: start)
            case .tableOfContents(let toc):
                if pendingPageBreak || start != nil { emptyParagraph(pageBreakBefore: pendingPageBreak, sectionStart: start) }
                tableOfContents(toc, state: &state)
            }
            pendingPageBreak = false
            start = nil
        }
        if let start { emptyParagraph(pageBreakBefore: false, sectionStart: start) }
    }

    private mutating func emptyParagraph(pageBreakBefore: Bool, sectionStart: SectionStart?) {
        let style = paragraphStyleName(.normal, format: ParagraphFormat(pageBreakBefore: pageBreakBefore), sectionStart: sectionStart)
        xml.empty("text:p", [("text:style-name", style)])
    }

    /// The named style, or an automatic style on top of it when there is direct formatting or a section start.
    private mutating func paragraphStyleName(_ style: StyleID, format: ParagraphFormat, sectionStart: SectionStart?) -> String {
        guard !format.isInherited || sectionStart != nil else { return style.rawValue }
        let source = OdtAutomaticStyles.Source.paragraph(
            style, format, masterPage: sectionStart?.masterPage, firstPageNumber: sectionStart?.firstPageNumber)
        let fontSize = styles.fontSize(of: style)
        return automaticStyles.name(for: source) { automaticStyles in
            var attributes = OdtFormatting.paragraphAttributes(format, fontSize: fontSize)
            if let number = sectionStart?.firstPageNumber { attributes.append(("style:page-number", String(number))) }
            return automaticStyles.name(
                family: "paragraph", parent: style.rawValue, masterPage: sectionStart?.masterPage,
                properties: attributes.isEmpty ? [] : [("style:paragraph-properties", attributes)])
        }
    }

    mutating func paragraph(
        _ paragraph: Paragraph, area: (width: Length, height: Length), state: inout OdtPackageState,
        pageBreakBefore: Bool = false, sectionStart: SectionStart? = nil
    ) {
        var format = paragraph.format
        if pageBreakBefore { format.pageBreakBefore = true }
        let styleName = paragraphStyleName(paragraph.style, format: format, sectionStart: sectionStart)
        if let level = styles.outlineLevel(of: paragraph.style) {
            xml.open("text:h", [("text:style-name", styleName), ("text:outline-level", String(level))])
            inlines(paragraph.content, area: area, state: &state)
            xml.close("text:h")
        } else {
            xml.open("text:p", [("text:style-name", styleName)])
            inlines(paragraph.content, area: area, state: &state)
            xml.close("text:p")
        }
    }

    // MARK: Inlines

    mutating func inlines(_ content: [Inline], area: (width: Length, height: Length), state: inout OdtPackageState) {
        for inline in content {
            switch inline {
            case .text(let text, let format):
                span(format, state: &state) { $0.odfText(text) }
            case .tab(let format):
                span(format, state: &state) { $0.empty("text:tab") }
            case .lineBreak:
                xml.empty("text:line-break")
            case .field(.pageReference(let bookmark), _):
                // Written outside any span: ODF allows a bookmark-ref in a span, but libxml2's RelaxNG
                // validator rejects it there (its name-class choice inside a recursive span), so the
                // reference takes the paragraph's formatting instead.
                xml.element("text:bookmark-ref", [("text:reference-format", "page"), ("text:ref-name", bookmark)], text: "")
            case .field(.pageNumber, let format):
                span(format, state: &state) { $0.element("text:page-number", [("text:select-page", "current")], text: "1") }
            case .field(.pageCount, let format):
                span(format, state: &state) { $0.element("text:page-count", text: "1") }
            case .image(let image):
                frame(image, area: area, state: &state)
            case .bookmark(let name):
                if state.placeBookmark(name) { xml.empty("text:bookmark", [("text:name", name)]) }
            }
        }
    }

    private mutating func span(_ format: RunFormat, state: inout OdtPackageState, _ content: (inout XMLWriter) -> Void) {
        guard !format.isPlain else { return content(&xml) }
        state.useFont(format.font)
        let name = automaticStyles.name(for: .text(format)) { automaticStyles in
            automaticStyles.name(family: "text", properties: [("style:text-properties", OdtFormatting.textAttributes(format))])
        }
        xml.open("text:span", [("text:style-name", name)])
        content(&xml)
        xml.close("text:span")
    }

    /// An inline picture frame sized to fit `area`, keeping its aspect ratio.
    private mutating func frame(_ image: FilingDocument.Image, area: (width: Length, height: Length), state: inout OdtPackageState) {
        let size = image.displaySize(textWidth: area.width, textHeight: area.height)
        let path = state.picturePath(for: image)
        let style = automaticStyles.name(family: "graphic", properties: [("style:graphic-properties", [
            ("style:vertical-pos", "top"), ("style:vertical-rel", "baseline"),
        ])])
        xml.open("draw:frame", [
            ("draw:style-name", style), ("draw:name", state.nextName("Image")), ("text:anchor-type", "as-char"),
            ("svg:width", ODF.length(size.width)), ("svg:height", ODF.length(size.height)), ("draw:z-index", "0"),
        ])
        xml.empty("draw:image", [
            ("xlink:href", path), ("xlink:type", "simple"), ("xlink:show", "embed"), ("xlink:actuate", "onLoad"),
        ])
        if !image.description.isEmpty { xml.element("svg:desc", text: image.description) }
        xml.close("draw:frame")
    }
}

extension XMLWriter {
    /// Text with ODF whitespace rules: runs of spaces as `text:s`, tabs as `text:tab`, newlines as line breaks
    /// (consumers collapse plain whitespace).
    mutating func odfText(_ text: String) {
        // Most text (Chinese prose) has no space, tab or line break: it is written as it is.
        var text = text
        guard text.withUTF8({ $0.contains { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D } }) else {
            return self.text(text)
        }
        var segment = ""
        var spaces = 0
        var atStart = true
        func flushSpaces(_ xml: inout XMLWriter) {
            guard spaces > 0 else { return }
            if spaces == 1 && !atStart {
                segment.append(" ")
            } else {
                if !segment.isEmpty { xml.text(segment); segment = "" }
                xml.empty("text:s", spaces > 1 ? [("text:c", String(spaces))] : [])
            }
            spaces = 0
        }
        for character in text {
            switch character {
            case " ":
                spaces += 1
                continue
            case "\t", "\n", "\r\n", "\r":
                flushSpaces(&self)
                if !segment.isEmpty { self.text(segment); segment = "" }
                empty(character == "\t" ? "text:tab" : "text:line-break")
                atStart = true
                continue
            default:
                flushSpaces(&self)
                segment.append(character)
                atStart = false
            }
        }
        // Trailing spaces would be collapsed away; keep them as text:s.
        if spaces > 0 {
            if !segment.isEmpty { self.text(segment); segment = "" }
            empty("text:s", spaces > 1 ? [("text:c", String(spaces))] : [])
        }
        if !segment.isEmpty { self.text(segment) }
    }
}
