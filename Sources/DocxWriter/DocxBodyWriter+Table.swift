import FilingDocument
import PackageKit

extension DocxBodyWriter {
    /// Default left/right cell margin (Word's 0.19 cm), subtracted from cell widths when fitting images.
    static let cellMargin = Length(twips: 108)

    /// Writes a table: fixed layout on its grid, spans as gridSpan and vMerge restart/continue cells.
    mutating func table(_ table: Table, area: (width: Length, height: Length), state: inout DocxPackageState)
        throws(DocumentError)
    {
        let grid = try TableGrid(table)
        xml.open("w:tbl")
        var properties = [
            PropertyElement("w:tblW", [("w:w", String(table.width.twips)), ("w:type", "dxa")]),
            .value("w:jc", DocxFormatting.justification(table.alignment)),
            PropertyElement("w:tblLayout", [("w:type", "fixed")]),
            PropertyElement("w:tblCellMar", children: [
                PropertyElement("w:left", [("w:w", String(Self.cellMargin.twips)), ("w:type", "dxa")]),
                PropertyElement("w:right", [("w:w", String(Self.cellMargin.twips)), ("w:type", "dxa")]),
            ]),
        ]
        let borders = OOXML.tableBorderOrder.map { name in
            let line = name.hasPrefix("w:inside") ? table.borders.inner : table.borders.outer
            return Self.border(name, line)
        }
        properties.append(PropertyElement("w:tblBorders", children: borders))
        xml.properties("w:tblPr", properties, order: OOXML.tablePropertyOrder)
        xml.open("w:tblGrid")
        for width in table.columnWidths { xml.empty("w:gridCol", [("w:w", String(width.twips))]) }
        xml.close("w:tblGrid")

        // Only a leading run of header rows repeats; Word ignores tblHeader after a body row.
        let headerRows = table.rows.prefix { $0.isHeader }.count
        for (rowIndex, row) in table.rows.enumerated() {
            xml.open("w:tr")
            var rowProperties: [PropertyElement] = []
            if row.cantSplit { rowProperties.append(PropertyElement("w:cantSplit")) }
            if let height = row.minHeight {
                rowProperties.append(PropertyElement("w:trHeight", [("w:val", String(height.twips)), ("w:hRule", "atLeast")]))
            }
            if rowIndex < headerRows { rowProperties.append(PropertyElement("w:tblHeader")) }
            // CT_TrPrBase is a repeating choice: any order is valid.
            xml.properties("w:trPr", rowProperties, order: [])
            var column = 0
            while column < table.columnWidths.count {
                switch grid.slots[rowIndex][column] {
                case .origin(let originRow, let cellIndex):
                    let cell = table.rows[originRow].cells[cellIndex]
                    let spansRows = grid.rowSpan(originRow: rowIndex, column: column) > 1
                    try self.cell(
                        cell, width: width(of: table, from: column, span: cell.columnSpan),
                        verticalMerge: spansRows ? "restart" : nil, area: area, state: &state)
                    column += cell.columnSpan
                case .covered(let originRow, let originColumn, true) where originColumn == column:
                    // The continuation of a vertically merged cell: same span, no content of its own.
                    guard case .origin(_, let cellIndex) = grid.slots[originRow][originColumn] else { column += 1; continue }
                    let origin = table.rows[originRow].cells[cellIndex]
                    var continuation = TableCell(blocks: [], columnSpan: origin.columnSpan)
                    continuation.shading = origin.shading
                    try self.cell(
                        continuation, width: width(of: table, from: column, span: origin.columnSpan),
                        verticalMerge: "continue", area: area, state: &state)
                    column += origin.columnSpan
                case .covered:
                    column += 1
                case .empty:
                    try self.cell(TableCell(blocks: []), width: table.columnWidths[column], verticalMerge: nil,
                                  area: area, state: &state)
                    column += 1
                }
            }
            xml.close("w:tr")
        }
        xml.close("w:tbl")
    }

    private func width(of table: Table, from column: Int, span: Int) -> Length {
        Length(twips: table.columnWidths[column..<(column + span)].reduce(0) { $0 + $1.twips })
    }

    private mutating func cell(
        _ cell: TableCell, width: Length, verticalMerge: String?, area: (width: Length, height: Length),
        state: inout DocxPackageState
    ) throws(DocumentError) {
        xml.open("w:tc")
        let key = DocxPropertyCache.Key.cell(
            width: width.twips, columnSpan: cell.columnSpan, verticalMerge: verticalMerge, shading: cell.shading,
            alignment: cell.verticalAlignment)
        propertyCache.write(key, into: &xml) { xml in
            var properties = [PropertyElement("w:tcW", [("w:w", String(width.twips)), ("w:type", "dxa")])]
            if cell.columnSpan > 1 { properties.append(.value("w:gridSpan", String(cell.columnSpan))) }
            if let verticalMerge { properties.append(.value("w:vMerge", verticalMerge)) }
            if let shading = cell.shading {
                properties.append(PropertyElement("w:shd", [("w:val", "clear"), ("w:color", "auto"), ("w:fill", shading.hex)]))
            }
            properties.append(.value("w:vAlign", cell.verticalAlignment.rawValue))
            xml.properties("w:tcPr", properties, order: OOXML.cellPropertyOrder)
        }
        let cellArea = (width: width - Self.cellMargin * 2, height: area.height)
        try blocks(cell.blocks, area: cellArea, state: &state)
        // A cell must end with a paragraph (ECMA-376 §17.4.66).
        if case .paragraph = cell.blocks.last {} else { emptyParagraph(sectionProperties: nil) }
        xml.close("w:tc")
    }

    private static func border(_ name: String, _ line: BorderLine?) -> PropertyElement {
        guard let line else { return PropertyElement(name, [("w:val", "nil")]) }
        // w:sz is in eighths of a point.
        let eighths = max(2, line.width.twips * 8 / 20)
        return PropertyElement(name, [
            ("w:val", "single"), ("w:sz", String(eighths)), ("w:space", "0"), ("w:color", line.color.hex),
        ])
    }

    // MARK: Table of contents

    /// A TOC field whose cached result already lists the headings with PAGEREF fields, so consumers that do not
    /// rebuild the index (pandoc, LibreOffice until updated) still show the entries.
    mutating func tableOfContents(_ toc: TableOfContents, width: Length, state: inout DocxPackageState) {
        if let title = toc.title {
            paragraph(Paragraph(title, style: .tocHeading), area: (width, width), state: &state)
        }
        let entries = outline.filter { $0.level <= toc.depth }
        let tabs = PropertyElement("w:tabs", children: [
            PropertyElement("w:tab", [("w:val", "right"), ("w:leader", "dot"), ("w:pos", String(width.twips))]),
        ])
        let count = max(entries.count, 1)
        for index in 0..<count {
            let entry = entries.indices.contains(index) ? entries[index] : nil
            xml.open("w:p")
            xml.properties("w:pPr", [.value("w:pStyle", StyleID.toc(entry?.level ?? 1).rawValue), tabs],
                           order: OOXML.paragraphPropertyOrder)
            if index == 0 {
                fieldCharacter("begin")
                run(.plain) { $0.element("w:instrText", [("xml:space", "preserve")], text: " TOC \\o \"1-\(toc.depth)\" \\h \\z \\u ") }
                fieldCharacter("separate")
            }
            if let entry {
                xml.open("w:hyperlink", [("w:anchor", entry.bookmark), ("w:history", "1")])
                textRunsPlain(entry.text)
                run(.plain) { $0.empty("w:tab") }
                complexField(" PAGEREF \(entry.bookmark) \\h ", result: "", format: .plain)
                xml.close("w:hyperlink")
            }
            if index == count - 1 { fieldCharacter("end") }
            xml.close("w:p")
        }
    }

    private mutating func textRunsPlain(_ text: String) {
        run(.plain) { $0.element("w:t", [("xml:space", "preserve")], text: text) }
    }
}
