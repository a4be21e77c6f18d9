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

    /// A page reference with run formatting (the binder's 资料目录 cells) stays schema-valid: it is written
    /// outside the span, where libxml2's RelaxNG validator accepts it.
    func testFormattedPageReferenceValidates() throws {
        var builder = DocumentBuilder(properties: SampleDocuments.properties)
        let target = builder.heading(1, "目标")
        builder.paragraph([.text("见第 ", RunFormat(bold: true)),
                           .field(.pageReference(bookmark: target), RunFormat(bold: true)), .text(" 页")])
        let package = try OdtWriter().write(builder.build())
        XCTAssertEqual(try PartValidation.odtErrors(package), [])
        let content = String(decoding: try XCTUnwrap(ZipContents(package)["content.xml"]), as: UTF8.self)
        XCTAssertTrue(content.contains("text:ref-name=\"\(target)\""))
    }
}
