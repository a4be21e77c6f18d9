/// A paragraph: a style, optional direct formatting, and inline content.
public struct Paragraph: Sendable, Hashable {
    public var style: StyleID
    /// Direct formatting on top of the style.
    public var format: ParagraphFormat
    public var content: [Inline]

    /// A paragraph in a style.
    public init(style: StyleID = .body, format: ParagraphFormat = .inherited, content: [Inline]) {
        self.style = style
        self.format = format
        self.content = content
    }

    /// A paragraph of plain text.
    public init(_ text: String, style: StyleID = .body, format: ParagraphFormat = .inherited) {
        self.init(style: style, format: format, content: [.text(text)])
    }

    /// The concatenated text of the paragraph (fields, images and bookmarks give nothing).
    public var plainText: String {
        content.map { inline in
            switch inline {
            case .text(let text, _): text
            case .tab: "\t"
            case .lineBreak: "\n"
            case .field, .image, .bookmark: ""
            }
        }.joined()
    }
}

/// A table of contents, written as a field/index the office suite fills in with page numbers.
public struct TableOfContents: Sendable, Hashable {
    /// Title above the entries (目录); nil for none.
    public var title: String?
    /// Deepest heading level listed (1…3).
    public var depth: Int

    /// A table of contents down to `depth` heading levels.
    public init(title: String? = "目  录", depth: Int = 3) {
        self.title = title
        self.depth = min(max(depth, 1), 9)
    }
}

/// Block-level content of a section, a table cell, a header or a footer.
public enum Block: Sendable, Hashable {
    case paragraph(Paragraph)
    case table(Table)
    /// Forces the next block onto a new page.
    case pageBreak
    case tableOfContents(TableOfContents)
}

/// Content repeated at the top or bottom of every page of a section.
public struct HeaderFooter: Sendable, Hashable {
    /// Paragraphs only; tables in headers are not supported by every consumer.
    public var paragraphs: [Paragraph]

    /// A header or footer of paragraphs.
    public init(_ paragraphs: [Paragraph]) { self.paragraphs = paragraphs }

    /// A centred line, e.g. page numbers in the footer.
    public static func centered(_ content: [Inline], style: StyleID = .footerText) -> HeaderFooter {
        HeaderFooter([Paragraph(style: style, format: ParagraphFormat(alignment: .center), content: content)])
    }

    /// `— 3 —`: the GB/T 9704 page number, centred.
    public static let dashedPageNumber = centered([.text("— "), .field(.pageNumber), .text(" —")])

    /// 「第 3 页 共 40 页」, centred.
    public static let pageOfTotal = centered([
        .text("第 "), .field(.pageNumber), .text(" 页 共 "), .field(.pageCount), .text(" 页"),
    ])

    /// A centred line of text (for a header).
    public static func text(_ text: String) -> HeaderFooter {
        centered([.text(text)], style: .headerText)
    }
}
