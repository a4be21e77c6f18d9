import FilingModel

/// Every required item's evidence is present: data for generated items, files for supplied ones, and each
/// file lies inside the dossier folder (symbolic links resolved), is not empty, not too large and is what its
/// extension says.
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
    static let fileTooLarge = RuleDefinition(
        "evidence.file-too-large", .error,
        summary: LocalizedText(zh: "附件文件过大", en: "attachment file is too large"),
        hint: LocalizedText(zh: "每个附件不超过 20 MB：降低扫描分辨率或压缩后再导出",
                            en: "each attachment may be at most 20 MB: scan at a lower resolution or compress it"))
    static let fileMislabelled = RuleDefinition(
        "evidence.file-mislabelled", .error,
        summary: LocalizedText(zh: "附件内容与扩展名不符", en: "attachment content does not match its extension"),
        hint: LocalizedText(zh: "用正确的扩展名命名文件，或重新导出为 PNG、JPEG 或 PDF",
                            en: "give the file its proper extension, or export it again as PNG, JPEG or PDF"))
    static let totalTooLarge = RuleDefinition(
        "evidence.total-too-large", .error,
        summary: LocalizedText(zh: "附件总大小超过限制", en: "attachments are too large in total"),
        hint: LocalizedText(zh: "所有附件合计不超过 200 MB：压缩扫描件", en: "all attachments together may be at most 200 MB: compress the scans"))
    static let unconfirmed = RuleDefinition(
        "profile.item.unconfirmed", .info,
        summary: LocalizedText(zh: "该材料要求尚未得到官方清单确认", en: "this requirement is not confirmed by an official list"),
        hint: LocalizedText(zh: "提交前向受理部门核实", en: "confirm with the receiving authority before filing"))

    static let all = [missing, fileMissing, fileEmpty, fileOutside, fileTooLarge, fileMislabelled, totalTooLarge, unconfirmed]

    static func apply(to context: inout RuleContext) {
        let dossier = context.dossier
        let base = context.located.baseDirectory.path
        var sizes: [String: Int] = [:]
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
                    check(hit, item: item, base: base, sizes: &sizes, context: &context)
                }
            }
        }
        let total = sizes.values.reduce(0, +)
        if total > AttachmentInspector.totalSizeLimit {
            context.report(totalTooLarge, at: "", items: [], detail: .same(megabytes(total)))
        }
    }

    /// `23.4 MB` (binary megabytes, as file managers show them).
    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        return "\(tenths / 10).\(tenths % 10) MB"
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

    private static func check(_ hit: EvidenceHit, item: ProfileItem, base: String, sizes: inout [String: Int],
                              context: inout RuleContext) {
        switch hit.value {
        case .data(let present):
            if !present { context.report(missing, at: hit.path, items: [item.key], detail: .same(hit.path)) }
        case .files(let attachments):
            if attachments.isEmpty {
                context.report(missing, at: hit.path, items: [item.key], detail: .same(hit.path))
            }
            for (index, attachment) in attachments.enumerated() {
                let problem: AttachmentProblem
                switch AttachmentInspector.inspect(attachment.file, declaredKind: attachment.declaredKind, in: base) {
                case .success(let size):
                    sizes[attachment.file] = size
                    continue
                case .failure(let found): problem = found
                }
                let (rule, detail): (RuleDefinition, LocalizedText) = switch problem {
                case .outsideDossier: (fileOutside, .same(attachment.file))
                case .notFound: (fileMissing, .same(attachment.file))
                case .empty: (fileEmpty, .same(attachment.file))
                case .tooLarge(let size): (fileTooLarge, .same("\(attachment.file) (\(megabytes(size)))"))
                case .totalTooLarge: (totalTooLarge, .same(attachment.file))
                case .mislabelled(let actual):
                    (fileMislabelled, LocalizedText(zh: "\(attachment.file)（实际内容：\(actual)）",
                                                    en: "\(attachment.file) (content: \(actual))"))
                }
                // A PNG named .jpg (common from phones) still embeds: worth fixing, not worth stopping the build.
                let imageForImage = if case .mislabelled(let actual) = problem, ["PNG", "JPEG"].contains(actual),
                    [.png, .jpeg].contains(attachment.declaredKind) { true } else { false }
                context.report(rule, at: "\(hit.path)[\(index)]", items: [item.key], detail: detail,
                               severity: imageForImage ? .warning : nil)
            }
        }
    }
}
