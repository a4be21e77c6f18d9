/// Problems in a document that stop a writer, each naming where it is.
public enum DocumentError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A table has no columns.
    case emptyTableGrid
    /// A cell extends past the last grid column.
    case cellOutsideGrid(row: Int, cell: Int, columns: Int)
    /// A cell starts on a position covered by a cell spanning from an earlier row.
    case overlappingCells(row: Int, cell: Int)
    /// Image bytes are neither PNG nor JPEG, or their header is cut short.
    case unreadableImage(description: String, reason: String)

    public var description: String {
        switch self {
        case .emptyTableGrid: "table has no columns"
        case .cellOutsideGrid(let row, let cell, let columns):
            "table row \(row + 1), cell \(cell + 1): extends past the \(columns) grid columns"
        case .overlappingCells(let row, let cell):
            "table row \(row + 1), cell \(cell + 1): overlaps a cell spanning from a row above"
        case .unreadableImage(let description, let reason): "image \(description): \(reason)"
        }
    }
}
