import FilingDocument
import FilingTestSupport
import Foundation
import OdtWriter
import XCTest

final class OdtWriterTests: XCTestCase {
    func testEveryPartOfTheSmallDocumentValidates() throws {
        let package = try OdtWriter().write(SampleDocuments.small())
        XCTAssertEqual(try PartValidation.odtErrors(package), [])
    }

    func testEveryPartOfTheFullDocumentValidates() throws {
        let package = try OdtWriter().write(SampleDocuments.everything())
        XCTAssertEqual(try PartValidation.odtErrors(package), [])
    }
}
