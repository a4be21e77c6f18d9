import FilingDocument
import FilingModel
import FilingRules
import Foundation

/// Lays out supplied evidence: each scan on its own page with caption, 「复印件与原件相符」 and a stamp area;
/// other files listed and copied into `attachments/`.
struct EvidencePages {
    let base: URL
    let textWidth: Length
    let textHeight: Length
    let date: LocalDate
    let draft: Bool
    private(set) var copies: [AttachmentCopy] = []
    /// Bytes of the files taken so far; a draft may be built despite size findings, so the limit holds here too.
    private var takenBytes = 0

    init(base: URL, textWidth: Length, textHeight: Length, date: LocalDate, draft: Bool) {
        self.base = base
        self.textWidth = textWidth
        self.textHeight = textHeight
        self.date = date
        self.draft = draft
    }

    /// Room kept below a scan for the heading, caption and stamp lines.
    private static let reservedHeight = Length.mm(85)

    mutating func append(
        _ entries: [EvidenceFiles.Entry], item: ProfileItem, position: Int, startOnNewPage: Bool,
        to builder: inout DocumentBuilder
    ) throws(BuildError) {
        var newPage = startOnNewPage
        var listed: [(EvidenceFiles.Entry, String)] = []
        for entry in entries {
            // The check reports these problems as findings; a draft build gets here anyway, so nothing outside
            // the dossier folder, oversized or mislabelled is read or copied.
            let attachment = entry.attachment
            let size: Int
            switch AttachmentInspector.inspect(attachment.file, declaredKind: attachment.declaredKind, in: base.path) {
            case .success(let found):
                size = found
            case .failure(.mislabelled(let actual)) where ["PNG", "JPEG"].contains(actual)
                && [.png, .jpeg].contains(attachment.declaredKind):
                // An image under the other image extension embeds all the same (the check warns).
                let attributes = try? FileManager.default.attributesOfItem(atPath: base.appendingPathComponent(attachment.file).path)
                size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
            case .failure(let problem):
                try unusable(entry, problem, to: &builder)
                continue
            }
            guard takenBytes + size <= AttachmentInspector.totalSizeLimit else {
                try unusable(entry, .totalTooLarge, to: &builder)
                continue
            }
            takenBytes += size
            guard let path = AttachmentInspector.confinedPath(attachment.file, in: base.path) else {
                try unusable(entry, .outsideDossier, to: &builder)
                continue
            }
            let url = URL(fileURLWithPath: path)
            switch attachment.declaredKind {
            case .png, .jpeg:
                guard let image = try loadImage(url, entry: entry, to: &builder) else { continue }
                if newPage { builder.pageBreak() }
                appendScan(image, caption: entry.caption, to: &builder)
                newPage = true
            case .pdf, .other:
                let name = Self.copyName(position: position, index: copies.count { $0.itemNumber == item.number } + 1,
                                         file: attachment.file.split(separator: "/").last.map(String.init) ?? "file")
                copies.append(AttachmentCopy(source: url, name: name, itemNumber: item.number))
                listed.append((entry, name))
            }
        }
        guard !listed.isEmpty else { return }
        if newPage { builder.pageBreak() }
        builder.paragraph("以下材料为PDF等文件，未嵌入本册，随附于附件目录（attachments）并按序号打印装订：",
                          style: .body)
        let rows = [TableRow([TableCell("序号", style: .tableHeading), TableCell("材料", style: .tableHeading),
                              TableCell("附件文件", style: .tableHeading)], isHeader: true)]
            + listed.enumerated().map { index, pair in
                TableRow([TableCell(String(index + 1)), TableCell(pair.0.caption), TableCell("attachments/" + pair.1)])
            }
        builder.table(Table(width: textWidth, proportions: [8, 42, 50], rows: rows))
    }

    /// `03-1-hosting-agreement.pdf`: item position, running number, original name.
    static func copyName(position: Int, index: Int, file: String) -> String {
        let number = position < 10 ? "0\(position)" : String(position)
        return "\(number)-\(index)-\(file)"
    }

    private func loadImage(_ url: URL, entry: EvidenceFiles.Entry, to builder: inout DocumentBuilder)
        throws(BuildError) -> Image?
    {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            try notFound(entry, to: &builder)
            return nil
        }
        do {
            let probe = try Image(data: data, description: entry.caption)
            return try Image(data: data, description: entry.caption, sizing: .width(fittedWidth(probe)))
        } catch {
            guard draft else { throw .unreadableAttachment(file: entry.attachment.file, reason: "\(error)") }
            builder.paragraph("（无法嵌入扫描件 \(entry.attachment.file)：\(error)）", style: .body)
            return nil
        }
    }

    private func notFound(_ entry: EvidenceFiles.Entry, to builder: inout DocumentBuilder) throws(BuildError) {
        try unusable(entry, .notFound, to: &builder)
    }

    /// Stops the build, or in a draft says on the page why the file is not there.
    private func unusable(_ entry: EvidenceFiles.Entry, _ problem: AttachmentProblem, to builder: inout DocumentBuilder)
        throws(BuildError)
    {
        guard draft else { throw .unreadableAttachment(file: entry.attachment.file, reason: problem.reason) }
        if problem == .notFound {
            builder.paragraph("缺：\(entry.caption)（文件 \(entry.attachment.file) 不存在）", style: .body)
        } else {
            builder.paragraph("（无法使用附件 \(entry.attachment.file)：\(problem.reason)）", style: .body)
        }
    }

    /// The widest size that keeps the scan within the text width and the height left for it.
    private func fittedWidth(_ image: Image) -> Length {
        let maxHeight = textHeight - Self.reservedHeight
        let aspect = Double(image.pixelWidth) / Double(max(image.pixelHeight, 1))
        let widthForHeight = Length(twips: Int(Double(maxHeight.twips) * aspect))
        return min(textWidth, widthForHeight)
    }

    private func appendScan(_ image: Image, caption: String, to builder: inout DocumentBuilder) {
        builder.image(image, caption: caption)
        let right = ParagraphFormat(alignment: .end, firstLineIndent: .length(.zero), keepTogether: true)
        builder.paragraph([.bold("复印件与原件相符")], style: .normal, format: right)
        builder.paragraph("（单位公章）", style: .normal, format: right)
        builder.paragraph(date.chinese, style: .normal, format: right)
    }
}
