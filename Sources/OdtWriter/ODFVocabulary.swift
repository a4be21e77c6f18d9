import FilingDocument

/// Every ODF name the ODT writer uses: namespaces, media types and the version written.
enum ODF {
    static let version = "1.3"
    static let mimeType = "application/vnd.oasis.opendocument.text"
    static let manifestNamespace = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"

    /// Namespaces declared on content.xml and styles.xml.
    static let documentNamespaces: [(String, String)] = [
        ("xmlns:office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"),
        ("xmlns:style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"),
        ("xmlns:text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"),
        ("xmlns:table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"),
        ("xmlns:draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"),
        ("xmlns:fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"),
        ("xmlns:xlink", "http://www.w3.org/1999/xlink"),
        ("xmlns:svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"),
        ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
        ("xmlns:meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"),
    ]

    /// Namespaces declared on meta.xml.
    static let metaNamespaces: [(String, String)] = [
        ("xmlns:office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"),
        ("xmlns:meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"),
        ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
    ]

    /// A length as ODF writes it: points with up to two decimals (`104.9pt`).
    static func length(_ length: Length) -> String {
        let hundredths = length.twips * 5  // 1 twip = 0.05 pt
        let sign = hundredths < 0 ? "-" : ""
        let whole = abs(hundredths) / 100
        let fraction = abs(hundredths) % 100
        let fractionText =
            fraction == 0 ? "" : fraction % 10 == 0 ? ".\(fraction / 10)" : fraction < 10 ? ".0\(fraction)" : ".\(fraction)"
        return "\(sign)\(whole)\(fractionText)pt"
    }
}
