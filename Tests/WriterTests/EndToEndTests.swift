import DocxWriter
import FilingDocument
import FilingTestSupport
import Foundation
import OdtWriter
import XCTest

/// Real consumers read the output: pandoc gives the text back, LibreOffice lays it out into a PDF with the
/// expected page count and CJK glyphs. Set `WRITER_SAMPLES_DIR` to keep the files for a look.
final class EndToEndTests: XCTestCase {
    private var directory = FileManager.default.temporaryDirectory.appendingPathComponent("filingpack-writers-\(UUID().uuidString)")

    override func setUpWithError() throws {
        if let kept = ProcessInfo.processInfo.environment["WRITER_SAMPLES_DIR"] {
            directory = URL(fileURLWithPath: kept)
        }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if ProcessInfo.processInfo.environment["WRITER_SAMPLES_DIR"] == nil {
            try? FileManager.default.removeItem(at: directory)
        }
    }

    private var writers: [any DocumentWriter] { [DocxWriter(), OdtWriter()] }

    func testPandocReadsTheTextBack() throws {
        let pandoc = try SharedResources.tool("pandoc")
        for writer in writers {
            let url = directory.appendingPathComponent("everything.\(writer.fileExtension)")
            try writer.write(SampleDocuments.everything(), to: url)
            let result = try ToolRunner.run(pandoc, ["--standalone", "-f", writer.fileExtension, "-t", "plain", "--wrap=none", url.path])
            XCTAssertEqual(result.status, 0, "\(writer.fileExtension): \(result.standardError)")
            for expected in ["互联网药品信息服务申请材料", "一、申请表", "（三）第三部分", "1.细则", "人员60", "שלום مرحبا", "🙂", "☑熟悉"] {
                XCTAssertTrue(result.standardOutput.contains(expected), "\(writer.fileExtension): missing \(expected)")
            }
        }
    }

    func testLibreOfficeLaysOutThreePagesForTwoPageBreaks() throws {
        var builder = DocumentBuilder(properties: SampleDocuments.properties)
        builder.setHeaderFooter(header: nil, footer: .pageOfTotal)
        builder.paragraph("第一页")
        builder.pageBreak()
        builder.paragraph("第二页")
        builder.pageBreak()
        builder.paragraph("第三页")
        let document = builder.build()
        for writer in writers {
            let pdf = try convertToPDF(document, writer: writer, name: "three-pages")
            XCTAssertEqual(try pageCount(pdf), 3, writer.fileExtension)
            let text = try pdfText(pdf)
            XCTAssertTrue(text.contains("第3页共3页"), "\(writer.fileExtension): footer fields not laid out: \(text)")
        }
    }

    func testLibreOfficeRendersEveryFeatureWithCJKFonts() throws {
        for writer in writers {
            let pdf = try convertToPDF(try SampleDocuments.everything(), writer: writer, name: "everything")
            XCTAssertGreaterThanOrEqual(try pageCount(pdf) ?? 0, 6, writer.fileExtension)
            let fonts = try ToolRunner.run(try SharedResources.tool("pdffonts"), [pdf.path]).standardOutput
            XCTAssertTrue(fonts.contains("CJK"), "\(writer.fileExtension): no CJK font embedded:\n\(fonts)")
            let text = try pdfText(pdf)
            for expected in ["互联网药品信息服务申请材料", "人员情况", "—1—", "第1页共"] {
                XCTAssertTrue(text.contains(expected), "\(writer.fileExtension): PDF lacks \(expected)")
            }
        }
    }

    func testLibreOfficeFillsPageReferencesAndHeaderFooter() throws {
        for writer in writers {
            let pdf = try convertToPDF(try SampleDocuments.small(), writer: writer, name: "small")
            XCTAssertEqual(try pageCount(pdf), 2, writer.fileExtension)
            let text = try pdfText(pdf)
            for expected in ["基本情况见第1页。", "—2—", "申请类别：经营性☑非经营性☐", "<&>\"'"] {
                XCTAssertTrue(text.contains(expected), "\(writer.fileExtension): PDF lacks \(expected)")
            }
        }
    }

    // MARK: Helpers

    private struct ConversionFailed: Error, CustomStringConvertible {
        let input: String
        let status: Int32
        let output: String
        var description: String { "soffice made no PDF from \(input) (exit \(status)): \(output)" }
    }

    private func convertToPDF(_ document: Document, writer: any DocumentWriter, name: String) throws -> URL {
        let soffice = try SharedResources.tool("soffice")
        let input = directory.appendingPathComponent("\(name).\(writer.fileExtension)")
        try writer.write(document, to: input)
        let outputDirectory = directory.appendingPathComponent("pdf-\(writer.fileExtension)")
        // A private profile per run: concurrent runs sharing one silently produce nothing.
        let profile = directory.appendingPathComponent("lo-profile-\(writer.fileExtension)")
        let result = try ToolRunner.run(soffice, [
            "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--convert-to", "pdf",
            "--outdir", outputDirectory.path, input.path,
        ])
        let pdf = outputDirectory.appendingPathComponent("\(name).pdf")
        // soffice exits 0 even when conversion fails, so the file is the real check.
        guard FileManager.default.fileExists(atPath: pdf.path) else {
            throw ConversionFailed(input: input.lastPathComponent, status: result.status, output: result.standardError)
        }
        return pdf
    }

    private func pageCount(_ pdf: URL) throws -> Int? {
        let info = try ToolRunner.run(try SharedResources.tool("pdfinfo"), [pdf.path]).standardOutput
        let line = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
        return line.flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) }
    }

    /// The PDF's text without whitespace (pdftotext spaces CJK text unpredictably).
    private func pdfText(_ pdf: URL) throws -> String {
        let text = try ToolRunner.run(try SharedResources.tool("pdftotext"), [pdf.path, "-"]).standardOutput
        return String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }
}
