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
    static func sorted(_ elements: [PropertyElement], order: PropertyOrder) -> [PropertyElement] {
        guard elements.count > 1 else { return elements }
        let ranks = elements.map { order.rank(of: $0.name) }
        // Writers mostly collect properties in schema order already; then there is nothing to sort.
        if zip(ranks, ranks.dropFirst()).allSatisfy({ $0 <= $1 }) { return elements }
        return elements.indices.sorted { (ranks[$0], $0) < (ranks[$1], $1) }.map { elements[$0] }
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

/// The schema order of an element's children, looked up by name in constant time.
struct PropertyOrder: ExpressibleByArrayLiteral {
    private let ranks: [String: Int]

    /// An order listing element names first to last; `[]` keeps any given order.
    init(arrayLiteral names: String...) {
        ranks = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The position of a name; names not listed go after all listed ones.
    func rank(of name: String) -> Int { ranks[name] ?? ranks.count }
}

extension XMLWriter {
    /// Writes `<container>` with the properties sorted by `order` (stable), or nothing when there are none.
    mutating func properties(_ container: String, _ elements: [PropertyElement], order: PropertyOrder) {
        guard !elements.isEmpty else { return }
        open(container)
        propertyChildren(elements, order: order)
        close(container)
    }

    /// Writes the properties sorted by `order` (stable), without a container.
    mutating func propertyChildren(_ elements: [PropertyElement], order: PropertyOrder) {
        for element in PropertyElement.sorted(elements, order: order) { element.write(into: &self) }
    }
}
