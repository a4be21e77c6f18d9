import FilingTestSupport
import Foundation
import PackageKit
import XCTest

/// The zip encoder (zlib deflate and CRC-32) checked against an independent reader (ZIPFoundation, CRC verified).
final class ZipPackageTests: XCTestCase {
    private let date = Date(timeIntervalSince1970: 1_795_392_000)  // 2026-11-23T00:00:00Z

    private func entries() -> [PackageEntry] {
        var generator = SeededGenerator(seed: 7)
        let incompressible = Data((0..<200_000).map { _ in UInt8.random(in: 0...255, using: &generator) })
        let repetitive = Data(String(repeating: "<w:p><w:r><w:t>互联网药品信息服务</w:t></w:r></w:p>", count: 20_000).utf8)
        return [
            PackageEntry(path: "mimetype", data: Data("application/vnd.oasis.opendocument.text".utf8), storage: .stored),
            PackageEntry(path: "empty.xml", data: Data()),
            PackageEntry(path: "one.xml", data: Data("x".utf8)),
            PackageEntry(path: "word/document.xml", data: repetitive),
            PackageEntry(path: "media/noise.bin", data: incompressible, storage: .stored),
            PackageEntry(path: "media/noise-deflated.bin", data: incompressible),
            PackageEntry(path: "目录/名称.xml", data: Data("<a/>".utf8)),
        ]
    }

    func testEntriesRoundTripThroughAnIndependentReader() throws {
        let entries = entries()
        let zip = try ZipContents(try ZipPackage(entries: entries, modificationDate: date).archiveData())
        XCTAssertEqual(zip.paths, entries.map(\.path))
        for entry in entries { XCTAssertEqual(zip[entry.path], entry.data, entry.path) }
        XCTAssertEqual(zip.stored["mimetype"], true)
        XCTAssertEqual(zip.stored["media/noise.bin"], true)
        XCTAssertEqual(zip.stored["word/document.xml"], false)
    }

    func testDeflatedPartsAreCompressed() throws {
        let entries = entries()
        let archive = try ZipPackage(entries: entries, modificationDate: date).archiveData()
        let uncompressed = entries.reduce(0) { $0 + $1.data.count }
        let repetitive = entries[3].data.count
        // The repetitive document part shrinks to a fraction; the rest cannot.
        XCTAssertLessThan(archive.count, uncompressed - repetitive * 9 / 10)
    }

    func testEntryTimestampsAreUTCDOSTimesClampedTo1980() throws {
        func dosDate(_ date: Date) throws -> (date: UInt16, time: UInt16) {
            let archive = try ZipPackage(entries: [PackageEntry(path: "a", data: Data("a".utf8))], modificationDate: date)
                .archiveData()
            // Local file header: time at offset 10, date at 12, little-endian.
            return (UInt16(archive[12]) | UInt16(archive[13]) << 8, UInt16(archive[10]) | UInt16(archive[11]) << 8)
        }
        let stamped = try dosDate(Date(timeIntervalSince1970: 1_795_444_215))  // 2026-11-23T14:30:15Z
        XCTAssertEqual(stamped.date, UInt16((2026 - 1980) << 9 | 11 << 5 | 23))
        XCTAssertEqual(stamped.time, UInt16(14 << 11 | 30 << 5 | 15 / 2))
        let early = try dosDate(Date(timeIntervalSince1970: 0))
        XCTAssertEqual(early.date, UInt16(0 << 9 | 1 << 5 | 1))
    }

    func testFileAndMemoryArchivesAreIdentical() throws {
        let package = ZipPackage(entries: entries(), modificationDate: date)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("filingpack-zip-\(UUID().uuidString).zip")
        defer { try? FileManager.default.removeItem(at: url) }
        try package.write(to: url)
        XCTAssertEqual(try Data(contentsOf: url), try package.archiveData())
    }

    func testWritingIntoAMissingFolderNamesThePath() {
        let url = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/out.docx")
        XCTAssertThrowsError(try ZipPackage(entries: entries(), modificationDate: date).write(to: url)) { error in
            guard case .cannotCreateArchive(let path, let reason)? = error as? PackageError else {
                return XCTFail("unexpected error \(error)")
            }
            XCTAssertTrue(path.hasPrefix(url.deletingLastPathComponent().path), path)
            XCTAssertFalse(reason.isEmpty)
        }
    }
}
