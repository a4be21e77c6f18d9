import FilingModel
import Foundation
import Testing

@Suite("Attachment")
struct AttachmentTests {
    @Test func decodesABarePathOrAFileWithCaption() throws {
        let json = #"["scans/a.png", {"file": "scans/b.pdf", "caption": "合同"}]"#
        let attachments = try JSONDecoder().decode([FilingModel.Attachment].self, from: Data(json.utf8))
        let expected: [FilingModel.Attachment] = [FilingModel.Attachment(file: "scans/a.png"), FilingModel.Attachment(file: "scans/b.pdf", caption: "合同")]
        #expect(attachments == expected)
    }

    @Test func encodesBackToTheShortestForm() throws {
        let original: [FilingModel.Attachment] = [FilingModel.Attachment(file: "a.png"), FilingModel.Attachment(file: "b.pdf", caption: "c")]
        let data = try JSONEncoder().encode(original)
        let decoded = try JSONDecoder().decode([FilingModel.Attachment].self, from: data)
        #expect(decoded == original)
        #expect(String(decoding: data, as: UTF8.self).hasPrefix(#"["a.png""#))
    }

    @Test func kindComesFromTheExtension() {
        #expect(FilingModel.Attachment(file: "x/Licence.PNG").declaredKind == .png)
        #expect(FilingModel.Attachment(file: "x.jpeg").declaredKind == .jpeg)
        #expect(FilingModel.Attachment(file: "x.jpg").declaredKind == .jpeg)
        #expect(FilingModel.Attachment(file: "x.pdf").declaredKind == .pdf)
        #expect(FilingModel.Attachment(file: "x.tiff").declaredKind == .other)
    }

    @Test func diplomaLevelsAreOrdered() {
        #expect(DiplomaLevel.secondary < .associate)
        #expect(DiplomaLevel.associate < .bachelor)
        #expect(DiplomaLevel.doctorate > .master)
        #expect(DiplomaLevel.associate.chineseLabel == "专科")
    }
}
