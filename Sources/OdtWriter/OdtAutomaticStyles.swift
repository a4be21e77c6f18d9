import FilingDocument
import PackageKit

/// Automatic styles of one part (content.xml or styles.xml), created on demand and shared by identical uses.
struct OdtAutomaticStyles {
    struct Style {
        let name: String
        let family: String
        let parent: String?
        let masterPage: String?
        /// (`style:paragraph-properties`, attributes) pairs, written in order.
        let properties: [(element: String, attributes: [(String, String)])]
    }

    /// The model values a style is made from, for `name(for:make:)`.
    enum Source: Hashable {
        case paragraph(StyleID, ParagraphFormat, masterPage: String?, firstPageNumber: Int?)
        case text(RunFormat)
        case tableColumn(width: Length)
        case tableRow(cantSplit: Bool, minHeight: Length?)
        case tableCell(
            top: BorderLine?, bottom: BorderLine?, left: BorderLine?, right: BorderLine?,
            alignment: VerticalAlignment, shading: Color?)
    }

    private(set) var styles: [Style] = []
    private var index: [String: String] = [:]
    /// Names by source: documents repeat a few formats thousands of times, and building each style's property
    /// list and key string again for every paragraph, span and cell was most of the ODT writer's time.
    private var namesBySource: [Source: String] = [:]
    /// Distinguishes names between parts, since both parts' automatic styles are visible to the same document.
    private let prefix: String

    init(prefix: String) { self.prefix = prefix }

    /// The name of an automatic style with these properties, creating it on first use.
    mutating func name(
        family: String, parent: String? = nil, masterPage: String? = nil,
        properties: [(element: String, attributes: [(String, String)])]
    ) -> String {
        let key = ([family, parent ?? "", masterPage ?? ""] + properties.map { item in
            item.element + "{" + item.attributes.map { "\($0.0)=\($0.1)" }.joined(separator: ";") + "}"
        }).joined(separator: "|")
        if let existing = index[key] { return existing }
        let letter: String
        switch family {
        case "paragraph": letter = "P"
        case "text": letter = "T"
        case "table": letter = "Tab"
        case "table-column": letter = "Col"
        case "table-row": letter = "Row"
        case "table-cell": letter = "Cell"
        default: letter = "G"
        }
        let name = "\(prefix)\(letter)\(styles.count + 1)"
        styles.append(Style(name: name, family: family, parent: parent, masterPage: masterPage, properties: properties))
        index[key] = name
        return name
    }

    /// The name for a style made from `source`; `make` builds its name (through `name(family:…)`) the first time.
    /// `make` must depend on nothing but `source`, so one source always maps to one style.
    mutating func name(for source: Source, make: (inout OdtAutomaticStyles) -> String) -> String {
        if let name = namesBySource[source] { return name }
        let name = make(&self)
        namesBySource[source] = name
        return name
    }

    /// Writes `<office:automatic-styles>` with the styles in creation order (plus `extra` markup written first).
    func write(into xml: inout XMLWriter, extra: (inout XMLWriter) -> Void = { _ in }) {
        xml.open("office:automatic-styles")
        extra(&xml)
        for style in styles {
            var attributes = [("style:name", style.name), ("style:family", style.family)]
            if let parent = style.parent { attributes.append(("style:parent-style-name", parent)) }
            if let masterPage = style.masterPage { attributes.append(("style:master-page-name", masterPage)) }
            xml.open("style:style", attributes)
            for property in style.properties { xml.empty(property.element, property.attributes) }
            xml.close("style:style")
        }
        xml.close("office:automatic-styles")
    }
}
