/// Page orientation of a section.
public enum Orientation: String, Sendable, Hashable {
    case portrait
    case landscape
}

/// The four page margins of a section.
public struct PageMargins: Sendable, Hashable {
    public var top: Length
    public var bottom: Length
    public var left: Length
    public var right: Length

    /// Margins given one by one.
    public init(top: Length, bottom: Length, left: Length, right: Length) {
        self.top = top
        self.bottom = bottom
        self.left = left
        self.right = right
    }

    /// GB/T 9704-2012 (党政机关公文格式) margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm.
    public static let gbt9704 = PageMargins(top: .mm(37), bottom: .mm(35), left: .mm(28), right: .mm(26))
}

/// Paper size, orientation, margins and header/footer distances of a section.
public struct PageSetup: Sendable, Hashable {
    /// Width of the sheet in portrait orientation.
    public var paperWidth: Length
    /// Height of the sheet in portrait orientation.
    public var paperHeight: Length
    public var orientation: Orientation
    public var margins: PageMargins
    /// Distance from the top edge of the sheet to the header.
    public var headerDistance: Length
    /// Distance from the bottom edge of the sheet to the footer.
    public var footerDistance: Length

    /// A page setup; A4 with GB/T 9704-2012 margins unless told otherwise.
    public init(
        paperWidth: Length = .mm(210), paperHeight: Length = .mm(297), orientation: Orientation = .portrait,
        margins: PageMargins = .gbt9704, headerDistance: Length = .mm(15), footerDistance: Length = .mm(20)
    ) {
        self.paperWidth = paperWidth
        self.paperHeight = paperHeight
        self.orientation = orientation
        self.margins = margins
        self.headerDistance = headerDistance
        self.footerDistance = footerDistance
    }

    /// A4 portrait with GB/T 9704-2012 margins: the default for Chinese official documents.
    public static let a4Portrait = PageSetup()
    /// A4 landscape; the GB/T 9704 margins turn with the sheet (top/bottom become the long edges).
    public static let a4Landscape = PageSetup(
        orientation: .landscape,
        margins: PageMargins(top: .mm(28), bottom: .mm(26), left: .mm(37), right: .mm(35)))

    /// Width of the sheet as laid out (swapped in landscape).
    public var pageWidth: Length { orientation == .portrait ? paperWidth : paperHeight }
    /// Height of the sheet as laid out (swapped in landscape).
    public var pageHeight: Length { orientation == .portrait ? paperHeight : paperWidth }
    /// Width available to text between the left and right margins.
    public var textWidth: Length { pageWidth - margins.left - margins.right }
    /// Height available to text between the top and bottom margins.
    public var textHeight: Length { pageHeight - margins.top - margins.bottom }
}
