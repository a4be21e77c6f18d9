import FilingModel
import Yams

/// Reads one profile file's YAML into a `Profile`, rejecting unknown keys, condition names and
/// evidence paths, and duplicate item numbers, with the line of the mistake.
struct ProfileParser {
    let file: String

    func parse(_ text: String, id: String) throws(ProfileError) -> Profile {
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                throw ProfileError(file: file, message: LocalizedText(zh: "文件为空", en: "the file is empty"))
            }
            root = composed
        } catch let error as ProfileError {
            throw error
        } catch let error as YamlError {
            let (problem, mark) = Self.describe(error)
            throw ProfileError(file: file, line: mark?.line, column: mark?.column,
                               message: LocalizedText(zh: "YAML 语法错误: \(problem)", en: "YAML syntax error: \(problem)"))
        } catch {
            throw ProfileError(file: file, message: LocalizedText(zh: "无法读取: \(error)", en: "cannot read: \(error)"))
        }
        let fields = try YAMLFields(root, file: file, path: "")
        try fields.rejectUnknownKeys([
            "id", "title", "binder_title", "legal_basis", "regime", "status", "effective", "numbering", "items",
            "rules", "notes",
        ])
        let declaredID = try fields.string("id")
        guard declaredID == id else {
            throw YAMLFields.error(file, fields.value("id"), "id",
                                   zh: "id \(declaredID) 与文件名 \(id) 不一致",
                                   en: "id \(declaredID) does not match the file name \(id)")
        }
        let effective = try fields.mapping("effective")
        try effective?.rejectUnknownKeys(["from", "until"])
        let items = try parseItems(fields.sequence("items"))
        if items.isEmpty {
            throw YAMLFields.error(file, fields.node, "items", zh: "至少需要一项材料", en: "at least one item is needed")
        }
        return Profile(
            id: id,
            title: try localized(fields.mapping("title"), key: "title", in: fields),
            binderTitle: try fields.string("binder_title"),
            legalBasis: try fields.sequence("legal_basis").enumerated().map { index, node throws(ProfileError) in
                let basis = try YAMLFields(node, file: file, path: "legal_basis[\(index)]")
                try basis.rejectUnknownKeys(["regulation", "article", "source"])
                return LegalBasis(regulation: try basis.string("regulation"), article: try basis.optionalString("article"),
                                  source: try basis.optionalString("source"))
            },
            regime: try fields.enumeration("regime", as: Regime.self),
            status: try fields.enumeration("status", as: Status.self),
            effectiveFrom: try effective?.date("from"),
            effectiveUntil: try effective?.date("until"),
            numbering: try fields.enumeration("numbering", as: NumberingStyle.self),
            items: items,
            rules: try parseRules(fields.mapping("rules")),
            notes: try fields.sequence("notes").enumerated().map { index, node throws(ProfileError) in
                guard let text = node.string else {
                    throw YAMLFields.error(file, node, "notes[\(index)]", zh: "应为文字", en: "expected text")
                }
                return text
            },
            file: file)
    }

    /// The problem text and position of a Yams error, without the echoed document.
    private static func describe(_ error: YamlError) -> (String, Mark?) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            (problem, mark)
        case .duplicatedKeysInMapping(let duplicates, let context):
            ("duplicate keys \(duplicates.joined(separator: ", "))", context.mark)
        default:
            ("\(error)", nil)
        }
    }

    private func localized(_ fields: YAMLFields?, key: String, in parent: YAMLFields) throws(ProfileError)
        -> LocalizedText
    {
        guard let fields else {
            throw YAMLFields.error(file, parent.node, key, zh: "缺少 \(key)（zh 与 en）", en: "missing \(key) (zh and en)")
        }
        try fields.rejectUnknownKeys(["zh", "en"])
        return LocalizedText(zh: try fields.string("zh"), en: try fields.string("en"))
    }

    private func parseItems(_ nodes: [Node]) throws(ProfileError) -> [ProfileItem] {
        var items: [ProfileItem] = []
        for (index, node) in nodes.enumerated() {
            let fields = try YAMLFields(node, file: file, path: "items[\(index)]")
            try fields.rejectUnknownKeys([
                "number", "key", "title_zh", "title_en", "copies", "stamped", "source", "when", "evidence",
                "unconfirmed", "unnumbered",
            ])
            let number = try fields.string("number")
            if items.contains(where: { $0.number == number }) {
                throw YAMLFields.error(file, fields.value("number"), fields.join("number"),
                                       zh: "材料编号 \(number) 重复", en: "duplicate item number \(number)")
            }
            items.append(ProfileItem(
                number: number,
                key: try fields.enumeration("key", as: ItemKey.self),
                titleZh: try fields.string("title_zh"),
                titleEn: try fields.string("title_en"),
                copies: try fields.int("copies", default: 1) ?? 1,
                stamped: try fields.bool("stamped", default: true),
                source: try fields.enumeration("source", as: ItemSource.self),
                conditions: try conditions(fields, "when"),
                evidence: try parseEvidence(fields.sequence("evidence"), path: fields.join("evidence")),
                unconfirmed: try fields.bool("unconfirmed", default: false),
                unnumbered: try fields.bool("unnumbered", default: false)))
        }
        return items
    }

    /// An evidence entry is a bare path, or a mapping with `path` (or `any_of`), `when` and `unless`.
    private func parseEvidence(_ nodes: [Node], path: String) throws(ProfileError) -> [EvidenceRequirement] {
        var evidence: [EvidenceRequirement] = []
        for (index, node) in nodes.enumerated() {
            let entryPath = "\(path)[\(index)]"
            let requirement: EvidenceRequirement
            if case .scalar(let scalar) = node {
                requirement = EvidenceRequirement(paths: [scalar.string], conditions: [], exceptions: [])
            } else {
                let fields = try YAMLFields(node, file: file, path: entryPath)
                try fields.rejectUnknownKeys(["path", "any_of", "when", "unless"])
                var paths = try fields.sequence("any_of").map { $0.string ?? "" }
                if let single = try fields.optionalString("path") { paths.append(single) }
                guard !paths.isEmpty, fields.value("path") == nil || fields.value("any_of") == nil else {
                    throw YAMLFields.error(file, node, entryPath, zh: "需要 path 或 any_of 之一",
                                           en: "needs exactly one of path or any_of")
                }
                requirement = EvidenceRequirement(paths: paths, conditions: try conditions(fields, "when"),
                                                  exceptions: try conditions(fields, "unless"))
            }
            for path in requirement.paths where !EvidenceCatalog.isKnown(path) {
                throw YAMLFields.error(file, node, entryPath,
                                       zh: "未知的证明字段路径 \(path)（见 docs/profiles.md 的路径表）",
                                       en: "unknown evidence path \(path) (see the path table in docs/profiles.md)")
            }
            evidence.append(requirement)
        }
        return evidence
    }

    private func conditions(_ fields: YAMLFields, _ key: String) throws(ProfileError) -> [Condition] {
        try fields.sequence(key).enumerated().map { index, node throws(ProfileError) in
            try YAMLFields.enumeration(node.string ?? "", node: node, file: file, path: fields.join("\(key)[\(index)]"),
                                       as: Condition.self)
        }
    }

    private func parseRules(_ fields: YAMLFields?) throws(ProfileError) -> RuleSettings {
        var settings = RuleSettings()
        guard let fields else { return settings }
        try fields.rejectUnknownKeys([
            "min_professionals", "professional_disciplines", "min_diploma", "qualification_counts",
            "min_computer_staff", "min_drug_law_familiar", "min_months_certificate_held", "expiry_warning_days",
        ])
        settings.minProfessionals = try fields.int("min_professionals", default: settings.minProfessionals) ?? 0
        let disciplines = try fields.sequence("professional_disciplines")
        if !disciplines.isEmpty {
            settings.professionalDisciplines = try disciplines.enumerated().map { index, node throws(ProfileError) in
                try YAMLFields.enumeration(node.string ?? "", node: node, file: file,
                                           path: fields.join("professional_disciplines[\(index)]"), as: Discipline.self)
            }
        }
        settings.minDiploma = try fields.enumeration("min_diploma", as: DiplomaLevel.self, default: settings.minDiploma)
        settings.qualificationCounts = try fields.bool("qualification_counts", default: settings.qualificationCounts)
        settings.minComputerStaff = try fields.int("min_computer_staff", default: 0) ?? 0
        settings.minDrugLawFamiliar = try fields.int("min_drug_law_familiar", default: 0) ?? 0
        settings.minMonthsCertificateHeld = try fields.int("min_months_certificate_held", default: nil)
        settings.expiryWarningDays = try fields.int("expiry_warning_days", default: 90) ?? 90
        return settings
    }
}
