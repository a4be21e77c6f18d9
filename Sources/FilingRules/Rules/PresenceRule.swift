import FilingModel

/// Every required item's evidence is present: data for generated items, files for supplied ones, and
/// each file exists inside the dossier folder and is not empty.
enum PresenceRule {
    static let missing = RuleDefinition(
        "evidence.missing", .error,
        summary: LocalizedText(zh: "缺少材料所需的内容或扫描件", en: "evidence the item needs is missing"),
        hint: LocalizedText(zh: "在档案文件中填写该字段，或添加扫描件路径", en: "fill in the field or add the scan's path in the dossier"))
    static let fileMissing = RuleDefinition(
        "evidence.file-missing", .error,
        summary: LocalizedText(zh: "附件文件不存在", en: "attachment file not found"),
        hint: LocalizedText(zh: "检查路径（相对于档案文件所在目录）", en: "check the path, relative to the dossier's folder"))
    static let fileEmpty = RuleDefinition(
        "evidence.file-empty", .error,
        summary: LocalizedText(zh: "附件文件为空", en: "attachment file is empty"),
        hint: LocalizedText(zh: "重新扫描或导出该文件", en: "scan or export the file again"))
    static let fileOutside = RuleDefinition(
        "evidence.file-outside-dossier", .error,
        summary: LocalizedText(zh: "附件路径指向档案目录之外", en: "attachment path leaves the dossier folder"),
        hint: LocalizedText(zh: "把文件复制到档案目录内，并使用相对路径", en: "copy the file into the dossier folder and use a relative path"))
    static let unconfirmed = RuleDefinition(
        "profile.item.unconfirmed", .info,
        summary: LocalizedText(zh: "该材料要求尚未得到官方清单确认", en: "this requirement is not confirmed by an official list"),
        hint: LocalizedText(zh: "提交前向受理部门核实", en: "confirm with the receiving authority before filing"))

    static let all = [missing, fileMissing, fileEmpty, fileOutside, unconfirmed]

    static func apply(to context: inout RuleContext) {
        let dossier = context.dossier
        let base = context.located.baseDirectory.path
        for item in context.profile.items where item.isRequired(for: dossier) {
            if item.unconfirmed {
                context.report(unconfirmed, at: "", items: [item.key],
                               detail: .same("\(item.number) \(item.titleZh)"))
            }
            var checked = Set<String>()
            for requirement in item.evidence
            where requirement.conditions.allSatisfy({ $0.holds(for: dossier) })
                && !requirement.exceptions.contains(where: { $0.holds(for: dossier) }) {
                // Several requirements can resolve to the same absent list; report it once per item.
                for hit in chosenHits(requirement, in: dossier) where checked.insert(hit.path).inserted {
                    check(hit, item: item, base: base, context: &context)
                }
            }
        }
    }

    /// The hits to check: for `any_of`, per element the first present alternative (or the first
    /// alternative, to report it missing); over different lists, the first alternative present throughout.
    static func chosenHits(_ requirement: EvidenceRequirement, in dossier: Dossier) -> [EvidenceHit] {
        let resolved = requirement.paths.map { EvidenceCatalog.resolve($0, in: dossier) }
        guard let first = resolved.first, resolved.count > 1 else { return resolved.first ?? [] }
        if resolved.allSatisfy({ $0.count == first.count }) {
            return first.indices.map { index in
                resolved.map { $0[index] }.first(where: isPresent) ?? first[index]
            }
        }
        return resolved.first { $0.allSatisfy(isPresent) } ?? first
    }

    private static func isPresent(_ hit: EvidenceHit) -> Bool {
        switch hit.value {
        case .data(let present): present
        case .files(let files): !files.isEmpty
        }
    }

    private static func check(_ hit: EvidenceHit, item: ProfileItem, base: String, context: inout RuleContext) {
        switch hit.value {
        case .data(let present):
            if !present { context.report(missing, at: hit.path, items: [item.key], detail: .same(hit.path)) }
        case .files(let attachments):
            if attachments.isEmpty {
                context.report(missing, at: hit.path, items: [item.key], detail: .same(hit.path))
            }
            for (index, attachment) in attachments.enumerated() {
                guard let problem = AttachmentInspector.problem(with: attachment.file, in: base) else { continue }
                let rule = switch problem {
                case .outsideDossier: fileOutside
                case .notFound: fileMissing
                case .empty: fileEmpty
                }
                context.report(rule, at: "\(hit.path)[\(index)]", items: [item.key], detail: .same(attachment.file))
            }
        }
    }
}
