import FilingModel
import Foundation

/// The human report: one block per profile item, its findings indented below, a summary line last.
struct TextReport {
    let report: CheckReport
    let language: Language
    let color: Bool

    private enum Style: String {
        case red = "31", yellow = "33", green = "32", blue = "34", dim = "2", bold = "1"
    }

    private func paint(_ text: String, _ style: Style) -> String {
        color ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    func render() -> String {
        var lines = [paint("\(report.profileID) \(report.profileTitle.text(in: language)) — \(report.dossierFile) — \(report.date)", .bold), ""]
        let width = report.items.map(\.item.number.count).max() ?? 1
        for result in report.items {
            let number = result.item.number.padding(toLength: width, withPad: " ", startingAt: 0)
            let title = language == .zh ? result.item.titleZh : result.item.titleEn
            lines.append("\(number)  \(statusMark(result.status))  \(title)")
            lines += findingLines(report.findings(forItem: result.item.number))
        }
        let general = report.findings(forItem: nil)
        if !general.isEmpty {
            lines.append(language == .zh ? "其他" : "General")
            lines += findingLines(general)
        }
        lines.append("")
        lines.append(summary())
        return lines.joined(separator: "\n") + "\n"
    }

    private func statusMark(_ status: ItemStatus) -> String {
        let label = FindingReport.label(status, language)
        switch status {
        case .ready: return paint("✓ \(label)", .green)
        case .missing: return paint("✗ \(label)", .red)
        case .expiring: return paint("! \(label)", .yellow)
        case .notRequired: return paint("- \(label)", .dim)
        }
    }

    private func findingLines(_ findings: [Finding]) -> [String] {
        findings.flatMap { finding -> [String] in
            let severity: String = switch finding.severity {
            case .error: paint(language == .zh ? "错误" : "error", .red)
            case .warning: paint(language == .zh ? "警告" : "warning", .yellow)
            case .info: paint(language == .zh ? "提示" : "info", .blue)
            }
            let hintLabel = language == .zh ? "建议" : "hint"
            return [
                "    \(severity) \(FindingReport.place(of: finding, in: report)) \(finding.fieldPath) [\(finding.ruleID)]",
                "      \(finding.message.text(in: language))",
                paint("      \(hintLabel): \(finding.hint.text(in: language))", .dim),
            ]
        }
    }

    private func summary() -> String {
        let (errors, warnings, notes) = (report.count(.error), report.count(.warning), report.count(.info))
        let text = language == .zh
            ? "\(errors) 个错误，\(warnings) 个警告，\(notes) 个提示"
            : "\(errors) error(s), \(warnings) warning(s), \(notes) note(s)"
        return paint(text, errors > 0 ? .red : warnings > 0 ? .yellow : .green)
    }
}
