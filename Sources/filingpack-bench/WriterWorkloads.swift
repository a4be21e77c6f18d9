import DocxWriter
import FilingDocument
import Foundation
import OdtWriter
import PackageKit

/// Office formats the writers produce.
enum OutputFormat: String, CaseIterable, Sendable {
    case docx, odt

    var writer: any DocumentWriter { self == .docx ? DocxWriter() : OdtWriter() }

    /// The parts the writer would deflate, as raw bytes (for the zlib floor).
    func deflatedParts(of document: Document) throws -> [[UInt8]] {
        let entries = self == .docx ? try DocxWriter().entries(document).entries : try OdtWriter().entries(document).entries
        return entries.filter { $0.storage == .deflated }.map { [UInt8]($0.data) }
    }
}

/// Workload 3: the synthetic document written to DOCX / ODT, and its zlib floor.
enum WriterWorkloads {
    /// The synthetic document, with pictures read from an export folder (or generated when none is given).
    static func syntheticDocument(content: URL?) throws -> Document {
        let images = try content.map(SyntheticDocument.loadImages(from:)) ?? SyntheticDocument.generateImages()
        return try SyntheticDocument.build(images: images)
    }

    /// Writes the document to `output` `repeats` times, as the CLI does (atomic file write).
    static func write(_ document: Document, as format: OutputFormat, to output: URL, repeats: Int, warmup: Int) throws
        -> WorkloadResult
    {
        let writer = format.writer
        let summary = try measure(repeats: repeats, warmup: warmup) { try writer.write(document, to: output) }
        let size = (try? FileManager.default.attributesOfItem(atPath: output.path)[.size] as? Int) ?? 0
        return WorkloadResult(summary: summary, outputBytes: size)
    }

    /// Deflates the parts the writer deflates, `repeats` times.
    static func zlibFloor(_ document: Document, as format: OutputFormat, repeats: Int, warmup: Int) throws -> WorkloadResult {
        let parts = try format.deflatedParts(of: document)
        var compressed = 0
        let summary = measure(repeats: repeats, warmup: warmup) { compressed = ZlibFloor.deflateAll(parts) }
        return WorkloadResult(
            summary: summary, outputBytes: compressed,
            note: "\(parts.count) parts, \(parts.reduce(0) { $0 + $1.count }) bytes uncompressed")
    }

    /// Builds the document model alone (text generation + image headers), for reference.
    static func buildModel(content: URL?, repeats: Int, warmup: Int) throws -> WorkloadResult {
        let images = try content.map(SyntheticDocument.loadImages(from:)) ?? SyntheticDocument.generateImages()
        var blocks = 0
        let summary = try measure(repeats: repeats, warmup: warmup) {
            blocks = try SyntheticDocument.build(images: images).sections.reduce(0) { $0 + $1.blocks.count }
        }
        return WorkloadResult(summary: summary, outputBytes: 0, note: "\(blocks) top-level blocks")
    }
}

/// What one workload run reports: timings, the output size and a short note.
struct WorkloadResult: Encodable {
    var workload = ""
    var summary: Summary
    var maxResidentBytes = 0
    var outputBytes: Int
    var note: String?

    init(summary: Summary, outputBytes: Int, note: String? = nil) {
        self.summary = summary
        self.outputBytes = outputBytes
        self.note = note
    }

    enum CodingKeys: String, CodingKey {
        case workload, summary, note
        case maxResidentBytes = "max_rss_bytes", outputBytes = "output_bytes"
    }
}
