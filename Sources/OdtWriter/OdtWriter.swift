import FilingDocument
import Foundation
import PackageKit

/// Writes a `Document` as an OpenDocument Text 1.3 package (`.odt`).
public struct OdtWriter: DocumentWriter {
    public let fileExtension = "odt"

    /// A writer; it keeps no state between documents.
    public init() {}

    /// The `.odt` package as bytes.
    public func write(_ document: Document) throws -> Data {
        try package(document).package.archiveData()
    }

    /// Writes the `.odt` to `url` atomically.
    @discardableResult
    public func write(_ document: Document, to url: URL) throws -> WriteReport {
        let (package, report) = try package(document)
        try package.write(to: url)
        return report
    }

    /// The package entries, in a fixed order, and what was cleaned from the text.
    public func entries(_ document: Document) throws -> (entries: [PackageEntry], report: WriteReport) {
        let (package, report) = try package(document)
        return (package.entries, report)
    }

    private func package(_ original: Document) throws -> (package: ZipPackage, report: WriteReport) {
        // Phase 1: every heading gets a bookmark, so the TOC's page references can point at it.
        // Text is cleaned once, so a heading repeated in the TOC counts once in the report.
        var removed = 0
        let cleaned =
            original.containsText(where: XMLText.needsCleaning)
            ? original.mappingText { XMLText.cleaned($0, removed: &removed) } : original
        let document = cleaned.withHeadingBookmarks()
        var state = OdtPackageState()

        // Phase 2: the body; each section's first block selects its master page.
        var body = OdtBodyWriter(styles: document.styles, outline: document.outline(depth: 9), stylePrefix: "")
        body.xml.open("office:body")
        body.xml.open("office:text")
        for (index, section) in document.sections.enumerated() {
            let start = OdtBodyWriter.SectionStart(masterPage: "MP\(index + 1)", firstPageNumber: section.firstPageNumber)
            try body.blocks(section.blocks, area: (section.pageSetup.textWidth, section.pageSetup.textHeight),
                            state: &state, sectionStart: start)
        }
        body.xml.close("office:text")
        body.xml.close("office:body")

        // Phase 3: styles (named styles, page layouts, master pages with headers and footers).
        let styles = try OdtStylesPart(document: document).write(state: &state)

        var content = XMLWriter(capacity: body.xml.bytes.count + 8192)
        content.declaration()
        content.open("office:document-content", ODF.documentNamespaces + [("office:version", ODF.version)])
        OdtStylesPart.fontFaces(state.fonts, into: &content)
        body.automaticStyles.write(into: &content)
        content.append(body.xml)
        content.close("office:document-content")

        // Phase 4: the package; `mimetype` first and stored, so tools can sniff the type (ODF 1.3 part 2, §3.3).
        let meta = OdtPackageParts.meta(document.properties)
        var manifestEntries = [
            (path: "content.xml", mediaType: "text/xml"), ("styles.xml", "text/xml"), ("meta.xml", "text/xml"),
        ]
        manifestEntries += state.pictures.map { ($0.path, $0.image.format.mediaType) }
        var package = ZipPackage(modificationDate: document.properties.modified)
        package.add(PackageEntry(path: "mimetype", data: Data(ODF.mimeType.utf8), storage: .stored))
        package.add(PackageEntry(path: "META-INF/manifest.xml", xml: OdtPackageParts.manifest(entries: manifestEntries)))
        package.add(PackageEntry(path: "content.xml", xml: content))
        package.add(PackageEntry(path: "meta.xml", xml: meta))
        package.add(PackageEntry(path: "styles.xml", xml: styles))
        for (path, image) in state.pictures {
            package.add(PackageEntry(path: path, data: image.data, storage: .stored))
        }
        removed += content.removedCharacterCount + styles.removedCharacterCount + meta.removedCharacterCount
        return (package, WriteReport(removedCharacterCount: removed, entries: package.entries.map(\.path)))
    }
}
