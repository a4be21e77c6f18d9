import FilingModel
import Foundation
import Testing
@testable import FilingRules

/// Attachment files that leave the dossier folder, are too large or are not what their extension says.
@Suite struct AttachmentSafetyTests {
    private let manager = FileManager.default

    /// Checks the valid fixture with the domain certificate replaced by `files`, after `prepare` ran in its folder.
    private func findings(certificate files: [String], prepare: (URL) throws -> Void) throws -> [Finding] {
        var dossier = Fixtures.valid
        dossier.website.domains[0].certificate = files.map { Attachment(file: $0) }
        let located = try Fixtures.located(dossier)
        try prepare(located.baseDirectory)
        return Checker(profile: try Fixtures.profile("national-12")).check(located, on: Fixtures.filingDate).findings
    }

    private func write(_ bytes: [UInt8], to folder: URL, _ name: String) throws {
        try Data(bytes).write(to: folder.appendingPathComponent(name))
    }

    /// A symbolic link at `name` (replacing the placeholder file the fixture wrote) to `destination`.
    private func link(_ folder: URL, _ name: String, to destination: String) throws {
        let url = folder.appendingPathComponent(name)
        try? manager.removeItem(at: url)
        try manager.createSymbolicLink(atPath: url.path, withDestinationPath: destination)
    }

    /// A file of `size` bytes without writing them (sparse), so size limits cost no disk.
    private func sparse(_ url: URL, size: UInt64) throws {
        manager.createFile(atPath: url.path, contents: Data("%PDF-1.4\n".utf8))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: size)
        try handle.close()
    }

    @Test func symbolicLinksPointingOutAreRefused() throws {
        let outside = manager.temporaryDirectory.appendingPathComponent("outside-\(UUID().uuidString)")
        try manager.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("%PDF-1.4\n".utf8).write(to: outside.appendingPathComponent("secret.pdf"))
        let found = try findings(certificate: ["scans/link.pdf", "linked-folder/secret.pdf", "scans/dangling.pdf"]) { base in
            try link(base, "scans/link.pdf", to: outside.appendingPathComponent("secret.pdf").path)
            try link(base, "linked-folder", to: outside.path)
            try link(base, "scans/dangling.pdf", to: "../../nowhere.pdf")
        }
        #expect(found.map(\.ruleID) == Array(repeating: "evidence.file-outside-dossier", count: 3))
        #expect(found.first?.message.en == "attachment path leaves the dossier folder: scans/link.pdf")
    }

    @Test func symbolicLinksStayingInsideAreFollowed() throws {
        let found = try findings(certificate: ["scans/alias.pdf", "copies/licence.pdf"]) { base in
            try link(base, "scans/alias.pdf", to: "licence.pdf")
            try link(base, "copies", to: "scans")
        }
        #expect(found.isEmpty, "\(found.map(\.message.en))")
    }

    @Test func mislabelledAndCorruptFilesAreNamed() throws {
        let found = try findings(certificate: ["scans/cert.png", "scans/cert.jpg", "scans/cert.pdf"]) { base in
            try write(Array("%PDF-1.7\n".utf8), to: base, "scans/cert.png")
            try write(Array("not an image at all".utf8), to: base, "scans/cert.jpg")
            try write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], to: base, "scans/cert.pdf")
        }
        #expect(found.map(\.ruleID) == Array(repeating: "evidence.file-mislabelled", count: 3))
        #expect(found.map(\.message.en) == [
            "attachment content does not match its extension: scans/cert.png (content: PDF)",
            "attachment content does not match its extension: scans/cert.jpg (content: unknown)",
            "attachment content does not match its extension: scans/cert.pdf (content: PNG)",
        ])
    }

    @Test func anImageUnderTheOtherImageExtensionIsOnlyAWarning() throws {
        let found = try findings(certificate: ["scans/photo.jpg"]) { base in
            try write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], to: base, "scans/photo.jpg")
        }
        #expect(found.map(\.ruleID) == ["evidence.file-mislabelled"])
        #expect(found.first?.severity == .warning)
    }

    @Test func aPDFHeaderAfterLeadingBytesIsStillAPDF() {
        #expect(AttachmentInspector.sniff(Array("\r\n%PDF-1.4".utf8)) == "PDF")
        #expect(AttachmentInspector.sniff([]) == "unknown")
    }

    @Test func oversizedFilesAndTotalsAreRefusedWithTheirSize() throws {
        let perFile = UInt64(AttachmentInspector.fileSizeLimit)
        let eleven = (1...11).map { "scans/part-\($0).pdf" }
        let found = try findings(certificate: ["scans/huge.pdf"] + eleven) { base in
            try sparse(base.appendingPathComponent("scans/huge.pdf"), size: perFile + 1)
            for name in eleven { try sparse(base.appendingPathComponent(name), size: perFile - 1_048_576) }
        }
        #expect(found.map(\.ruleID) == ["evidence.file-too-large", "evidence.total-too-large"])
        #expect(found.first?.message.en == "attachment file is too large: scans/huge.pdf (20.0 MB)")
        #expect(found.last?.message.en == "attachments are too large in total: 209.0 MB")
    }
}
