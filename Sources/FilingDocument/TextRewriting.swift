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
