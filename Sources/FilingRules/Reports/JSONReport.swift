import FilingModel
import Foundation

/// The machine report; schema in docs/findings.md (`filingpack.findings/1`).
enum JSONReport {
    static let schema = "filingpack.findings/1"

    static func render(_ report: CheckReport) -> String {
        let document: [String: Any] = [
            "schema": schema,
            "profile": ["id": report.profileID, "title": localized(report.profileTitle)],
            "dossier": report.dossierFile,
            "date": report.date.description,
            "summary": [
                "errors": report.count(.error), "warnings": report.count(.warning), "info": report.count(.info),
                "ok": !report.hasErrors,
            ],
            "items": report.items.map { result -> [String: Any] in
                [
                    "number": result.item.number, "key": result.item.key.rawValue,
                    "title": localized(result.item.title), "status": result.status.rawValue,
                    "findings": report.findings(forItem: result.item.number).count,
                ]
            },
            "findings": report.findings.map { finding -> [String: Any] in
                [
                    "rule": finding.ruleID, "severity": finding.severity.rawValue,
                    "item": finding.itemNumber ?? NSNull(), "field": finding.fieldPath,
                    "location": finding.location.map { ["file": $0.file, "line": $0.line, "column": $0.column] } ?? NSNull(),
                    "message": localized(finding.message), "hint": localized(finding.hint),
                ]
            },
        ]
        return serialize(document)
    }

    static func localized(_ text: LocalizedText) -> [String: String] { ["zh": text.zh, "en": text.en] }

    /// Pretty, key-sorted JSON; the input is built from strings, numbers and booleans only.
    static func serialize(_ object: Any) -> String {
        let options: JSONSerialization.WritingOptions = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: options) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
