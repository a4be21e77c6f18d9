/// Builds a document section by section with numbered headings, for code that composes binders and manuals.
///
/// ```swift
/// var builder = DocumentBuilder(properties: props)
/// builder.title("互联网药品信息服务申请表")
/// builder.heading(1, "申请单位基本情况")       // 一、申请单位基本情况
/// builder.paragraph("本单位……")
/// builder.pageBreak()
/// let document = builder.build()
/// ```
public struct DocumentBuilder: Sendable {
    public private(set) var properties: DocumentProperties
    public var styles: StyleSheet
    private var finishedSections: [Section] = []
    private var current: Section
    /// Heading numbers; reset it with `restartNumbering()`.
    public private(set) var numbering = ChineseHeadingNumbering()
    /// Whether `heading(_:_:)` prefixes 一、/（一）/1./（1）.
    public var numbersHeadings: Bool
    private var bookmarkCounter = 0

    /// Starts a document with one section.
    public init(
        properties: DocumentProperties, styles: StyleSheet = .chineseOfficial, section: Section = Section(),
        numbersHeadings: Bool = true
    ) {
        self.properties = properties
        self.styles = styles
        self.current = section
        self.numbersHeadings = numbersHeadings
    }

    /// Appends any block.
    public mutating func append(_ block: Block) { current.blocks.append(block) }

    /// Appends a paragraph of plain text.
    public mutating func paragraph(_ text: String, style: StyleID = .body, format: ParagraphFormat = .inherited) {
        append(.paragraph(Paragraph(text, style: style, format: format)))
    }

    /// Appends a paragraph of inline content.
    public mutating func paragraph(_ content: [Inline], style: StyleID = .body, format: ParagraphFormat = .inherited) {
        append(.paragraph(Paragraph(style: style, format: format, content: content)))
    }

    /// Appends the document title.
    public mutating func title(_ text: String) { paragraph(text, style: .title) }

    /// Appends a heading (level 1…4), numbered when `numbersHeadings` is on, and returns the bookmark placed on it
    /// (for page references).
    @discardableResult
    public mutating func heading(_ level: Int, _ text: String, bookmark: String? = nil) -> String {
        let prefix = numbersHeadings ? numbering.next(level: level) : ""
        let name = bookmark ?? nextBookmarkName()
        paragraph([.bookmark(name), .text(prefix + text)], style: .heading(level))
        return name
    }

    /// Appends a centred caption (图 1 …, 表 1 …).
    public mutating func caption(_ text: String) { paragraph(text, style: .caption) }

    /// Appends a table.
    public mutating func table(_ table: Table) { append(.table(table)) }

    /// Appends an image in its own centred paragraph, optionally followed by a caption.
    public mutating func image(_ image: Image, caption: String? = nil) {
        paragraph([.image(image)], style: .normal, format: ParagraphFormat(alignment: .center, lineSpacing: .multiple(1)))
        if let caption { self.caption(caption) }
    }

    /// Appends a page break.
    public mutating func pageBreak() { append(.pageBreak) }

    /// Appends a table of contents.
    public mutating func tableOfContents(_ toc: TableOfContents = TableOfContents()) { append(.tableOfContents(toc)) }

    /// Restarts heading numbers at 一、.
    public mutating func restartNumbering() { numbering = ChineseHeadingNumbering() }

    /// Ends the current section and starts a new one (on a new page) with its own page setup, header and footer.
    public mutating func startSection(_ section: Section) {
        finishedSections.append(current)
        current = section
    }

    /// Sets the header and footer of the current section.
    public mutating func setHeaderFooter(header: HeaderFooter?, footer: HeaderFooter?) {
        current.header = header
        current.footer = footer
    }

    /// The text area width of the current section (for sizing tables).
    public var textWidth: Length { current.pageSetup.textWidth }

    /// The finished document.
    public func build() -> Document {
        Document(properties: properties, styles: styles, sections: finishedSections + [current])
    }

    private mutating func nextBookmarkName() -> String {
        bookmarkCounter += 1
        return "_Ref\(String(bookmarkCounter).leftPadded(to: 6))"
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
