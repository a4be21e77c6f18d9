import FilingModel

/// Renders a `CheckReport` for people (text) or tools (JSON, JUnit XML, SARIF 2.1.0).
public enum FindingReport {
    public enum Format: String, Sendable, CaseIterable {
        case text, json, junit, sarif
    }

    /// The report in `format`; `language` picks the message language for text, JUnit and SARIF (JSON has
    /// both); `color` adds ANSI colours to text.
    public static func render(_ report: CheckReport, format: Format, language: Language, color: Bool = false) -> String {
        switch format {
        case .text: TextReport(report: report, language: language, color: color).render()
        case .json: JSONReport.render(report)
        case .junit: JUnitReport.render(report, language: language)
        case .sarif: SARIFReport.render(report, language: language)
        }
    }

    /// A status word in `language`.
    static func label(_ status: ItemStatus, _ language: Language) -> String {
        switch status {
        case .ready: language == .zh ? "齐备" : "ready"
        case .missing: language == .zh ? "缺失" : "missing"
        case .expiring: language == .zh ? "将到期" : "expiring"
        case .notRequired: language == .zh ? "不适用" : "not required"
        }
    }

    /// `file:line:col`, or the dossier file alone when the field's place is unknown.
    static func place(of finding: Finding, in report: CheckReport) -> String {
        finding.location?.description ?? report.dossierFile
    }
}
