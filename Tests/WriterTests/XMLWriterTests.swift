import PackageKit
import XCTest

final class XMLWriterTests: XCTestCase {
    private func written(_ body: (inout XMLWriter) -> Void) -> (String, Int) {
        var xml = XMLWriter()
        body(&xml)
        return (String(decoding: xml.bytes, as: UTF8.self), xml.removedCharacterCount)
    }

    func testTextEscapesMarkupAndDropsInvalidCharacters() {
        let (text, removed) = written { $0.element("t", text: "a<b>&c\"d'e]]>\u{0}\u{1F}\u{FFFE}\u{FFFF}\t\n🙂") }
        XCTAssertEqual(text, "<t>a&lt;b&gt;&amp;c\"d'e]]&gt;\t\n🙂</t>")
        XCTAssertEqual(removed, 4)
    }

    func testAttributesEscapeQuotesAndKeepWhitespaceAsReferences() {
        let (text, _) = written { $0.empty("e", [("a", "x\"y'z<\t\n\r")]) }
        XCTAssertEqual(text, "<e a=\"x&quot;y&apos;z&lt;&#9;&#10;&#13;\"/>")
    }

    func testCleanedTextMatchesTheWriterRules() {
        var removed = 0
        XCTAssertEqual(XMLText.cleaned("a\u{0}b\u{FFFF}c\u{7F}", removed: &removed), "abc\u{7F}")
        XCTAssertEqual(removed, 2)
        XCTAssertEqual(XMLText.cleaned("clean", removed: &removed), "clean")
        XCTAssertEqual(removed, 2)
    }

    func testNeedsCleaningFindsExactlyTheCharactersXMLCannotHold() {
        for text in ["", "plain", "中文\t\n\r", "\u{7F}\u{FFFD}\u{EFBF}", "🙂", "\u{FEFF}"] {
            XCTAssertFalse(XMLText.needsCleaning(text), text.debugDescription)
        }
        for text in ["\u{0}", "a\u{1F}", "\u{B}", "x\u{FFFE}", "\u{FFFF}y"] {
            XCTAssertTrue(XMLText.needsCleaning(text), text.debugDescription)
        }
    }
}
