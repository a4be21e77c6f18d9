import FilingDocument
import FilingModel
import FilingRules
import Foundation

/// A supplied file that cannot be embedded (PDF and other formats), copied into `attachments/`.
public struct AttachmentCopy: Sendable, Equatable {
    /// The file in the dossier folder.
    public var source: URL
    /// File name inside `attachments/`, numbered by item: `03-1-hosting-agreement.pdf`.
    public var name: String
    /// Item number as printed.
    public var itemNumber: String
}

/// The assembled binder: the document and the files to copy beside it.
public struct AssembledBinder: Sendable {
    public var document: Document
    public var attachments: [AttachmentCopy]
    /// Bookmarks of the item headings, in profile order, with the heading text (for the PDF pass).
    public var itemHeadings: [(bookmark: String, text: String)]
}

/// Builds the binder document in profile order: cover, 资料目录, then each item's heading, generated documents
/// and supplied evidence.
public struct BinderAssembler: Sendable {
    public var library: TemplateLibrary
    /// Page numbers of item bookmarks known from a layout pass; empty before the first pass.
    public var pageNumbers: [String: Int]

    /// An assembler reading templates from `library`.
    public init(library: TemplateLibrary, pageNumbers: [String: Int] = [:]) {
        self.library = library
        self.pageNumbers = pageNumbers
    }

    /// The binder for `located` under `profile`, with statuses from `report`; `draft` puts a 「缺：…」 page in front
    /// of every missing item.
    public func assemble(
        located: LocatedDossier, profile: Profile, report: CheckReport, date: LocalDate, draft: Bool
    ) throws(BuildError) -> AssembledBinder {
        let pageSetup = PageSetup.a4Portrait
        let renderer = MarkupRenderer(library: library, converter: MarkupBlocks(
            textWidth: pageSetup.textWidth, headingLevelOffset: 1, pageNumbers: pageNumbers))
        let base: [String: Any]
        let itemTemplates: ItemTemplates
        do {
            base = try BinderValues(dossier: located.dossier, profile: profile, report: report, date: date).base()
            itemTemplates = try ItemTemplates(library: library)
        } catch let error as TemplateError {
            throw .template(error)
        } catch {
            throw .template(TemplateError(file: located.fileURL.path, line: nil, message: "cannot read values: \(error)"))
        }

        var builder = DocumentBuilder(
            properties: Self.properties(profile: profile, dossier: located.dossier, date: date),
            section: Section(pageSetup: pageSetup), numbersHeadings: false)
        try append(renderer.render(templateNamed: "binder/cover", context: base), to: &builder)
        var pass = ItemPass(
            renderer: renderer, itemTemplates: itemTemplates, base: base, profile: profile, report: report,
            draft: draft, evidence: EvidencePages(
                base: located.baseDirectory, textWidth: pageSetup.textWidth, textHeight: pageSetup.textHeight,
                date: date, draft: draft))
        let items = report.items.enumerated().filter { $0.element.status != .notRequired }
        // Unnumbered front matter (the Henan power of attorney) comes between the cover and the 资料目录.
        for (offset, result) in items where result.item.unnumbered {
            try pass.append(result, position: offset + 1, dossier: located.dossier, to: &builder)
        }
        builder.startSection(Section(pageSetup: pageSetup, footer: .dashedPageNumber, firstPageNumber: 1))
        try append(renderer.render(templateNamed: "binder/contents", context: base), to: &builder)
        for (offset, result) in items where !result.item.unnumbered {
            try pass.append(result, position: offset + 1, dossier: located.dossier, to: &builder)
        }
        return AssembledBinder(document: builder.build(), attachments: pass.evidence.copies, itemHeadings: pass.headings)
    }

    /// The materials checklist as a landscape document.
    public func checklist(located: LocatedDossier, profile: Profile, report: CheckReport, date: LocalDate)
        throws(BuildError) -> Document
    {
        let pageSetup = PageSetup.a4Landscape
        let renderer = MarkupRenderer(library: library, converter: MarkupBlocks(textWidth: pageSetup.textWidth))
        let base: [String: Any]
        do {
            base = try BinderValues(dossier: located.dossier, profile: profile, report: report, date: date).base()
        } catch {
            throw .template(TemplateError(file: located.fileURL.path, line: nil, message: "cannot read values: \(error)"))
        }
        var builder = DocumentBuilder(
            properties: Self.properties(profile: profile, dossier: located.dossier, date: date, title: "申报材料准备清单"),
            section: Section(pageSetup: pageSetup, footer: .pageOfTotal), numbersHeadings: false)
        try append(renderer.render(templateNamed: "binder/checklist", context: base), to: &builder)
        return builder.build()
    }

    private func append(_ render: @autoclosure () throws(TemplateError) -> [Block], to builder: inout DocumentBuilder)
        throws(BuildError)
    {
        do {
            builder.append(contentsOf: try render())
        } catch {
            throw .template(error)
        }
    }

    static func properties(profile: Profile, dossier: Dossier, date: LocalDate, title: String? = nil)
        -> DocumentProperties
    {
        DocumentProperties(
            title: title ?? profile.binderTitle, subject: profile.title.zh, author: dossier.applicant.name,
            keywords: [profile.id, dossier.category.chineseLabel],
            created: DocumentProperties.sourceDateEpoch() ?? date.startOfDayUTC)
    }
}

extension DocumentBuilder {
    /// Appends blocks in order.
    mutating func append(contentsOf blocks: [Block]) {
        for block in blocks { append(block) }
    }
}
