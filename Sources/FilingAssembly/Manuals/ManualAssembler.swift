import FilingDocument
import FilingModel
import Foundation

/// Turns a dossier into the document of one manual: cover and front matter, then every item of every part
/// on a new page, wide items on landscape pages (docs/manuals.md, "What every manual contains").
public struct ManualAssembler: Sendable {
    /// The set being rendered.
    public var set: ManualSet
    /// Version and effective date printed on every manual.
    public var edition: ManualEdition
    /// The date used when neither the command line nor the dossier gives one.
    public var today: LocalDate

    /// An assembler for `set`.
    public init(set: ManualSet, edition: ManualEdition = ManualEdition(), today: LocalDate = .today()) {
        self.set = set
        self.edition = edition
        self.today = today
    }

    /// The manual for `dossier`.
    public func document(for dossier: Dossier) throws(TemplateError) -> Document {
        let builder = ManualValues(set: set, edition: edition, today: today)
        let shared: [String: Any]
        let parts: [(part: ManualManifest.Part, items: [NumberedItem])]
        do {
            shared = try builder.values(for: dossier)
            parts = try builder.numberedParts(values: shared)
        } catch {
            throw TemplateError(file: "manuals/\(set.manifest.id)/manual.yaml", line: nil, message: "\(error)")
        }
        let portrait = renderer(for: .a4Portrait)
        let landscape = renderer(for: .a4Landscape)

        let header = HeaderFooter.centered(
            [.text("\(dossier.applicant.name)　\(set.manifest.title)")], style: .headerText)
        var sections = [Section(pageSetup: .a4Portrait, blocks: try render("cover", portrait, shared))]
        var front: [Block] = []
        for name in set.manifest.front where name != "cover" {
            if !front.isEmpty { front.append(.pageBreak) }
            front += try render(name, portrait, shared)
        }
        if !front.isEmpty {
            sections.append(Section(pageSetup: .a4Portrait, footer: .dashedPageNumber, firstPageNumber: 1, blocks: front))
        }
        var itemSections: [Section] = []
        for (_, items) in parts {
            for item in items {
                let pageSetup: PageSetup = item.item.landscape ? .a4Landscape : .a4Portrait
                let itemRenderer = item.item.landscape ? landscape : portrait
                let values = builder.values(shared, item: item)
                let blocks = try render("\(item.kind.rawValue)-header", itemRenderer, values)
                    + render(item.item.file, itemRenderer, values)
                // Consecutive items with the same page setup share a section; each starts on a new page.
                if let last = itemSections.last, last.pageSetup == pageSetup {
                    itemSections[itemSections.count - 1].blocks += [.pageBreak] + blocks
                } else {
                    itemSections.append(Section(pageSetup: pageSetup, header: header, footer: .dashedPageNumber, blocks: blocks))
                }
            }
        }
        sections += itemSections
        let effective = edition.effectiveDate ?? dossier.filing.date ?? today
        let properties = DocumentProperties(
            title: "\(dossier.applicant.name)\(set.manifest.title)", subject: set.manifest.subtitle,
            author: dossier.applicant.name, keywords: [set.manifest.id, edition.version ?? set.manifest.version],
            created: effective.startOfDayUTC)
        return Document(properties: properties, sections: sections)
    }

    private func renderer(for pageSetup: PageSetup) -> MarkupRenderer {
        MarkupRenderer(library: set.templates, converter: MarkupBlocks(textWidth: pageSetup.textWidth))
    }

    private func render(_ name: String, _ renderer: MarkupRenderer, _ values: [String: Any]) throws(TemplateError)
        -> [Block]
    {
        try renderer.render(templateNamed: name, context: values)
    }
}
