import FilingDocument
import FilingModel
import FilingRules

/// Appends profile items to the binder: heading with bookmark, 「缺：…」 page in drafts, generated documents
/// (the application form once per copy), then supplied evidence.
struct ItemPass {
    let renderer: MarkupRenderer
    let itemTemplates: ItemTemplates
    let base: [String: Any]
    let profile: Profile
    let report: CheckReport
    let draft: Bool
    var evidence: EvidencePages
    /// Bookmarks and texts of the numbered item headings, in order (for the PDF pass).
    private(set) var headings: [(bookmark: String, text: String)] = []

    init(renderer: MarkupRenderer, itemTemplates: ItemTemplates, base: [String: Any], profile: Profile,
         report: CheckReport, draft: Bool, evidence: EvidencePages) {
        self.renderer = renderer
        self.itemTemplates = itemTemplates
        self.base = base
        self.profile = profile
        self.report = report
        self.draft = draft
        self.evidence = evidence
    }

    mutating func append(_ result: ItemResult, position: Int, dossier: Dossier, to builder: inout DocumentBuilder)
        throws(BuildError)
    {
        let item = result.item
        let startsPage = ParagraphFormat(firstLineIndent: .length(.zero), pageBreakBefore: true)
        if item.unnumbered {
            // Front matter carries its own title (the template's); a page break separates it from the cover.
            builder.paragraph([], style: .normal, format: startsPage)
        } else {
            let bookmark = BinderLayout.bookmark(forItemAt: position)
            let text = BinderLayout.headingText(for: item)
            headings.append((bookmark, text))
            builder.paragraph([.bookmark(bookmark), .text(text)], style: .heading1, format: startsPage)
        }
        let values = BinderValues.with(item: item, position: position, in: base)
        var pageHasContent = false
        if draft, result.status == .missing {
            let reasons = report.findings(forItem: item.number).filter { $0.severity == .error }.map { finding in
                finding.location.map { "\(finding.message.zh)（档案第\($0.line)行）" } ?? finding.message.zh
            }
            try append(templateNamed: "binder/missing-item",
                       values: BinderValues.with(missing: item, reasons: reasons, in: values), to: &builder)
            pageHasContent = true
        }
        for name in itemTemplates.templates(forKey: item.key.rawValue, profile: profile.id) {
            let copies = item.key == .form ? max(item.copies, 1) : 1
            for _ in 0..<copies {
                if pageHasContent { builder.pageBreak() }
                try append(templateNamed: name, values: values, to: &builder)
                pageHasContent = true
            }
        }
        try evidence.append(
            EvidenceFiles.attachments(for: item, in: dossier), item: item, position: position,
            startOnNewPage: pageHasContent, to: &builder)
    }

    private func append(templateNamed name: String, values: [String: Any], to builder: inout DocumentBuilder)
        throws(BuildError)
    {
        do {
            builder.append(contentsOf: try renderer.render(templateNamed: name, context: values))
        } catch {
            throw .template(error)
        }
    }
}
