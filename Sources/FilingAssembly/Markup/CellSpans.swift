/// Resolves `^^` / `<<` markers of a markup table into rectangular cell spans.
///
/// A marker joins the cell it points at; a marker that would make a non-rectangular cell (or points
/// outside the table) is treated as an empty cell of its own, so any input gives a valid table.
struct CellSpans {
    struct Origin {
        var row: Int
        var column: Int
        var rowSpan = 1
        var columnSpan = 1
    }

    private let grid: [[MarkupCell]]
    /// For each grid position, the index of the origin that owns it.
    private var owner: [[Int]]
    private var origins: [Origin] = []

    init(table: MarkupTable, columns: Int) {
        grid = table.rows.map { $0 + Array(repeating: MarkupCell.content([]), count: columns - $0.count) }
        owner = grid.map { Array(repeating: -1, count: $0.count) }
        for row in grid.indices {
            for column in grid[row].indices { place(row: row, column: column) }
        }
    }

    /// The cells that start in `row`, left to right.
    func origins(inRow row: Int) -> [Origin] {
        origins.filter { $0.row == row }.sorted { $0.column < $1.column }
    }

    func cell(row: Int, column: Int) -> MarkupCell { grid[row][column] }

    private mutating func place(row: Int, column: Int) {
        let marker = grid[row][column]
        let target: Int? = switch marker {
        case .mergeLeft where column > 0: owner[row][column - 1]
        case .mergeUp where row > 0: owner[row - 1][column]
        default: nil
        }
        if let target, join(row: row, column: column, to: target, marker: marker) {
            owner[row][column] = target
            return
        }
        owner[row][column] = origins.count
        origins.append(Origin(row: row, column: column))
    }

    /// Whether the position can join `target`'s span, growing the span if needed.
    private mutating func join(row: Int, column: Int, to target: Int, marker: MarkupCell) -> Bool {
        let origin = origins[target]
        let rows = origin.row..<(origin.row + origin.rowSpan)
        let columns = origin.column..<(origin.column + origin.columnSpan)
        if rows.contains(row), columns.contains(column) { return true }
        if marker == .mergeLeft, origin.row == row, origin.rowSpan == 1, columns.upperBound == column {
            origins[target].columnSpan += 1
            return true
        }
        if marker == .mergeUp, origin.column == column, rows.upperBound == row {
            // The whole width of the span must continue in this row, or the cell would not be a rectangle.
            let rest = grid[row][columns.dropFirst()]
            guard rest.allSatisfy({ $0 == .mergeUp || $0 == .mergeLeft }) else { return false }
            origins[target].rowSpan += 1
            return true
        }
        return false
    }
}
