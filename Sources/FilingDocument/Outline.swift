/// A heading as the table of contents lists it.
public struct OutlineEntry: Sendable, Hashable {
    /// Outline level, 1 for the top headings.
    public var level: Int
    public var text: String
    /// The bookmark on the heading, which page references point at.
    public var bookmark: String
}

extension Document {
    /// The headings (paragraphs whose style has an outline level up to `depth`) in reading order.
    /// Headings without a bookmark are skipped; `withHeadingBookmarks()` gives every heading one.
    public func outline(depth: Int) -> [OutlineEntry] {
        var entries: [OutlineEntry] = []
        for section in sections {
            for case .paragraph(let paragraph) in section.blocks {
                guard let level = styles.outlineLevel(of: paragraph.style), level <= depth,
                    let bookmark = paragraph.firstBookmark
                else { continue }
                entries.append(OutlineEntry(level: level, text: paragraph.plainText, bookmark: bookmark))
            }
        }
        return entries
    }

    /// The document with a bookmark (`_Toc000001` …) added at the start of every heading that has none.
    public func withHeadingBookmarks() -> Document {
        var copy = self
        var counter = 0
        for sectionIndex in copy.sections.indices {
            for blockIndex in copy.sections[sectionIndex].blocks.indices {
                guard case .paragraph(var paragraph) = copy.sections[sectionIndex].blocks[blockIndex],
                    styles.outlineLevel(of: paragraph.style) != nil, paragraph.firstBookmark == nil
                else { continue }
                counter += 1
                let number = String(counter)
                paragraph.content.insert(.bookmark("_Toc" + String(repeating: "0", count: max(0, 6 - number.count)) + number), at: 0)
                copy.sections[sectionIndex].blocks[blockIndex] = .paragraph(paragraph)
            }
        }
        return copy
    }
}

extension Paragraph {
    /// The name of the first bookmark in the paragraph.
    public var firstBookmark: String? {
        for case .bookmark(let name) in content { return name }
        return nil
    }
}

extension StyleSheet {
    /// The effective font size of a style, following `basedOn` links down to the default size.
    public func fontSize(of id: StyleID) -> FontSize {
        firstInChain(from: id) { $0.run.size } ?? defaultSize
    }
}

extension Document {
    /// Every font family the document names (defaults, styles, runs in the body, tables, headers and footers),
    /// sorted; writers declare them in font tables.
    public var fontFamilies: [String] {
        var families: Set<String> = [styles.defaultFont.eastAsian, styles.defaultFont.latin]
        for style in styles.styles {
            if let font = style.run.font { families.formUnion([font.eastAsian, font.latin]) }
        }
        func visit(_ paragraph: Paragraph) {
            for inline in paragraph.content {
                switch inline {
                case .text(_, let format), .tab(let format), .field(_, let format):
                    if let font = format.font { families.formUnion([font.eastAsian, font.latin]) }
                case .lineBreak, .image, .bookmark: break
                }
            }
        }
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .paragraph(let paragraph): visit(paragraph)
                case .table(let table): for row in table.rows { for cell in row.cells { visit(cell.blocks) } }
                case .pageBreak, .tableOfContents: break
                }
            }
        }
        for section in sections {
            visit(section.blocks)
            for paragraph in (section.header?.paragraphs ?? []) + (section.footer?.paragraphs ?? []) { visit(paragraph) }
        }
        return families.sorted()
    }
}

extension ChineseFont {
    /// The face whose Chinese family name (宋体 …) or Windows name (SimSun …) is `name`, if any.
    public init?(familyName name: String) {
        guard let font = Self.allCases.first(where: { $0.familyName == name || $0.alternateName == name }) else { return nil }
        self = font
    }
}
