import FilingDocument
import Foundation

/// Exports a `Document`'s content for the peer tools, so they build the same document:
/// Markdown (pandoc) and a JSON block list (python-docx, docxtpl), with the pictures as files beside them.
/// What the peers cannot express (cell merges in Markdown pipe tables, fields) is flattened, never dropped as text.
struct ContentExport {
    /// One block for the Python peers.
    struct Block: Encodable {
        var type: String
        var level: Int?
        var style: String?
        var alignment: String?
        var runs: [Run]?
        var widthsMillimetres: [Double]?
        var headerRows: Int?
        var rows: [[Cell]]?
        var image: String?
        var widthMillimetres: Double?

        enum CodingKeys: String, CodingKey {
            case type, level, style, alignment, runs, image, rows
            case widthsMillimetres = "widths_mm", headerRows = "header_rows", widthMillimetres = "width_mm"
        }
    }

    struct Run: Encodable {
        var text: String
        var bold: Bool?
    }

    struct Cell: Encodable {
        var text: String
        var row: Int
        var column: Int
        var columnSpan: Int
        var rowSpan: Int
        var shading: String?

        enum CodingKeys: String, CodingKey {
            case text, row, column, shading
            case columnSpan = "colspan", rowSpan = "rowspan"
        }
    }

    struct Content: Encodable {
        var title: String
        var header: String?
        var footerPageNumber: Bool
        var blocks: [Block]

        enum CodingKeys: String, CodingKey {
            case title, header, blocks
            case footerPageNumber = "footer_page_number"
        }
    }

    let document: Document
    private(set) var markdown = ""
    private(set) var content: Content
    private var images: [Data: String] = [:]
    private(set) var imageFiles: [(name: String, data: Data)] = []

    init(_ document: Document) {
        self.document = document
        let firstSection = document.sections.first
        content = Content(
            title: document.properties.title,
            header: firstSection?.header.map { $0.paragraphs.map(\.plainText).joined(separator: " ") },
            footerPageNumber: firstSection?.footer != nil, blocks: [])
        markdown = "---\ntitle: \"\(document.properties.title)\"\nlang: \(document.properties.language)\n---\n\n"
        for section in document.sections {
            let area = (section.pageSetup.textWidth, section.pageSetup.textHeight)
            for block in section.blocks { add(block, area: area) }
        }
    }

    /// Writes `content.md`, `content.json` and the pictures into `folder`.
    func write(to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(markdown.utf8).write(to: folder.appendingPathComponent("content.md"))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(content).write(to: folder.appendingPathComponent("content.json"))
        for (name, data) in imageFiles { try data.write(to: folder.appendingPathComponent(name)) }
    }

    private mutating func add(_ block: FilingDocument.Block, area: (width: Length, height: Length)) {
        switch block {
        case .paragraph(let paragraph): add(paragraph, area: area)
        case .table(let table): add(table)
        case .pageBreak:
            content.blocks.append(Block(type: "page_break"))
            markdown += "\\newpage\n\n"
        case .tableOfContents:
            content.blocks.append(Block(type: "toc"))
        }
    }

    private mutating func add(_ paragraph: Paragraph, area: (width: Length, height: Length)) {
        for inline in paragraph.content {
            guard case .image(let image) = inline else { continue }
            let name = fileName(for: image)
            let width = image.displaySize(textWidth: area.width, textHeight: area.height).width.millimetres
            content.blocks.append(Block(type: "image", image: name, widthMillimetres: width))
            markdown += "![\(image.description)](\(name)){width=\(Int(width.rounded()))mm}\n\n"
        }
        let text = paragraph.plainText
        guard !text.isEmpty else { return }
        if let level = document.styles.outlineLevel(of: paragraph.style) {
            content.blocks.append(Block(type: "heading", level: level, runs: [Run(text: text)]))
            markdown += String(repeating: "#", count: level) + " " + escaped(text) + "\n\n"
            return
        }
        var runs: [Run] = []
        var line = ""
        for inline in paragraph.content {
            switch inline {
            case .text(let text, let format):
                runs.append(Run(text: text, bold: format.bold == true ? true : nil))
                line += format.bold == true ? "**\(escaped(text))**" : escaped(text)
            case .tab:
                runs.append(Run(text: "\t"))
                line += " "
            case .lineBreak:
                runs.append(Run(text: "\n"))
                line += "\\\n"
            case .field, .image, .bookmark: break
            }
        }
        let alignment = paragraph.format.alignment ?? document.styles[paragraph.style]?.paragraph.alignment
        content.blocks.append(Block(
            type: "paragraph", style: paragraph.style.rawValue, alignment: alignment?.rawValue, runs: runs))
        markdown += line + "\n\n"
    }

    private mutating func add(_ table: Table) {
        guard let grid = try? TableGrid(table) else { return }
        var cells: [[Cell]] = []
        var markdownRows = [[String]](repeating: [String](repeating: "", count: table.columnWidths.count), count: table.rows.count)
        for (rowIndex, row) in table.rows.enumerated() {
            var rowCells: [Cell] = []
            // Cells are laid left to right, so the n-th origin slot of a row is its n-th cell.
            let originColumns = grid.slots[rowIndex].indices.filter { column in
                if case .origin = grid.slots[rowIndex][column] { return true }
                return false
            }
            for (cellIndex, cell) in row.cells.enumerated() {
                let text = cell.blocks.compactMap { block -> String? in
                    if case .paragraph(let paragraph) = block { return paragraph.plainText }
                    return nil
                }.joined(separator: "\n")
                let column = cellIndex < originColumns.count ? originColumns[cellIndex] : 0
                rowCells.append(Cell(
                    text: text, row: rowIndex, column: column, columnSpan: cell.columnSpan, rowSpan: cell.rowSpan,
                    shading: cell.shading?.hex))
                markdownRows[rowIndex][column] = escaped(text).replacingOccurrences(of: "|", with: "\\|")
                    .replacingOccurrences(of: "\n", with: " ")
            }
            cells.append(rowCells)
        }
        let headerRows = table.rows.prefix { $0.isHeader }.count
        content.blocks.append(Block(
            type: "table", widthsMillimetres: table.columnWidths.map(\.millimetres), headerRows: headerRows, rows: cells))
        // Pipe tables have exactly one header row and no merges: merged cells keep their text in the first cell.
        guard let header = markdownRows.first else { return }
        markdown += "| " + header.joined(separator: " | ") + " |\n"
        markdown += "|" + table.columnWidths.map { _ in "---|" }.joined() + "\n"
        for row in markdownRows.dropFirst() { markdown += "| " + row.joined(separator: " | ") + " |\n" }
        markdown += "\n"
    }

    private mutating func fileName(for image: Image) -> String {
        if let name = images[image.data] { return name }
        let name = String(format: "image-%03d.%@", images.count + 1, image.format.fileExtension)
        images[image.data] = name
        imageFiles.append((name, image.data))
        return name
    }

    /// Backslash-escapes the characters Markdown would read as markup.
    private func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if "\\`*_[]#<>|".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
