import FilingDocument
import Mustache
import FilingModel
import Foundation

/// What varies between runs of the same set: version and effective date (from the command line).
public struct ManualEdition: Sendable, Equatable {
    /// Version printed on the manual; nil uses the manifest's.
    public var version: String?
    /// Effective date; nil uses the dossier's filing date, else today in China.
    public var effectiveDate: LocalDate?

    /// An edition; both values default as documented.
    public init(version: String? = nil, effectiveDate: LocalDate? = nil) {
        self.version = version
        self.effectiveDate = effectiveDate
    }
}

/// Builds the Mustache values of a manual: the dossier's values plus the `manual`, `dept`, `names` and `has`
/// namespaces (docs/manuals.md, "Variables").
struct ManualValues {
    let set: ManualSet
    let edition: ManualEdition
    let today: LocalDate

    /// Values shared by every template of the manual for `dossier`.
    func values(for dossier: Dossier) throws -> [String: Any] {
        var values = try TemplateValues.values(of: dossier)
        let manifest = set.manifest
        let effective = edition.effectiveDate ?? dossier.filing.date ?? today
        let version = edition.version ?? manifest.version
        var manual: [String: Any] = [
            "id": manifest.id, "title": manifest.title, "code": "\(manifest.code)-\(effective.year)",
            "version": version, "effective_date": effective.chinese, "effective_date_iso": effective.description,
            "issue_date": effective.chinese, "blank_rows": blankRows,
        ]
        manual["subtitle"] = manifest.subtitle
        manual["drafted_by"] = signatory(manifest.approval.draftedBy, in: values)
        manual["reviewed_by"] = signatory(manifest.approval.reviewedBy, in: values)
        manual["approved_by"] = signatory(manifest.approval.approvedBy, in: values)
        manual["changes"] = changes(version: version, effective: effective)
        let policies = dossier.policies
        manual["publish_within_working_days"] = policies.publishWithinWorkingDays ?? 2
        manual["backup_responsible"] = policies.backup?.responsible ?? dossier.people.websiteHead.name
        manual["retention_years"] = policies.backup?.retentionYears ?? 5
        manual["restore_test"] = policies.backup?.restoreTest ?? "每季度在测试环境中进行一次恢复测试"
        manual["collects_user_data"] = dossier.website.columns.contains { $0.loginRequired == true }
        values["dept"] = departments(dossier.applicant.departments ?? [])
        values["names"] = names(dossier.people)
        values["has"] = presence(dossier)
        values["manual"] = manual
        // Titles may use every value above, so they are rendered last, against the finished values.
        manual["parts"] = try parts(values: values)
        values["manual"] = manual
        return values
    }

    /// The values for one item: the shared values with `item` set.
    func values(_ shared: [String: Any], item: NumberedItem) -> [String: Any] {
        var values = shared
        values["item"] = item.values(blankRows: blankRows)
        return values
    }

    /// `blank_rows` empty entries, for `{{#…blank_rows}}` loops.
    var blankRows: [String] { Array(repeating: "", count: set.manifest.blankRows) }

    /// Every item with its number, code and rendered title, part by part.
    func numberedParts(values: [String: Any]) throws -> [(part: ManualManifest.Part, items: [NumberedItem])] {
        try set.manifest.parts.map { part in
            let items = try part.items.enumerated().map { index, item in
                NumberedItem(
                    item: item, kind: part.kind, number: index + 1,
                    code: "\(set.manifest.code)-\(part.code)-\(String(format: "%02d", index + 1))",
                    title: try ManualTitle.render(item.title, values: values))
            }
            return (part, items)
        }
    }

    private func parts(values: [String: Any]) throws -> [[String: Any]] {
        try numberedParts(values: values).map { part, items in
            ["title": try ManualTitle.render(part.title, values: values),
             "items": items.map { $0.values(blankRows: []) }]
        }
    }

    private func signatory(_ signatory: ManualManifest.Signatory, in values: [String: Any]) -> [String: Any] {
        let person = Self.lookup(signatory.person, in: values) as? [String: Any]
        return ["name": person?["name"] as? String ?? "", "position": signatory.position]
    }

    private func changes(version: String, effective: LocalDate) -> [[String: Any]] {
        var rows = set.manifest.changes.map { revision -> [String: Any] in
            ["version": revision.version, "date": Self.chineseDate(revision.date), "change": revision.change,
             "reason": revision.reason, "effective_date": Self.chineseDate(revision.effectiveDate)]
        }
        if !set.manifest.changes.contains(where: { $0.version == version }) {
            let first = set.manifest.changes.isEmpty
            rows.append([
                "version": version, "date": effective.chinese, "change": first ? "首次发布" : "修订",
                "reason": first ? "依据本公司实际情况制定" : "依据法规和本公司实际情况修订",
                "effective_date": effective.chinese,
            ])
        }
        return rows
    }

    /// `dept.<role>`: the first department whose name contains a role keyword, tried keyword by keyword.
    func departments(_ departments: [Department]) -> [String: Any] {
        set.departmentRoles.mapValues { role -> [String: Any] in
            for keyword in role.keywords {
                if let match = departments.first(where: { $0.name.contains(keyword) }) {
                    return ["name": match.name, "head": match.head ?? ""]
                }
            }
            return ["name": role.fallback, "head": ""]
        }
    }

    private func names(_ people: People) -> [String: Any] {
        let reviewers = people.informationReviewers ?? []
        return [
            "information_reviewers": reviewers.isEmpty ? people.websiteHead.name : reviewers.joined(separator: "、"),
            "professionals": people.professionals.map(\.name).joined(separator: "、"),
            "computer_staff": (people.computerStaff ?? []).map(\.name).joined(separator: "、"),
        ]
    }

    private func presence(_ dossier: Dossier) -> [String: Any] {
        let policies = dossier.policies
        return [
            "departments": !(dossier.applicant.departments ?? []).isEmpty,
            "responsibilities": !(policies.responsibilities ?? []).isEmpty,
            "security_measures": !(policies.securityMeasures ?? []).isEmpty,
            "confidentiality_measures": !(policies.confidentialityMeasures ?? []).isEmpty,
            "user_information_measures": !(policies.userInformationMeasures ?? []).isEmpty,
            "backup_records": !(policies.backup?.records ?? []).isEmpty,
            "information_sources": !(policies.informationSources ?? []).isEmpty,
        ]
    }

    /// The value at a dotted path (`people.website_head`), or nil.
    static func lookup(_ path: String, in values: [String: Any]) -> Any? {
        var current: Any? = values
        for key in path.split(separator: ".") {
            current = (current as? [String: Any])?[String(key)]
        }
        return current
    }

    /// `2025-01-01` → `2025年1月1日`; other text is printed as written.
    static func chineseDate(_ text: String) -> String {
        LocalDate(parsing: text)?.chinese ?? text
    }
}

/// An item of a part, numbered and with its title rendered.
struct NumberedItem {
    var item: ManualManifest.Item
    var kind: ManualManifest.Kind
    var number: Int
    var code: String
    var title: String

    func values(blankRows: [String]) -> [String: Any] {
        [
            "number": number, "chinese_number": ChineseHeadingNumbering.chineseNumeral(number), "code": code,
            "title": title, "blank_rows": blankRows, "days_of_month": (1...31).map(String.init),
        ]
    }
}

/// Renders a manifest title (itself a Mustache template) to plain text.
enum ManualTitle {
    static func render(_ title: String, values: [String: Any]) throws -> String {
        guard title.contains("{{") else { return title }
        // Plain text: the result is inserted into templates as a value, which escapes it once there.
        return try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT }}" + title).render(values)
    }
}
