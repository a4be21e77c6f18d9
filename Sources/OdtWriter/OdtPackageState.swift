import FilingDocument
import Foundation

/// State shared by content.xml and styles.xml: pictures, fonts in use, unique names.
struct OdtPackageState {
    /// Pictures in first-use order; the same bytes are stored once.
    private(set) var pictures: [(path: String, image: FilingDocument.Image)] = []
    private var pictureIndex: [Data: String] = [:]
    /// Font family names used anywhere, for `office:font-face-decls`.
    private(set) var fonts: Set<String> = []
    private var bookmarks: Set<String> = []
    private var counters: [String: Int] = [:]

    mutating func picturePath(for image: FilingDocument.Image) -> String {
        if let path = pictureIndex[image.data] { return path }
        let path = "Pictures/image\(pictures.count + 1).\(image.format.fileExtension)"
        pictures.append((path, image))
        pictureIndex[image.data] = path
        return path
    }

    mutating func useFont(_ font: FontSpec?) {
        guard let font else { return }
        fonts.insert(font.latin)
        fonts.insert(font.eastAsian)
    }

    /// True the first time a bookmark name is placed (ODF forbids duplicates).
    mutating func placeBookmark(_ name: String) -> Bool { bookmarks.insert(name).inserted }

    /// `Table1`, `Table2` … per kind.
    mutating func nextName(_ kind: String) -> String {
        counters[kind, default: 0] += 1
        return "\(kind)\(counters[kind, default: 0])"
    }
}
