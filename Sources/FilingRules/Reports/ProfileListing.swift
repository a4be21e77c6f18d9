import FilingModel
import Foundation

/// What `filingpack profiles` prints: each profile's id, title, regime, status, dates, basis and size.
public enum ProfileListing {
    public enum Format: String, Sendable, CaseIterable {
        case text, json
    }

    public static func render(_ profiles: [Profile], format: Format, language: Language) -> String {
        switch format {
        case .text: text(profiles, language: language)
        case .json: JSONReport.serialize(profiles.map(json))
        }
    }

    private static func text(_ profiles: [Profile], language: Language) -> String {
        let rows = profiles.map { profile in
            [
                profile.id, profile.regime.rawValue, profile.status.rawValue,
                "\(profile.effectiveFrom?.description ?? "?") – \(profile.effectiveUntil?.description ?? "")",
                language == .zh ? "\(numberedCount(profile)) 项" : "\(numberedCount(profile)) items",
            ]
        }
        let widths = (0..<5).map { column in rows.map { $0[column].count }.max() ?? 0 }
        let basisLabel = language == .zh ? "依据" : "basis"
        return zip(profiles, rows).map { profile, row in
            let cells = zip(row, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }
            var lines = [(cells + [profile.title.text(in: language)]).joined(separator: "  ")]
            for basis in profile.legalBasis {
                lines.append("    \(basisLabel): \([basis.regulation, basis.article].compactMap { $0 }.joined(separator: " "))")
            }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n") + "\n"
    }

    /// Items with a printed number (front matter such as the Henan power of attorney aside).
    static func numberedCount(_ profile: Profile) -> Int { profile.items.filter { !$0.unnumbered }.count }

    private static func json(_ profile: Profile) -> [String: Any] {
        [
            "id": profile.id,
            "title": JSONReport.localized(profile.title),
            "binder_title": profile.binderTitle,
            "regime": profile.regime.rawValue,
            "status": profile.status.rawValue,
            "effective": [
                "from": profile.effectiveFrom?.description as Any? ?? NSNull(),
                "until": profile.effectiveUntil?.description as Any? ?? NSNull(),
            ],
            "numbering": profile.numbering.rawValue,
            "legal_basis": profile.legalBasis.map { basis -> [String: Any] in
                ["regulation": basis.regulation, "article": basis.article ?? NSNull(), "source": basis.source ?? NSNull()]
            },
            "item_count": numberedCount(profile),
            "notes": profile.notes,
            "file": profile.file,
        ]
    }
}
