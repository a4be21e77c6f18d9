import FilingModel

/// SARIF 2.1.0, so code-review tools annotate the dossier's YAML lines.
enum SARIFReport {
    static func render(_ report: CheckReport, language: Language) -> String {
        let definitions = Checker.ruleDefinitions
        let ruleIndex = Dictionary(definitions.enumerated().map { ($0.element.id, $0.offset) }) { first, _ in first }
        let rules = definitions.map { rule -> [String: Any] in
            [
                "id": rule.id,
                "shortDescription": ["text": rule.summary.text(in: language)],
                "help": ["text": rule.hint.text(in: language)],
                "defaultConfiguration": ["level": level(rule.severity)],
            ]
        }
        let results = report.findings.map { finding -> [String: Any] in
            var physical: [String: Any] = ["artifactLocation": ["uri": finding.location?.file ?? report.dossierFile]]
            if let location = finding.location {
                physical["region"] = ["startLine": location.line, "startColumn": location.column]
            }
            var result: [String: Any] = [
                "ruleId": finding.ruleID,
                "level": level(finding.severity),
                "message": ["text": "\(finding.message.text(in: language)) — \(finding.hint.text(in: language))"],
                "locations": [["physicalLocation": physical]],
                "properties": ["item": finding.itemNumber ?? "", "fieldPath": finding.fieldPath],
            ]
            if let index = ruleIndex[finding.ruleID] { result["ruleIndex"] = index }
            return result
        }
        let document: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [[
                "tool": ["driver": [
                    "name": "filingpack", "version": "0.1.0",
                    "rules": rules,
                ]],
                "results": results,
                "properties": ["profile": report.profileID, "date": report.date.description],
            ]],
        ]
        return JSONReport.serialize(document)
    }

    private static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }
}
