import Foundation

/// Reads filingpack markup (docs/templates.md) into `MarkupBlock`s.
public enum MarkupParser {
    /// Parses rendered template text; throws on an unknown or malformed `::` directive.
    public static func parse(_ text: String) throws(MarkupError) -> [MarkupBlock] {
        var state = ParserState()
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        for (index, line) in lines.enumerated() {
            try state.read(line: String(line), number: index + 1)
        }
        state.flush()
        return state.blocks
    }
}

/// What the parser has open while reading lines.
private struct ParserState {
    var blocks: [MarkupBlock] = []
    var paragraphLines: [String] = []
    var listItemLines: [String]?
    var table: MarkupTable?
    var pendingWidths: [Int]?
    var pendingBorderless = false

    mutating func read(line: String, number: Int) throws(MarkupError) {
        let trimmed = line.trimmingWhitespace
        if trimmed.isEmpty {
            flush()
        } else if trimmed.hasPrefix("::") {
            flush()
            try readDirective(String(trimmed.dropFirst(2)), number: number)
        } else if trimmed.hasPrefix("|") {
            flushText()
            try readTableRow(trimmed, number: number)
        } else if let (level, rest) = headingPrefix(trimmed) {
            flush()
            let content = InlineParser.parse(rest)
            switch level {
            case -1: blocks.append(.subtitle(content))
            case 0: blocks.append(.title(content))
            default: blocks.append(.heading(level: level, content))
            }
        } else if trimmed.hasPrefix("- ") || trimmed == "-" {
            flush()
            listItemLines = [String(trimmed.dropFirst()).trimmingWhitespace]
        } else if listItemLines != nil {
            listItemLines?.append(trimmed)
        } else {
            flushTable()
            paragraphLines.append(trimmed)
        }
    }

    /// `%` → 0 (title), `%%` → -1 (subtitle), `#`…`###` → 1…3; the marker must be followed by a space.
    private func headingPrefix(_ line: String) -> (Int, String)? {
        let markers: [(String, Int)] = [("%% ", -1), ("% ", 0), ("### ", 3), ("## ", 2), ("# ", 1)]
        for (marker, level) in markers where line.hasPrefix(marker) {
            return (level, String(line.dropFirst(marker.count)).trimmingWhitespace)
        }
        return nil
    }

    private mutating func readDirective(_ directive: String, number: Int) throws(MarkupError) {
        let name = String(directive.prefix { !$0.isWhitespace })
        let argument = String(directive.dropFirst(name.count)).trimmingWhitespace
        switch name {
        case "pagebreak":
            blocks.append(.pageBreak)
        case "space":
            guard let count = Int(argument), (0...60).contains(count) else {
                throw MarkupError(line: number, message: "::space needs a number of lines from 0 to 60, found \"\(argument)\"")
            }
            blocks.append(.space(lines: count))
        case "center", "right", "left":
            let alignment = MarkupAlignment(rawValue: name) ?? .left
            blocks.append(.paragraph(InlineParser.parse(argument), alignment: alignment))
        case "stamp":
            blocks.append(.stamp(InlineParser.parse(argument)))
        case "widths":
            let widths = argument.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
            guard !widths.isEmpty, widths.allSatisfy({ $0 > 0 }),
                  widths.count == argument.split(whereSeparator: \.isWhitespace).count
            else {
                throw MarkupError(line: number, message: "::widths needs positive whole numbers, found \"\(argument)\"")
            }
            pendingWidths = widths
        case "noborder":
            pendingBorderless = true
        default:
            throw MarkupError(
                line: number,
                message: "unknown directive ::\(name) (known: pagebreak, space, center, right, left, stamp, widths, noborder)")
        }
    }

    private mutating func readTableRow(_ line: String, number: Int) throws(MarkupError) {
        let cells = TableRowSplitter.cells(of: line)
        if var open = table {
            if open.rows.count == 1, !open.hasHeader, TableRowSplitter.isSeparator(cells) {
                open.hasHeader = true
            } else {
                open.rows.append(cells.map(Self.cell))
            }
            table = open
            return
        }
        if let widths = pendingWidths, widths.count != cells.count {
            throw MarkupError(
                line: number, message: "::widths gives \(widths.count) columns but the table row has \(cells.count)")
        }
        table = MarkupTable(
            widths: pendingWidths, bordered: !pendingBorderless, hasHeader: false, rows: [cells.map(Self.cell)])
        pendingWidths = nil
        pendingBorderless = false
    }

    private static func cell(_ raw: String) -> MarkupCell {
        switch raw {
        case "^^": .mergeUp
        case "<<": .mergeLeft
        default: .content(InlineParser.parse(raw))
        }
    }

    mutating func flush() {
        flushText()
        flushTable()
    }

    private mutating func flushText() {
        if !paragraphLines.isEmpty {
            blocks.append(.paragraph(InlineParser.parse(Self.join(paragraphLines)), alignment: nil))
            paragraphLines = []
        }
        if let lines = listItemLines {
            blocks.append(.listItem(InlineParser.parse(Self.join(lines))))
            listItemLines = nil
        }
    }

    private mutating func flushTable() {
        if let open = table {
            blocks.append(.table(open))
            table = nil
        }
    }

    /// Joins wrapped lines: Chinese text joins without a space, Latin words with one.
    static func join(_ lines: [String]) -> String {
        lines.dropFirst().reduce(lines.first ?? "") { joined, next in
            guard let last = joined.last, let first = next.first else { return joined + next }
            let needsSpace = last.isASCII && !last.isWhitespace && first.isASCII && !first.isWhitespace
            return joined + (needsSpace ? " " : "") + next
        }
    }
}

/// Splits `| a | b |` on unescaped bars; cells keep their escapes for the inline parser.
enum TableRowSplitter {
    static func cells(of line: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaping = false
        for character in line.dropFirst() {
            if escaping {
                current.append(character)
                escaping = false
            } else if character == "\\" {
                current.append(character)
                escaping = true
            } else if character == "|" {
                cells.append(current.trimmingWhitespace)
                current = ""
            } else {
                current.append(character)
            }
        }
        let rest = current.trimmingWhitespace
        if !rest.isEmpty || cells.isEmpty { cells.append(rest) }
        return cells
    }

    /// `|---|:--:|`: every cell is dashes with optional alignment colons.
    static func isSeparator(_ cells: [String]) -> Bool {
        !cells.isEmpty && cells.allSatisfy { cell in
            let core = cell.drop { $0 == ":" }.reversed().drop { $0 == ":" }
            return !core.isEmpty && core.allSatisfy { $0 == "-" }
        }
    }
}

extension StringProtocol {
    var trimmingWhitespace: String {
        String(self).trimmingCharacters(in: .whitespaces)
    }
}
