import FilingDocument
import XCTest

final class ChineseTypographyTests: XCTestCase {
    func testChineseNumeralsFollowTheUsualReading() {
        let cases: [(Int, String)] = [
            (1, "一"), (9, "九"), (10, "十"), (11, "十一"), (20, "二十"), (21, "二十一"), (100, "一百"), (101, "一百零一"),
            (110, "一百一十"), (1001, "一千零一"), (1010, "一千零一十"), (9999, "九千九百九十九"), (0, "0"), (10000, "10000"),
        ]
        for (number, expected) in cases {
            XCTAssertEqual(ChineseHeadingNumbering.chineseNumeral(number), expected, "\(number)")
        }
    }

    func testHeadingNumbersNestAndResetDeeperLevels() {
        var numbering = ChineseHeadingNumbering()
        XCTAssertEqual(numbering.next(level: 1), "一、")
        XCTAssertEqual(numbering.next(level: 2), "（一）")
        XCTAssertEqual(numbering.next(level: 2), "（二）")
        XCTAssertEqual(numbering.next(level: 3), "1.")
        XCTAssertEqual(numbering.next(level: 4), "（1）")
        XCTAssertEqual(numbering.next(level: 1), "二、")
        XCTAssertEqual(numbering.next(level: 2), "（一）")
        XCTAssertEqual(numbering.next(level: 3), "1.")
    }

    func testHaoSizesMapToPoints() {
        XCTAssertEqual(ChineseFontSize.chuHao.points, 42)
        XCTAssertEqual(ChineseFontSize.erHao.points, 22)
        XCTAssertEqual(ChineseFontSize.sanHao.points, 16)
        XCTAssertEqual(ChineseFontSize.xiaoSi.points, 12)
        XCTAssertEqual(ChineseFontSize.wuHao.points, 10.5)
        XCTAssertEqual(ChineseFontSize.xiaoWu.points, 9)
        XCTAssertEqual(FontSize.hao(.wuHao).halfPoints, 21)
    }

    func testGBT9704MarginsAndTextArea() {
        let page = PageSetup.a4Portrait
        XCTAssertEqual(page.margins.top, .mm(37))
        XCTAssertEqual(page.textWidth.millimetres, 156, accuracy: 0.05)
        XCTAssertEqual(page.textHeight.millimetres, 225, accuracy: 0.05)
        let landscape = PageSetup.a4Landscape
        XCTAssertEqual(landscape.pageWidth, .mm(297))
        XCTAssertEqual(landscape.textWidth.millimetres, 225, accuracy: 0.05)
    }

    func testDocumentStylesSetEastAsianFontsOnHeadings() {
        let sheet = StyleSheet.chineseOfficial
        XCTAssertEqual(sheet.defaultFont.eastAsian, "仿宋")
        XCTAssertEqual(sheet[.heading1]?.run.font?.eastAsian, "黑体")
        XCTAssertEqual(sheet.outlineLevel(of: .heading2), 2)
        XCTAssertNil(sheet.outlineLevel(of: .body))
        XCTAssertEqual(sheet.fontSize(of: .body), .hao(.sanHao))
        XCTAssertEqual(sheet.fontSize(of: .tableHeading), .hao(.siHao), "inherits from tableText")
    }
}
