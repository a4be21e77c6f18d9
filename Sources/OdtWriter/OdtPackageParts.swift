import FilingDocument
import PackageKit

/// meta.xml and META-INF/manifest.xml.
enum OdtPackageParts {
    /// Document properties, dates from the document (never the clock).
    static func meta(_ properties: DocumentProperties) -> XMLWriter {
        var xml = XMLWriter()
        xml.declaration()
        xml.open("office:document-meta", ODF.metaNamespaces + [("office:version", ODF.version)])
        xml.open("office:meta")
        xml.element("meta:generator", text: "filingpack")
        xml.element("dc:title", text: properties.title)
        if let subject = properties.subject { xml.element("dc:subject", text: subject) }
        for keyword in properties.keywords { xml.element("meta:keyword", text: keyword) }
        xml.element("meta:initial-creator", text: properties.author)
        xml.element("dc:creator", text: properties.author)
        xml.element("meta:creation-date", text: ISODate.string(properties.created))
        xml.element("dc:date", text: ISODate.string(properties.modified))
        xml.element("dc:language", text: properties.language)
        xml.close("office:meta")
        xml.close("office:document-meta")
        return xml
    }

    /// The manifest lists every entry but `mimetype` and itself.
    static func manifest(entries: [(path: String, mediaType: String)]) -> XMLWriter {
        var xml = XMLWriter()
        xml.declaration()
        xml.open("manifest:manifest", [("xmlns:manifest", ODF.manifestNamespace), ("manifest:version", ODF.version)])
        xml.empty("manifest:file-entry", [
            ("manifest:full-path", "/"), ("manifest:version", ODF.version), ("manifest:media-type", ODF.mimeType),
        ])
        for entry in entries {
            xml.empty("manifest:file-entry", [("manifest:full-path", entry.path), ("manifest:media-type", entry.mediaType)])
        }
        xml.close("manifest:manifest")
        return xml
    }
}
