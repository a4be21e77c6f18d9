import DocxWriter
import FilingDocument
import FilingTestSupport
import Foundation
import XCTest

final class DocxWriterTests: XCTestCase {
    func testEveryPartOfTheSmallDocumentValidates() throws {
        let package = try DocxWriter().write(SampleDocuments.small())
        XCTAssertEqual(try PartValidation.docxErrors(package), [])
    }

    func testEveryPartOfTheFullDocumentValidates() throws {
        let package = try DocxWriter().write(SampleDocuments.everything())
        XCTAssertEqual(try PartValidation.docxErrors(package), [])
    }
}
