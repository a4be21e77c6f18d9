import CLibXML2
import Foundation

/// Validates XML bytes with libxml2 against W3C XML Schemas (OOXML) and RelaxNG (ODF); compiled schemas are
/// cached per file, since compiling the ODF schema takes longer than validating a part.
public enum XMLValidation {
    /// Errors of a well-formedness check (empty when the bytes parse).
    public static func wellFormednessErrors(_ data: Data) -> [String] {
        let collector = ErrorCollector()
        guard let document = parse(data, collector: collector) else { return collector.messagesOrDefault("not well-formed") }
        xmlFreeDoc(document)
        return []
    }

    /// Errors of validating against an XSD file (empty when valid).
    public static func schemaErrors(_ data: Data, xsd: URL) -> [String] {
        SchemaCache.shared.withSchema(xsd, kind: .xsd) { compiled in
            guard case .xsd(let schema) = compiled else { return ["cannot compile schema \(xsd.path)"] }
            let collector = ErrorCollector()
            guard let document = parse(data, collector: collector) else { return collector.messagesOrDefault("not well-formed") }
            defer { xmlFreeDoc(document) }
            guard let context = xmlSchemaNewValidCtxt(schema) else { return ["cannot create a validation context"] }
            defer { xmlSchemaFreeValidCtxt(context) }
            xmlSchemaSetValidStructuredErrors(context, collectError, Unmanaged.passUnretained(collector).toOpaque())
            let result = xmlSchemaValidateDoc(context, document)
            return result == 0 ? [] : collector.messagesOrDefault("invalid (code \(result))")
        }
    }

    /// Errors of validating against a RelaxNG file (empty when valid).
    public static func relaxNGErrors(_ data: Data, rng: URL) -> [String] {
        SchemaCache.shared.withSchema(rng, kind: .relaxNG) { compiled in
            guard case .relaxNG(let schema) = compiled else { return ["cannot compile schema \(rng.path)"] }
            let collector = ErrorCollector()
            guard let document = parse(data, collector: collector) else { return collector.messagesOrDefault("not well-formed") }
            defer { xmlFreeDoc(document) }
            guard let context = xmlRelaxNGNewValidCtxt(schema) else { return ["cannot create a validation context"] }
            defer { xmlRelaxNGFreeValidCtxt(context) }
            xmlRelaxNGSetValidStructuredErrors(context, collectError, Unmanaged.passUnretained(collector).toOpaque())
            let result = xmlRelaxNGValidateDoc(context, document)
            return result == 0 ? [] : collector.messagesOrDefault("invalid (code \(result))")
        }
    }

    static func parse(_ data: Data, collector: ErrorCollector) -> xmlDocPtr? {
        xmlInitParser()
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(collector).toOpaque(), collectError)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return data.withUnsafeBytes { buffer -> xmlDocPtr? in
            guard let base = buffer.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            return xmlReadMemory(base, Int32(buffer.count), "part.xml", "UTF-8", Int32(XML_PARSE_NONET.rawValue))
        }
    }
}

/// Collects libxml2's structured errors as "line N: message".
final class ErrorCollector {
    var messages: [String] = []

    func messagesOrDefault(_ fallback: String) -> [String] { messages.isEmpty ? [fallback] : messages }
}

private let collectError: xmlStructuredErrorFunc = { userData, error in
    guard let userData, let error else { return }
    let collector = Unmanaged<ErrorCollector>.fromOpaque(userData).takeUnretainedValue()
    let message = error.pointee.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "?"
    if collector.messages.count < 50 { collector.messages.append("line \(error.pointee.line): \(message)") }
}

/// Compiled schemas by path; libxml2 schema compilation is not thread-safe, so access is serialised.
final class SchemaCache: @unchecked Sendable {
    enum Kind { case xsd, relaxNG }
    enum Compiled {
        case xsd(xmlSchemaPtr)
        case relaxNG(xmlRelaxNGPtr)
        case failed
    }

    static let shared = SchemaCache()
    private let lock = NSLock()
    private var schemas: [String: Compiled] = [:]

    func withSchema<T>(_ url: URL, kind: Kind, _ body: (Compiled) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        if let compiled = schemas[url.path] { return body(compiled) }
        xmlInitParser()
        let compiled: Compiled
        switch kind {
        case .xsd:
            let context = xmlSchemaNewParserCtxt(url.path)
            compiled = xmlSchemaParse(context).map(Compiled.xsd) ?? .failed
            xmlSchemaFreeParserCtxt(context)
        case .relaxNG:
            let context = xmlRelaxNGNewParserCtxt(url.path)
            compiled = xmlRelaxNGParse(context).map(Compiled.relaxNG) ?? .failed
            xmlRelaxNGFreeParserCtxt(context)
        }
        schemas[url.path] = compiled
        return body(compiled)
    }
}
