/// A run of pages that share page setup, header and footer; each section after the first starts a new page.
public struct Section: Sendable, Hashable {
    public var pageSetup: PageSetup
    public var header: HeaderFooter?
    public var footer: HeaderFooter?
    /// Restart page numbering at this value; nil continues from the previous section.
    public var firstPageNumber: Int?
    public var blocks: [Block]

    /// A section; A4 portrait with GB/T 9704 margins by default.
    public init(
        pageSetup: PageSetup = .a4Portrait, header: HeaderFooter? = nil, footer: HeaderFooter? = nil,
        firstPageNumber: Int? = nil, blocks: [Block] = []
    ) {
        self.pageSetup = pageSetup
        self.header = header
        self.footer = footer
        self.firstPageNumber = firstPageNumber
        self.blocks = blocks
    }
}
