import FilingDocument
import PackageKit

/// The package-level parts: content types, root relationships and document properties.
enum DocxPackageParts {
    /// `[Content_Types].xml`: defaults by extension, overrides per XML part, both sorted.
    static func contentTypes(overrides: [(partName: String, contentType: String)], mediaExtensions: Set<String>) -> XMLWriter {
        var xml = XMLWriter()
        xml.declaration()
        xml.open("Types", [("xmlns", OOXML.contentTypesNamespace)])
        var defaults = [("rels", OOXML.ContentType.relationships), ("xml", OOXML.ContentType.xml)]
        for fileExtension in mediaExtensions.sorted() {
            defaults.append((fileExtension, fileExtension == "png" ? "image/png" : "image/jpeg"))
        }
        for (fileExtension, type) in defaults.sorted(by: { $0.0 < $1.0 }) {
            xml.empty("Default", [("Extension", fileExtension), ("ContentType", type)])
        }
        for (partName, type) in overrides.sorted(by: { $0.partName < $1.partName }) {
            xml.empty("Override", [("PartName", partName), ("ContentType", type)])
        }
        xml.close("Types")
        return xml
    }

    /// `_rels/.rels`.
    static func rootRelationships() -> XMLWriter {
        let relationships = DocxPartRelationships(fixed: [
            (OOXML.Relationship.officeDocument, "word/document.xml"),
            (OOXML.Relationship.coreProperties, "docProps/core.xml"),
            (OOXML.Relationship.extendedProperties, "docProps/app.xml"),
        ])
        return relationships.xml()
    }

    /// `docProps/core.xml` (Dublin Core title, author, dates from the document, never the clock).
    static func coreProperties(_ properties: DocumentProperties) -> XMLWriter {
        var xml = XMLWriter()
        xml.declaration()
        xml.open("cp:coreProperties", OOXML.corePropertiesNamespaces)
        xml.element("dc:title", text: properties.title)
        if let subject = properties.subject { xml.element("dc:subject", text: subject) }
        xml.element("dc:creator", text: properties.author)
        if !properties.keywords.isEmpty { xml.element("cp:keywords", text: properties.keywords.joined(separator: "; ")) }
        xml.element("dc:language", text: properties.language)
        xml.element("cp:lastModifiedBy", text: properties.author)
        xml.element("cp:revision", text: "1")
        xml.element("dcterms:created", [("xsi:type", "dcterms:W3CDTF")], text: ISODate.string(properties.created))
        xml.element("dcterms:modified", [("xsi:type", "dcterms:W3CDTF")], text: ISODate.string(properties.modified))
        xml.close("cp:coreProperties")
        return xml
    }

    /// `docProps/app.xml`.
    static func extendedProperties() -> XMLWriter {
        var xml = XMLWriter()
        xml.declaration()
        xml.open("Properties", [("xmlns", OOXML.extendedPropertiesNamespace)])
        xml.element("Application", text: "filingpack")
        xml.element("DocSecurity", text: "0")
        xml.close("Properties")
        return xml
    }
}
