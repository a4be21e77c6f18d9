import FilingModel
import FilingRules
import Foundation

/// The values binder templates are rendered with (docs/binder-templates.md).
struct BinderValues {
    let dossier: Dossier
    let profile: Profile
    let report: CheckReport
    let date: LocalDate

    /// Values shared by every binder template.
    func base() throws -> [String: Any] {
        var values = try TemplateValues.plainValues(of: dossier)
        values["date"] = date.description
        values["commercial"] = dossier.category == .commercial
        values["non_commercial"] = dossier.category == .nonCommercial
        values["authority"] = authority
        values["publish_days"] = dossier.policies.publishWithinWorkingDays ?? 2
        values["profile"] = profileValues
        values["familiar_people"] = familiarPeople
        values["charged_columns"] = try columns { $0.charged == true }
        let loginColumns = try columns { $0.loginRequired == true }
        values["login_columns"] = loginColumns
        values["has_login_columns"] = !loginColumns.isEmpty
        if let agent = dossier.agent, var agentValues = values["agent"] as? [String: Any] {
            agentValues["power_list"] = powerList(agent)
            values["agent"] = agentValues
        }
        values["checklist"] = ChecklistRows(report: report, dossier: dossier).templateValues
        return TemplateValues.decorate(values)
    }

    /// Values for one item's templates: the base plus `item`.
    static func with(item: ProfileItem, position: Int, in base: [String: Any]) -> [String: Any] {
        var values = base
        values["item"] = TemplateValues.decorate(itemValues(item, position: position))
        return values
    }

    /// Values for the 「缺：…」 page of an item.
    static func with(missing item: ProfileItem, reasons: [String], in base: [String: Any]) -> [String: Any] {
        var values = base
        values["missing"] = TemplateValues.decorate([
            "number": item.number, "title": item.titleZh, "reasons": reasons,
        ])
        return values
    }

    /// The authority the letters are addressed to.
    private var authority: String {
        if let authority = dossier.filing.authority, !authority.isEmpty { return authority }
        if let province = dossier.filing.province, !province.isEmpty { return "\(province)药品监督管理局" }
        return "省级药品监督管理部门"
    }

    private var profileValues: [String: Any] {
        [
            "id": profile.id,
            "title": profile.title.zh,
            "binder_title": profile.binderTitle,
            "item_count": profile.items.count,
            "contents_items": profile.items.enumerated().filter { !$0.element.unnumbered }.map { offset, item in
                var values = Self.itemValues(item, position: offset + 1)
                values["applicable"] = report.items.first { $0.item == item }?.status != .notRequired
                return values
            },
            "items": profile.items.enumerated().map { offset, item in
                var values = Self.itemValues(item, position: offset + 1)
                let status = report.items.first { $0.item == item }?.status
                values["applicable"] = status != .notRequired
                return values
            },
        ]
    }

    static func itemValues(_ item: ProfileItem, position: Int) -> [String: Any] {
        [
            "number": item.number,
            "title": item.titleZh,
            "title_en": item.titleEn,
            "heading": BinderLayout.headingText(for: item),
            "copies": item.copies,
            "copies_label": BinderLayout.copiesLabel(item.copies),
            "stamped": item.stamped,
            "bookmark": BinderLayout.bookmark(forItemAt: position),
        ]
    }

    /// People with a 熟悉程度, each once, padded to the form's three rows.
    private var familiarPeople: [[String: Any]] {
        let people = dossier.people
        let everyone = [people.legalRepresentative, people.websiteHead] + people.professionals
            + (people.computerStaff ?? []) + (people.shareholders ?? [])
        var seen = Set<String>()
        var rows: [[String: Any]] = []
        for person in everyone {
            guard let familiarity = person.drugLawFamiliarity, seen.insert(person.name).inserted else { continue }
            let schoolAndMajor = [person.diploma?.school, person.diploma?.major].compactMap { $0 }.joined(separator: "／")
            rows.append([
                "name": person.name, "school_major": schoolAndMajor,
                "familiar": familiarity == .familiar, "general": familiarity == .general,
            ])
        }
        while rows.count < 3 {
            rows.append(["name": "", "school_major": "", "familiar": false, "general": false])
        }
        return rows
    }

    private func columns(where include: (Column) -> Bool) throws -> [Any] {
        try dossier.website.columns.filter(include).map { try TemplateValues.plainValues(of: $0) }
    }

    /// Every power on the form, in printed order, with √ when granted and × when not.
    private func powerList(_ agent: Agent) -> [[String: Any]] {
        AgentPower.allCases.map { power in
            let granted = agent.powers.contains(power)
            var row: [String: Any] = ["label": power.chineseLabel, "granted": granted, "mark": granted ? "√" : "×"]
            if power == .other, granted, let text = agent.otherPower { row["other_text"] = text }
            return row
        }
    }
}
