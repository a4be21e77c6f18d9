import FilingDocument
import Foundation

/// Gives the 资料目录 real page numbers: lays the binder out with LibreOffice, reads on which page each item
/// heading lands (pdftotext), writes those numbers into the contents as text and lays out again until
/// nothing moves. The last PDF becomes `binder.pdf`.
struct PageLayout {
    /// The build's temporary folder; passes work in a hidden subfolder of it.
    let workDirectory: URL
    static let maximumPasses = 3

    func paginate(
        _ first: AssembledBinder, progress: (BuildStep) -> Void,
        reassemble: ([String: Int]) throws(BuildError) -> AssembledBinder
    ) throws(BuildError) -> AssembledBinder {
        let office = try OfficeTools.locate()
        let scratch = workDirectory.appendingPathComponent(".layout")
        defer { try? FileManager.default.removeItem(at: scratch) }
        var binder = first
        var numbers: [String: Int]? = nil
        for pass in 1...Self.maximumPasses {
            progress(.layingOut(pass: pass))
            let pdf = try office.convertToPDF(binder.document, in: scratch.appendingPathComponent("pass\(pass)"))
            let found = try Self.pageNumbers(of: binder.itemHeadings, inPages: office.pageTexts(of: pdf))
            if found == numbers {
                try move(pdf, to: workDirectory.appendingPathComponent("binder.pdf"))
                return binder
            }
            numbers = found
            binder = try reassemble(found)
        }
        throw .pdf("page numbers still moved after \(Self.maximumPasses) LibreOffice passes")
    }

    /// Printed page numbers of the item headings: pages are counted from the 资料目录 page (page 1).
    static func pageNumbers(of headings: [(bookmark: String, text: String)], inPages pages: [String])
        throws(BuildError) -> [String: Int]
    {
        let normalized = pages.map(normalize)
        guard let contents = normalized.firstIndex(where: { $0.contains("资料目录") }) else {
            throw .pdf("the 资料目录 page was not found in the laid-out PDF")
        }
        var numbers: [String: Int] = [:]
        var searchFrom = contents + 1
        for heading in headings {
            let needle = normalize(heading.text)
            guard let page = normalized.indices.dropFirst(searchFrom).first(where: { normalized[$0].contains(needle) })
            else {
                throw .pdf("the heading \"\(heading.text)\" was not found in the laid-out PDF")
            }
            numbers[heading.bookmark] = page - contents + 1
            searchFrom = page
        }
        return numbers
    }

    /// Text without whitespace, so wrapped headings still match.
    static func normalize(_ text: String) -> String {
        String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }.map(Character.init))
    }

    private func move(_ source: URL, to destination: URL) throws(BuildError) {
        do {
            try? FileManager.default.removeItem(at: destination)
            try FileManager.default.moveItem(at: source, to: destination)
        } catch {
            throw .pdf("cannot move the PDF into the build folder: \(error.localizedDescription)")
        }
    }
}
