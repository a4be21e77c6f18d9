@testable import FilingAssembly
import XCTest

final class PageLayoutTests: XCTestCase {
    private let headings = [(bookmark: "item-1", text: "1、申请表"), (bookmark: "item-2", text: "2、企业概况以及业务发展计划")]

    func testPagesCountFromTheContentsPage() throws {
        let pages = ["封面", "资 料 目 录\n1 申请表 …", "1、申请表", "续", "2、企业概况以及\n业务发展计划"]
        XCTAssertEqual(try PageLayout.pageNumbers(of: headings, inPages: pages), ["item-1": 2, "item-2": 4])
    }

    func testContentsEntriesAreNotMistakenForHeadings() throws {
        // The contents lists the titles; only pages after it count.
        let pages = ["资料目录 1、申请表 2、企业概况以及业务发展计划", "1、申请表", "2、企业概况以及业务发展计划"]
        XCTAssertEqual(try PageLayout.pageNumbers(of: headings, inPages: pages), ["item-1": 2, "item-2": 3])
    }

    func testMissingHeadingOrContentsIsAnError() {
        XCTAssertThrowsError(try PageLayout.pageNumbers(of: headings, inPages: ["1、申请表"]))
        XCTAssertThrowsError(try PageLayout.pageNumbers(of: headings, inPages: ["资料目录", "1、申请表"])) { error in
            XCTAssertTrue("\(error)".contains("2、企业概况"), "\(error)")
        }
    }

    func testMissingLibreOfficeSaysWhatToInstall() {
        XCTAssertThrowsError(try OfficeTools.locate(environment: ["PATH": "/nonexistent"])) { error in
            XCTAssertTrue("\(error)".contains("libreoffice-writer-nogui"), "\(error)")
        }
    }
}
