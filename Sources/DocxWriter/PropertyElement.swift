import PackageKit

/// A property child (`w:jc`, `w:rFonts` …) collected in any order and written in schema order.
struct PropertyElement {
    let name: String
    let attributes: [(String, String)]
    let children: [PropertyElement]

    init(_ name: String, _ attributes: [(String, String)] = [], children: [PropertyElement] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    /// An element with a single `w:val`.
    static func value(_ name: String, _ value: String) -> PropertyElement { PropertyElement(name, [("w:val", value)]) }

    /// The elements in schema order; unknown names go last, ties keep their given order.
    static func sorted(_ elements: [PropertyElement], order: [String]) -> [PropertyElement] {
        let rank = { (name: String) in order.firstIndex(of: name) ?? order.count }
        return elements.enumerated()
            .sorted { (rank($0.element.name), $0.offset) < (rank($1.element.name), $1.offset) }
            .map(\.element)
    }

    func write(into xml: inout XMLWriter) {
        if children.isEmpty {
            xml.empty(name, attributes)
        } else {
            xml.open(name, attributes)
            for child in children { child.write(into: &xml) }
            xml.close(name)
        }
    }
}

extension XMLWriter {
    /// Writes `<container>` with the properties sorted by `order` (stable), or nothing when there are none.
    mutating func properties(_ container: String, _ elements: [PropertyElement], order: [String]) {
        guard !elements.isEmpty else { return }
        open(container)
        propertyChildren(elements, order: order)
        close(container)
    }

    /// Writes the properties sorted by `order` (stable), without a container.
    mutating func propertyChildren(_ elements: [PropertyElement], order: [String]) {
        for element in PropertyElement.sorted(elements, order: order) { element.write(into: &self) }
    }
}
