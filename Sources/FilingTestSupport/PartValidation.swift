import Foundation

/// Which schema checks each package part, and a helper that validates every XML part of a package.
public enum PartValidation {
    /// The XSD (relative to `schemas/ooxml`) for a DOCX part, nil for media.
    public static func docxSchema(for path: String) -> String? {
        switch path {
        case "[Content_Types].xml": "opc-xsd/opc-contentTypes.xsd"
        case let rels where rels.hasSuffix(".rels"): "opc-xsd/opc-relationships.xsd"
        case "docProps/core.xml": "opc-xsd/opc-coreProperties.xsd"
        case "docProps/app.xml": "shared-documentPropertiesExtended.xsd"
        case let part where part.hasPrefix("word/") && part.hasSuffix(".xml"): "wml.xsd"
        default: nil
        }
    }

    /// The RelaxNG schema (relative to `schemas/odf1.3`) for an ODT part, nil for media and `mimetype`.
    public static func odtSchema(for path: String) -> String? {
        switch path {
        case "META-INF/manifest.xml": "OpenDocument-v1.3-manifest-schema.rng"
        case "content.xml", "styles.xml", "meta.xml", "settings.xml": "OpenDocument-v1.3-schema.rng"
        default: nil
        }
    }

    /// Validates every XML part; returns "part: error" lines.
    public static func docxErrors(_ package: Data) throws -> [String] {
        let schemas = try SharedResources.schemasDirectory().appendingPathComponent("ooxml")
        let zip = try ZipContents(package)
        var errors: [String] = []
        for path in zip.paths {
            guard let schema = docxSchema(for: path), let data = zip[path] else { continue }
            errors += XMLValidation.schemaErrors(data, xsd: schemas.appendingPathComponent(schema)).map { "\(path): \($0)" }
        }
        return errors
    }

    /// Validates every XML part of an ODT; returns "part: error" lines.
    public static func odtErrors(_ package: Data) throws -> [String] {
        let schemas = try SharedResources.schemasDirectory().appendingPathComponent("odf1.3")
        let zip = try ZipContents(package)
        var errors: [String] = []
        for path in zip.paths {
            guard let schema = odtSchema(for: path), let data = zip[path] else { continue }
            errors += XMLValidation.relaxNGErrors(data, rng: schemas.appendingPathComponent(schema)).map { "\(path): \($0)" }
        }
        return errors
    }
}
