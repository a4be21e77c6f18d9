/// Where each cell of a table sits on its column grid: the layout both writers need to emit
/// covered cells (ODT) and vertical-merge continuations (DOCX).
public struct TableGrid: Sendable, Hashable {
    /// What occupies one grid position.
    public enum Slot: Sendable, Hashable {
        /// A cell starts here: its row and index in `Table.rows[row].cells`.
        case origin(row: Int, cell: Int)
        /// Covered by the cell starting at (row, column); `continuesVertically` is true in rows below the origin.
        case covered(originRow: Int, originColumn: Int, continuesVertically: Bool)
        /// Nothing covers this position (the row has fewer cells than the grid): writers pad it with an empty cell.
        case empty
    }

    /// `slots[row][column]`.
    public let slots: [[Slot]]

    /// Lays out the table; throws when a cell runs past the grid or overlaps a cell spanning from above.
    public init(_ table: Table) throws(DocumentError) {
        let columns = table.columnWidths.count
        guard columns > 0 else { throw .emptyTableGrid }
        var grid = Array(repeating: Array(repeating: Slot.empty, count: columns), count: table.rows.count)
        for (rowIndex, row) in table.rows.enumerated() {
            var column = 0
            for (cellIndex, cell) in row.cells.enumerated() {
                while column < columns, grid[rowIndex][column] != .empty { column += 1 }
                guard column + cell.columnSpan <= columns else {
                    throw .cellOutsideGrid(row: rowIndex, cell: cellIndex, columns: columns)
                }
                let lastRow = min(rowIndex + cell.rowSpan, table.rows.count) - 1
                for spannedRow in rowIndex...lastRow {
                    for spannedColumn in column..<(column + cell.columnSpan) {
                        guard grid[spannedRow][spannedColumn] == .empty else {
                            throw .overlappingCells(row: rowIndex, cell: cellIndex)
                        }
                        grid[spannedRow][spannedColumn] =
                            spannedRow == rowIndex && spannedColumn == column
                            ? .origin(row: rowIndex, cell: cellIndex)
                            : .covered(originRow: rowIndex, originColumn: column, continuesVertically: spannedRow > rowIndex)
                    }
                }
                column += cell.columnSpan
            }
        }
        slots = grid
    }

    /// The number of rows a cell really spans (its `rowSpan` cut at the end of the table).
    public func rowSpan(originRow: Int, column: Int) -> Int {
        var count = 1
        while originRow + count < slots.count,
            case .covered(originRow, column, true) = slots[originRow + count][column]
        {
            count += 1
        }
        return count
    }
}
