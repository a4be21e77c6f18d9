import FilingModel
import FilingRules
import Foundation

/// The materials checklist: one row per profile item, its status taken from the check report.
public struct ChecklistRows: Sendable {
    /// One line of the checklist.
    public struct Row: Sendable, Equatable {
        public var number: String
        public var titleZh: String
        public var titleEn: String
        /// Who provides it: `client`, `generated` or `both`.
        public var provider: ItemSource
        public var copies: Int
        public var stamped: Bool
        public var status: ItemStatus
        /// Evidence file names (relative to the dossier folder).
        public var files: [String]
        /// Messages of the item's findings, errors first.
        public var notes: [String]
    }

    public let rows: [Row]

    /// The checklist for `report`, naming the evidence files found in `dossier`.
    public init(report: CheckReport, dossier: Dossier) {
        rows = report.items.map { result in
            let item = result.item
            let findings = report.findings(forItem: item.number).sorted { $0.severity < $1.severity }
            return Row(
                number: item.number, titleZh: item.titleZh, titleEn: item.titleEn, provider: item.source,
                copies: item.copies, stamped: item.stamped, status: result.status,
                files: EvidenceFiles.attachments(for: item, in: dossier).map(\.attachment.file),
                notes: result.status == .notRequired ? [] : findings.map(\.message.zh))
        }
    }

    /// Chinese label of a status.
    static func label(_ status: ItemStatus) -> String {
        switch status {
        case .ready: "齐备"
        case .missing: "缺失"
        case .expiring: "将到期"
        case .notRequired: "不适用"
        }
    }

    /// Chinese label of who provides an item.
    static func label(_ source: ItemSource) -> String {
        switch source {
        case .generated: "系统生成"
        case .supplied: "申请单位提供"
        case .both: "生成＋提供"
        }
    }

    /// Values for the `checklist` template.
    var templateValues: [String: Any] {
        let count = { (status: ItemStatus) in rows.filter { $0.status == status }.count }
        return [
            "rows": rows.map { row -> [String: Any] in
                [
                    "number": row.number, "title": row.titleZh, "provider": Self.label(row.provider),
                    "copies": row.copies, "stamped": row.stamped ? "是" : "否", "status": Self.label(row.status),
                    "status_id": row.status.rawValue, "files": row.files, "notes": row.notes.joined(separator: "；"),
                ]
            },
            "total": rows.count, "ready": count(.ready), "missing": count(.missing), "expiring": count(.expiring),
            "not_applicable": count(.notRequired),
        ]
    }

    /// The checklist as CSV (RFC 4180, UTF-8 with BOM so spreadsheet programs detect the encoding).
    public var csv: String {
        let header = ["number", "title_zh", "title_en", "provider", "copies", "stamped", "status", "files", "notes"]
        let lines = [header] + rows.map { row in
            [row.number, row.titleZh, row.titleEn, row.provider.rawValue, String(row.copies),
             row.stamped ? "yes" : "no", row.status.rawValue, row.files.joined(separator: "; "),
             row.notes.joined(separator: "; ")]
        }
        return "\u{FEFF}" + lines.map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    private static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
        else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
