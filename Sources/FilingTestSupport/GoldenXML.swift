import CLibXML2
import Foundation
import XCTest

/// Compares XML parts with golden files by meaning: element names with namespace URIs, attributes sorted, text
/// kept exactly, whitespace-only text between elements ignored (goldens are stored indented for review).
/// `RECORD_GOLDENS=1` rewrites the golden and fails the test, so a recording never passes silently.
public enum GoldenXML {
    /// Asserts that `data` means the same XML as the golden file `name` under `directory`.
    public static func assertMatches(
        _ data: Data, golden name: String, directory: URL, file: StaticString = #filePath, line: UInt = #line
    ) {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try indented(data).write(to: url)
                XCTFail("Recorded golden \(name); run again without RECORD_GOLDENS to compare", file: file, line: line)
            } catch {
                XCTFail("cannot record golden \(url.path): \(error)", file: file, line: line)
            }
            return
        }
        guard let expected = try? Data(contentsOf: url) else {
            XCTFail("golden \(url.path) missing; record it with RECORD_GOLDENS=1", file: file, line: line)
            return
        }
        let actualLines = canonicalLines(data)
        let expectedLines = canonicalLines(expected)
        guard actualLines != expectedLines else { return }
        let index = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(actualLines.count, expectedLines.count)
        let got = index < actualLines.count ? actualLines[index] : "(end)"
        let want = index < expectedLines.count ? expectedLines[index] : "(end)"
        XCTFail("\(name) differs from golden at node \(index + 1):\n  got:  \(got)\n  want: \(want)", file: file, line: line)
    }

    /// One line per node: `+{ns}name a="v"…`, `"text"`, `-` for element end.
    public static func canonicalLines(_ data: Data) -> [String] {
        let collector = ErrorCollector()
        guard let document = XMLValidation.parse(data, collector: collector) else {
            return ["not well-formed: " + collector.messages.joined(separator: "; ")]
        }
        defer { xmlFreeDoc(document) }
        var lines: [String] = []
        walk(xmlDocGetRootElement(document), into: &lines)
        return lines
    }

    /// The XML re-serialised with indentation (for reviewable golden files).
    public static func indented(_ data: Data) -> Data {
        let collector = ErrorCollector()
        guard let document = XMLValidation.parse(data, collector: collector) else { return data }
        defer { xmlFreeDoc(document) }
        var buffer: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpFormatMemoryEnc(document, &buffer, &size, "UTF-8", 1)
        guard let buffer else { return data }
        // libxml2 allocates with malloc unless told otherwise; xmlFree is a global var Swift 6 rejects.
        defer { free(buffer) }
        return Data(bytes: buffer, count: Int(size))
    }

    private static func walk(_ node: xmlNodePtr?, into lines: inout [String]) {
        var current = node
        while let node = current {
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let namespace = node.pointee.ns.flatMap { $0.pointee.href }.map { "{\(String(cString: $0))}" } ?? ""
                var attributes: [String] = []
                var attribute = node.pointee.properties
                while let property = attribute {
                    let attributeNamespace = property.pointee.ns.flatMap { $0.pointee.href }.map { "{\(String(cString: $0))}" } ?? ""
                    let value = xmlNodeGetContent(UnsafeMutableRawPointer(property).assumingMemoryBound(to: xmlNode.self))
                    attributes.append("\(attributeNamespace)\(String(cString: property.pointee.name))=\"\(value.map { String(cString: $0) } ?? "")\"")
                    if let value { free(value) }
                    attribute = property.pointee.next
                }
                lines.append("+\(namespace)\(String(cString: node.pointee.name)) " + attributes.sorted().joined(separator: " "))
                walk(node.pointee.children, into: &lines)
                lines.append("-")
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                let text = node.pointee.content.map { String(cString: $0) } ?? ""
                if !text.allSatisfy(\.isWhitespace) { lines.append("\"\(text)\"") }
            default:
                break
            }
            current = node.pointee.next
        }
    }
}
