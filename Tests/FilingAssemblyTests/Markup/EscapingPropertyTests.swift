@testable import FilingAssembly
import XCTest

/// Any value inserted through `{{…}}` prints exactly as written, wherever it stands.
final class EscapingPropertyTests: XCTestCase {
    /// Characters that stress the markup: every special character, line breaks, CJK, emoji, spaces.
    private let alphabet: [Character] = Array("\\*_|[]#:^<->%x n中文😀\t{}/.") + ["\n", "\r\n", "\r"]

    private func randomValue(using generator: inout some RandomNumberGenerator) -> String {
        let length = Int.random(in: 1...24, using: &generator)
        return String((0..<length).map { _ in alphabet.randomElement(using: &generator) ?? "x" })
    }

    /// The text a paragraph or cell shows, with line breaks as "\n".
    private func text(of inlines: [MarkupInline]) -> String {
        inlines.map { inline in
            switch inline {
            case .text(let text, _, _): text
            case .lineBreak: "\n"
            case .pageReference(let name): "<page \(name)>"
            }
        }.joined()
    }

    /// What a value should print as: line breaks normalised to "\n", surrounding spaces of a line trimmed
    /// (the markup trims lines and cells, as the templates' own text is trimmed).
    private func expected(_ value: String) -> String {
        value.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    func testValuesInParagraphsPrintLiterally() throws {
        var generator = SplitMix64(seed: 0x5EED_0001)
        for _ in 0..<500 {
            let value = randomValue(using: &generator)
            let markup = "前" + MarkupEscaping.escape(value) + "后"
            let blocks = try MarkupParser.parse(markup)
            XCTAssertEqual(blocks.count, 1, "value \(value.debugDescription) made \(blocks)")
            guard case .paragraph(let inlines, nil) = blocks.first else {
                XCTFail("value \(value.debugDescription) gave \(blocks)")
                continue
            }
            XCTAssertEqual(text(of: inlines), "前" + expected(value) + "后", "value \(value.debugDescription)")
            XCTAssertTrue(inlines.allSatisfy { if case .text(_, false, false) = $0 { true } else { $0 == .lineBreak } })
        }
    }

    func testValuesAtTheStartOfALineStayParagraphs() throws {
        var generator = SplitMix64(seed: 0x5EED_0002)
        for _ in 0..<500 {
            let value = randomValue(using: &generator)
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, trimmed == value else { continue }
            let blocks = try MarkupParser.parse(MarkupEscaping.escape(value))
            guard blocks.count == 1, case .paragraph(let inlines, nil) = blocks.first else {
                XCTFail("value \(value.debugDescription) gave \(blocks)")
                continue
            }
            XCTAssertEqual(text(of: inlines), expected(value), "value \(value.debugDescription)")
        }
    }

    func testValuesInTableCellsStayInTheirCell() throws {
        var generator = SplitMix64(seed: 0x5EED_0003)
        for _ in 0..<500 {
            let value = randomValue(using: &generator)
            let blocks = try MarkupParser.parse("| 左 | 甲" + MarkupEscaping.escape(value) + "乙 | 右 |")
            guard case .table(let table) = blocks.first, blocks.count == 1, table.rows.count == 1,
                  table.rows[0].count == 3, case .content(let inlines) = table.rows[0][1]
            else {
                XCTFail("value \(value.debugDescription) gave \(blocks)")
                continue
            }
            XCTAssertEqual(text(of: inlines), "甲" + expected(value) + "乙", "value \(value.debugDescription)")
        }
    }

    func testMergeMarkersAsValuesAreText() throws {
        let row = "| a | " + MarkupEscaping.escape("^^") + " | " + MarkupEscaping.escape("<<") + " |"
        guard case .table(let table) = try MarkupParser.parse(row).first else { return XCTFail() }
        XCTAssertEqual(table.rows[0][1], .content([.text("^^", bold: false, underline: false)]))
        XCTAssertEqual(table.rows[0][2], .content([.text("<<", bold: false, underline: false)]))
    }
}

/// A small seeded generator so property tests are repeatable.
struct SplitMix64: RandomNumberGenerator {
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
