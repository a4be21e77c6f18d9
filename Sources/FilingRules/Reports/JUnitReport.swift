import FilingModel

/// JUnit XML: one test case per profile item (failed when it has error findings, skipped when not
/// required), plus a `general` case for findings no item covers.
enum JUnitReport {
    static func render(_ report: CheckReport, language: Language) -> String {
        var cases: [String] = []
        var failures = 0
        var skipped = 0
        let className = escape("filingpack.\(report.profileID)")
        for result in report.items {
            let name = escape("\(result.item.number) \(result.item.title.text(in: language))")
            let findings = report.findings(forItem: result.item.number)
            if result.status == .notRequired {
                skipped += 1
                cases.append("    <testcase classname=\"\(className)\" name=\"\(name)\">\n      <skipped message=\"\(escape(FindingReport.label(.notRequired, language)))\"/>\n    </testcase>")
                continue
            }
            let body = caseBody(findings, report: report, language: language)
            if findings.contains(where: { $0.severity == .error }) { failures += 1 }
            cases.append("    <testcase classname=\"\(className)\" name=\"\(name)\">\(body)</testcase>")
        }
        let general = report.findings(forItem: nil)
        if !general.isEmpty {
            if general.contains(where: { $0.severity == .error }) { failures += 1 }
            cases.append("    <testcase classname=\"\(className)\" name=\"general\">\(caseBody(general, report: report, language: language))</testcase>")
        }
        let suite = "tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\""
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="filingpack check" \(suite)>
              <testsuite name="\(escape(report.profileID))" \(suite)>
            \(cases.joined(separator: "\n"))
              </testsuite>
            </testsuites>

            """
    }

    /// A `<failure>` with every error, and the warnings and notes as `<system-out>`.
    private static func caseBody(_ findings: [Finding], report: CheckReport, language: Language) -> String {
        func line(_ finding: Finding) -> String {
            "\(finding.severity.rawValue) \(FindingReport.place(of: finding, in: report)) \(finding.fieldPath) [\(finding.ruleID)] \(finding.message.text(in: language))"
        }
        let errors = findings.filter { $0.severity == .error }
        let others = findings.filter { $0.severity != .error }
        var body = ""
        if let first = errors.first {
            body += "\n      <failure message=\"\(escape(first.message.text(in: language)))\" type=\"\(escape(first.ruleID))\">\(escape(errors.map(line).joined(separator: "\n")))</failure>"
        }
        if !others.isEmpty {
            body += "\n      <system-out>\(escape(others.map(line).joined(separator: "\n")))</system-out>"
        }
        return body.isEmpty ? "" : body + "\n    "
    }

    /// Escapes XML text and attribute values.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
