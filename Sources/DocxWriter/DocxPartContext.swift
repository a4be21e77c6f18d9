import FilingDocument
import Foundation
import PackageKit

/// A relationship from one part to another.
struct DocxRelationship {
    let id: String
    let type: String
    let target: String
}

/// State shared by all parts of one package: media files and document-wide ids.
struct DocxPackageState {
    /// Media entries in first-use order; the same bytes are stored once.
    private(set) var media: [(path: String, image: FilingDocument.Image)] = []
    private var mediaIndex: [Data: String] = [:]
    private var nextBookmarkID = 0
    private var bookmarkIDs: [String: Int] = [:]
    private var nextDrawingID = 0

    /// The package path (`media/image1.png`, relative to `word/`) of an image, adding it on first use.
    mutating func mediaPath(for image: FilingDocument.Image) -> String {
        if let path = mediaIndex[image.data] { return path }
        let path = "media/image\(media.count + 1).\(image.format.fileExtension)"
        media.append((path, image))
        mediaIndex[image.data] = path
        return path
    }

    /// A document-unique bookmark id; nil when the name was already placed (Word forbids duplicates).
    mutating func newBookmarkID(_ name: String) -> Int? {
        guard bookmarkIDs[name] == nil else { return nil }
        nextBookmarkID += 1
        bookmarkIDs[name] = nextBookmarkID
        return nextBookmarkID
    }

    /// A document-unique drawing object id (`wp:docPr/@id`).
    mutating func newDrawingID() -> Int {
        nextDrawingID += 1
        return nextDrawingID
    }
}

/// Relationships of the part being written, numbered in order of first use.
struct DocxPartRelationships {
    private(set) var relationships: [DocxRelationship] = []

    init(fixed: [(type: String, target: String)] = []) {
        for item in fixed { _ = id(type: item.type, target: item.target) }
    }

    /// The id of a relationship, adding it on first use.
    mutating func id(type: String, target: String) -> String {
        if let existing = relationships.first(where: { $0.type == type && $0.target == target }) { return existing.id }
        let id = "rId\(relationships.count + 1)"
        relationships.append(DocxRelationship(id: id, type: type, target: target))
        return id
    }

    /// The `.rels` part.
    func xml() -> XMLWriter {
        var xml = XMLWriter()
        xml.declaration()
        xml.open("Relationships", [("xmlns", OOXML.relationshipsNamespace)])
        for relationship in relationships {
            xml.empty("Relationship", [
                ("Id", relationship.id), ("Type", relationship.type), ("Target", relationship.target),
            ])
        }
        xml.close("Relationships")
        return xml
    }
}
