extension Document {
    /// The document with every piece of text (properties, runs, headers, footers, TOC titles, image descriptions)
    /// passed through `transform`; structure is unchanged. Writers use it to clean text once per document.
    public func mappingText(_ transform: (String) -> String) -> Document {
        var copy = self
        copy.properties.title = transform(properties.title)
        copy.properties.subject = properties.subject.map(transform)
        copy.properties.author = transform(properties.author)
        copy.properties.keywords = properties.keywords.map(transform)
        copy.sections = sections.map { section in
            var section = section
            section.header = section.header.map { HeaderFooter($0.paragraphs.map { $0.mappingText(transform) }) }
            section.footer = section.footer.map { HeaderFooter($0.paragraphs.map { $0.mappingText(transform) }) }
            section.blocks = section.blocks.map { $0.mappingText(transform) }
            return section
        }
        return copy
    }
}

extension Block {
    /// The block with its text passed through `transform`.
    public func mappingText(_ transform: (String) -> String) -> Block {
        switch self {
        case .paragraph(let paragraph): .paragraph(paragraph.mappingText(transform))
        case .table(var table):
            {
                table.rows = table.rows.map { row in
                    var row = row
                    row.cells = row.cells.map { cell in
                        var cell = cell
                        cell.blocks = cell.blocks.map { $0.mappingText(transform) }
                        return cell
                    }
                    return row
                }
                return .table(table)
            }()
        case .pageBreak: .pageBreak
        case .tableOfContents(var toc):
            {
                toc.title = toc.title.map(transform)
                return .tableOfContents(toc)
            }()
        }
    }
}

extension Paragraph {
    /// The paragraph with its text runs and image descriptions passed through `transform`.
    public func mappingText(_ transform: (String) -> String) -> Paragraph {
        var copy = self
        copy.content = content.map { inline in
            switch inline {
            case .text(let text, let format): .text(transform(text), format)
            case .image(var image):
                {
                    image.description = transform(image.description)
                    return .image(image)
                }()
            case .tab, .lineBreak, .field, .bookmark: inline
            }
        }
        return copy
    }
}

extension Document {
    /// Whether any text that `mappingText` would transform satisfies `predicate`; writers use it to skip the copy
    /// when no text needs cleaning, the usual case.
    public func containsText(where predicate: (String) -> Bool) -> Bool {
        if predicate(properties.title) || predicate(properties.author) || properties.subject.map(predicate) == true
            || properties.keywords.contains(where: predicate)
        {
            return true
        }
        return sections.contains { section in
            let headerFooter = (section.header?.paragraphs ?? []) + (section.footer?.paragraphs ?? [])
            return headerFooter.contains { $0.containsText(where: predicate) }
                || section.blocks.contains { $0.containsText(where: predicate) }
        }
    }
}

extension Block {
    /// Whether any of the block's text satisfies `predicate` (the texts `mappingText` visits).
    public func containsText(where predicate: (String) -> Bool) -> Bool {
        switch self {
        case .paragraph(let paragraph): paragraph.containsText(where: predicate)
        case .table(let table):
            table.rows.contains { row in
                row.cells.contains { cell in cell.blocks.contains { $0.containsText(where: predicate) } }
            }
        case .pageBreak: false
        case .tableOfContents(let toc): toc.title.map(predicate) == true
        }
    }
}

extension Paragraph {
    /// Whether a text run or image description satisfies `predicate`.
    public func containsText(where predicate: (String) -> Bool) -> Bool {
        content.contains { inline in
            switch inline {
            case .text(let text, _): predicate(text)
            case .image(let image): predicate(image.description)
            case .tab, .lineBreak, .field, .bookmark: false
            }
        }
    }
}
