import FilingDocument
import PackageKit

/// Rendered property containers (`w:pPr`, `w:rPr`, `w:tcPr`) by what they are made of. A document repeats a
/// handful of formats thousands of times; building, sorting and escaping the same elements again for every
/// paragraph, run and cell was most of the writer's time (see BENCHMARKS.md).
struct DocxPropertyCache {
    /// What a property container is made of.
    enum Key: Hashable {
        case paragraph(StyleID, ParagraphFormat)
        case run(RunFormat)
        case cell(width: Int, columnSpan: Int, verticalMerge: String?, shading: Color?, alignment: VerticalAlignment)
    }

    private var rendered: [Key: XMLWriter] = [:]

    /// Appends the container for `key` to `xml`, rendering it with `render` the first time; the cached output
    /// carries its count of removed characters, so reports count every occurrence as before.
    mutating func write(_ key: Key, into xml: inout XMLWriter, render: (inout XMLWriter) -> Void) {
        if let cached = rendered[key] {
            xml.append(cached)
            return
        }
        var fresh = XMLWriter(capacity: 256)
        render(&fresh)
        rendered[key] = fresh
        xml.append(fresh)
    }
}
