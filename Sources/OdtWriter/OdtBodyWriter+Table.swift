import FilingDocument
import PackageKit

extension OdtBodyWriter {
    /// Default cell padding, subtracted from cell widths when fitting images.
    static let cellPadding = Length.mm(1.9)

    /// Writes a table on its column grid; spans become `number-columns/rows-spanned` plus covered cells.
    mutating func table(
        _ table: Table, area: (width: Length, height: Length), state: inout OdtPackageState, pageBreakBefore: Bool,
        sectionStart: SectionStart?
    ) throws(DocumentError) {
        let grid = try TableGrid(table)
        var tableAttributes = [
            ("style:width", ODF.length(table.width)), ("table:align", tableAlign(table.alignment)),
            ("table:border-model", "collapsing"),
        ]
        if pageBreakBefore { tableAttributes.append(("fo:break-before", "page")) }
        if let number = sectionStart?.firstPageNumber { tableAttributes.append(("style:page-number", String(number))) }
        let tableStyle = automaticStyles.name(
            family: "table", masterPage: sectionStart?.masterPage, properties: [("style:table-properties", tableAttributes)])
        xml.open("table:table", [("table:name", state.nextName("Table")), ("table:style-name", tableStyle)])
        for width in table.columnWidths {
            let columnStyle = automaticStyles.name(for: .tableColumn(width: width)) { automaticStyles in
                automaticStyles.name(
                    family: "table-column",
                    properties: [("style:table-column-properties", [("style:column-width", ODF.length(width))])])
            }
            xml.empty("table:table-column", [("table:style-name", columnStyle)])
        }
        let headerRows = table.rows.prefix { $0.isHeader }.count
        for (rowIndex, row) in table.rows.enumerated() {
            if rowIndex == 0 && headerRows > 0 { xml.open("table:table-header-rows") }
            let rowStyle = automaticStyles.name(for: .tableRow(cantSplit: row.cantSplit, minHeight: row.minHeight)) {
                automaticStyles in
                var rowAttributes: [(String, String)] = [("fo:keep-together", row.cantSplit ? "always" : "auto")]
                if let height = row.minHeight { rowAttributes.append(("style:min-row-height", ODF.length(height))) }
                return automaticStyles.name(family: "table-row", properties: [("style:table-row-properties", rowAttributes)])
            }
            xml.open("table:table-row", [("table:style-name", rowStyle)])
            for column in table.columnWidths.indices {
                switch grid.slots[rowIndex][column] {
                case .origin(let originRow, let cellIndex):
                    let cell = table.rows[originRow].cells[cellIndex]
                    let rowSpan = grid.rowSpan(originRow: rowIndex, column: column)
                    try self.cell(cell, table: table, row: rowIndex, column: column, rowSpan: rowSpan, area: area, state: &state)
                case .covered:
                    xml.empty("table:covered-table-cell")
                case .empty:
                    try self.cell(TableCell(blocks: []), table: table, row: rowIndex, column: column, rowSpan: 1,
                                  area: area, state: &state)
                }
            }
            xml.close("table:table-row")
            if rowIndex == headerRows - 1 { xml.close("table:table-header-rows") }
        }
        xml.close("table:table")
    }

    private mutating func cell(
        _ cell: TableCell, table: Table, row: Int, column: Int, rowSpan: Int, area: (width: Length, height: Length),
        state: inout OdtPackageState
    ) throws(DocumentError) {
        let lastRow = row + rowSpan - 1
        let lastColumn = column + cell.columnSpan - 1
        let outer = table.borders.outer, inner = table.borders.inner
        let top = row == 0 ? outer : inner
        let bottom = lastRow == table.rows.count - 1 ? outer : inner
        let left = column == 0 ? outer : inner
        let right = lastColumn == table.columnWidths.count - 1 ? outer : inner
        let source = OdtAutomaticStyles.Source.tableCell(
            top: top, bottom: bottom, left: left, right: right, alignment: cell.verticalAlignment, shading: cell.shading)
        let style = automaticStyles.name(for: source) { automaticStyles in
            var attributes = [
                ("fo:border-top", OdtFormatting.border(top)), ("fo:border-bottom", OdtFormatting.border(bottom)),
                ("fo:border-left", OdtFormatting.border(left)), ("fo:border-right", OdtFormatting.border(right)),
                ("fo:padding-left", ODF.length(Self.cellPadding)), ("fo:padding-right", ODF.length(Self.cellPadding)),
                ("fo:padding-top", "0pt"), ("fo:padding-bottom", "0pt"),
                ("style:vertical-align", cell.verticalAlignment == .center ? "middle" : cell.verticalAlignment.rawValue),
            ]
            if let shading = cell.shading { attributes.append(("fo:background-color", "#" + shading.hex)) }
            return automaticStyles.name(family: "table-cell", properties: [("style:table-cell-properties", attributes)])
        }
        var cellAttributes = [("table:style-name", style)]
        if cell.columnSpan > 1 { cellAttributes.append(("table:number-columns-spanned", String(cell.columnSpan))) }
        if rowSpan > 1 { cellAttributes.append(("table:number-rows-spanned", String(rowSpan))) }
        cellAttributes.append(("office:value-type", "string"))
        xml.open("table:table-cell", cellAttributes)
        let width = Length(twips: table.columnWidths[column...lastColumn].reduce(0) { $0 + $1.twips })
        if cell.blocks.isEmpty {
            xml.empty("text:p", [("text:style-name", StyleID.tableText.rawValue)])
        } else {
            try blocks(cell.blocks, area: (width - Self.cellPadding * 2, area.height), state: &state)
        }
        xml.close("table:table-cell")
    }

    private func tableAlign(_ alignment: Alignment) -> String {
        switch alignment {
        case .start, .justified: "left"
        case .center: "center"
        case .end: "right"
        }
    }

    // MARK: Table of contents

    /// `text:table-of-content` with its entry templates and a body that already lists the headings, each with a
    /// page reference to its bookmark, so the page numbers are filled in when the document is laid out.
    mutating func tableOfContents(_ toc: TableOfContents, state: inout OdtPackageState) {
        let name = state.nextName("Table of Contents")
        xml.open("text:table-of-content", [("text:protected", "true"), ("text:name", name)])
        xml.open("text:table-of-content-source", [("text:outline-level", String(toc.depth))])
        if let title = toc.title {
            xml.element("text:index-title-template", [("text:style-name", StyleID.tocHeading.rawValue)], text: title)
        }
        for level in 1...toc.depth {
            xml.open("text:table-of-content-entry-template", [
                ("text:outline-level", String(level)), ("text:style-name", StyleID.toc(level).rawValue),
            ])
            xml.raw(
                "<text:index-entry-link-start/><text:index-entry-text/>"
                    + "<text:index-entry-tab-stop style:type=\"right\" style:leader-char=\".\"/>"
                    + "<text:index-entry-page-number/><text:index-entry-link-end/>")
            xml.close("text:table-of-content-entry-template")
        }
        xml.close("text:table-of-content-source")
        xml.open("text:index-body")
        if let title = toc.title {
            xml.open("text:index-title", [("text:name", name + "_Head")])
            xml.element("text:p", [("text:style-name", StyleID.tocHeading.rawValue)], text: title)
            xml.close("text:index-title")
        }
        for entry in outline where entry.level <= toc.depth {
            xml.open("text:p", [("text:style-name", StyleID.toc(entry.level).rawValue)])
            xml.odfText(entry.text)
            xml.empty("text:tab")
            xml.element("text:bookmark-ref", [("text:reference-format", "page"), ("text:ref-name", entry.bookmark)], text: "")
            xml.close("text:p")
        }
        xml.close("text:index-body")
        xml.close("text:table-of-content")
    }
}
