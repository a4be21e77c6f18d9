import FilingDocument
import Foundation

/// The synthetic workload: about 500 A4 pages in 50 chapters, with 200 tables and 50 scan-like pictures,
/// laid out like a binder (TOC, numbered headings, page-number footer). Deterministic: the same parameters give
/// the same document, so every tool is fed the same content.
struct SyntheticDocument {
    static let chapters = 50
    static let tablesPerChapter = 4
    static let paragraphsPerSection = 9
    static let sectionsPerChapter = 3
    static let tableRows = 10
    static let imageWidth = 1240
    static let imageHeight = 1754

    /// File names of the pictures, one per chapter, as exported beside the Markdown.
    static func imageFileName(_ index: Int) -> String { String(format: "scan-%02d.png", index + 1) }

    /// The pictures: grey A4-shaped "scans" at 150 dpi, each different so none is deduplicated.
    static func generateImages() -> [Data] {
        (0..<chapters).map { index in
            var random = SplitMix(seed: UInt64(index + 1))
            var pixels = [UInt8](repeating: 0, count: imageWidth * imageHeight)
            for row in 0..<imageHeight {
                let band = UInt8(truncatingIfNeeded: 200 + (row / 64 + index) % 40)
                for column in 0..<imageWidth {
                    // Paper grey with light noise and dark "text lines", so the PNG is scan-sized, not tiny.
                    let isTextLine = row % 48 < 14 && column > 120 && column < imageWidth - 120
                        && (column / 23 + row / 48 + index) % 7 != 0
                    // Sparse speckle, as on a scanned page; dense noise would make each PNG megabytes.
                    let value = random.next()
                    let noise = value & 0x3F == 0 ? UInt8(truncatingIfNeeded: value >> 8 & 0x1F) : 0
                    pixels[row * imageWidth + column] = isTextLine ? 40 + noise : band - noise
                }
            }
            return PNGEncoder.greyscale(width: imageWidth, height: imageHeight, pixels: pixels)
        }
    }

    /// Reads the pictures written by `export`.
    static func loadImages(from folder: URL) throws -> [Data] {
        try (0..<chapters).map { try Data(contentsOf: folder.appendingPathComponent(imageFileName($0))) }
    }

    /// The document, with `images` (one per chapter) embedded.
    static func build(images: [Data]) throws -> Document {
        var text = TextSource(seed: 2026)
        let created = Date(timeIntervalSince1970: 1_795_996_800)  // 2026-12-01T00:00:00Z
        var builder = DocumentBuilder(properties: DocumentProperties(
            title: "互联网药品信息服务申请材料（基准测试）", author: "filingpack-bench", created: created))
        builder.setHeaderFooter(header: .text("互联网药品信息服务申请材料"), footer: .dashedPageNumber)
        builder.title("互联网药品信息服务申请材料")
        builder.tableOfContents(TableOfContents(depth: 2))
        var tableNumber = 0
        for chapter in 0..<chapters {
            builder.pageBreak()
            builder.heading(1, text.heading())
            for section in 0..<sectionsPerChapter {
                builder.heading(2, text.heading())
                for paragraph in 0..<paragraphsPerSection {
                    builder.paragraph(text.paragraphContent(emphasis: paragraph % 3 == 1))
                }
                // Tables sit after the sections' text; the last section carries two of them.
                let tables = section == sectionsPerChapter - 1 ? tablesPerChapter - (sectionsPerChapter - 1) : 1
                for _ in 0..<tables {
                    tableNumber += 1
                    builder.caption("表 \(tableNumber) \(text.heading())")
                    builder.table(table(number: tableNumber, width: builder.textWidth, text: &text))
                }
            }
            let picture = try Image(data: images[chapter], description: "第 \(chapter + 1) 章附件扫描件", sizing: .fillTextArea)
            builder.image(picture, caption: "图 \(chapter + 1) 附件扫描件")
        }
        return builder.build()
    }

    /// A form-like table: repeated header row, a merged first column every few rows, shaded totals row.
    private static func table(number: Int, width: Length, text: inout TextSource) -> Table {
        var rows = [TableRow(["序号", "项目", "内容", "备注"].map { TableCell($0, style: .tableHeading) }, isHeader: true)]
        for row in 1..<tableRows {
            var cells: [TableCell] = []
            if row % 3 == 1 {
                cells.append(TableCell("\(number).\(row)", rowSpan: min(3, tableRows - row), alignment: .center))
            }
            cells.append(TableCell(text.phrase()))
            cells.append(TableCell(text.sentence()))
            cells.append(TableCell(content: [.mark(.box(checked: row % 2 == 0)), .text(" 已核对")]))
            rows.append(TableRow(cells))
        }
        rows.append(TableRow([
            TableCell("合计", columnSpan: 2, shading: .lightGray, alignment: .center),
            TableCell("共 \(tableRows - 1) 项", columnSpan: 2, shading: .lightGray),
        ]))
        return Table(width: width, proportions: [1, 2, 5, 2], rows: rows)
    }
}

/// Deterministic Chinese prose, so runs and tools see identical text: words of two characters drawn with a
/// skewed (Zipf-like) frequency from a vocabulary of common characters, so it compresses about as well as real
/// prose rather than as a few repeated sentences would.
struct TextSource {
    private var random: SplitMix
    private let words: [String]
    private static let characters = Array(
        "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞")
    private static let punctuation = ["，", "，", "，", "；", "、"]

    init(seed: UInt64) {
        random = SplitMix(seed: seed)
        var vocabulary = SplitMix(seed: seed ^ 0x5EED)
        words = (0..<600).map { _ in
            String([Self.characters[Int(vocabulary.next() % UInt64(Self.characters.count))],
                    Self.characters[Int(vocabulary.next() % UInt64(Self.characters.count))]])
        }
    }

    /// A common word: the minimum of two draws favours the front of the vocabulary.
    private mutating func word() -> String {
        let first = Int(random.next() % UInt64(words.count)), second = Int(random.next() % UInt64(words.count))
        return words[min(first, second)]
    }

    private mutating func words(_ range: ClosedRange<Int>) -> String {
        let count = range.lowerBound + Int(random.next() % UInt64(range.count))
        return (0..<count).map { _ in word() }.joined()
    }

    mutating func heading() -> String { words(3...5) }
    mutating func phrase() -> String { words(2...4) }
    mutating func sentence() -> String {
        words(3...6) + Self.punctuation[Int(random.next() % UInt64(Self.punctuation.count))] + words(4...8) + "。"
    }

    /// About 140 characters (five lines of 三号 text); the first sentence bold when `emphasis`.
    mutating func paragraphContent(emphasis: Bool) -> [Inline] {
        let first = sentence()
        let rest = (1..<6).map { _ in sentence() }.joined()
        return emphasis ? [.bold(first), .text(rest)] : [.text(first + rest)]
    }

}

/// SplitMix64: a tiny, fixed pseudo-random sequence (the standard library's generator is not reproducible).
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
