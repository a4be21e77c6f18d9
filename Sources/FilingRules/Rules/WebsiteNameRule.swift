import FilingModel

/// Website naming restrictions of Art. 13: no 中国/中华/全国 prefix unless it is the sponsor's own name, and
/// no 电子商务/药品招商/药品招标 without the corresponding qualification (which the dossier cannot show).
enum WebsiteNameRule {
    static let nationalPrefix = RuleDefinition(
        "website.name.national-prefix", .error,
        summary: LocalizedText(zh: "网站名称不得以“中国”“中华”“全国”冠名（与单位名称相同者除外）",
                               en: "the site name may not start with 中国/中华/全国 unless it is the applicant's name"),
        hint: LocalizedText(zh: "更改网站名称", en: "rename the website"))
    static let restrictedWords = RuleDefinition(
        "website.name.restricted-words", .warning,
        summary: LocalizedText(zh: "网站名称含“电子商务”“药品招商”或“药品招标”，需具备相应资格",
                               en: "the site name contains 电子商务/药品招商/药品招标, which needs a matching qualification"),
        hint: LocalizedText(zh: "确认已取得药品招标代理机构资格证书，否则更改名称",
                            en: "confirm the tendering-agency qualification, or rename the website"))

    static let all = [nationalPrefix, restrictedWords]

    static func apply(to context: inout RuleContext) {
        let name = context.dossier.website.name
        let applicant = context.dossier.applicant.name
        if ["中国", "中华", "全国"].contains(where: { name.hasPrefix($0) }), !ConsistencyRule.same(name, applicant) {
            context.report(nationalPrefix, at: "website.name", items: [.form, .columns], detail: .same(name))
        }
        if ["电子商务", "药品招商", "药品招标"].contains(where: { name.contains($0) }) {
            context.report(restrictedWords, at: "website.name", items: [.form, .columns], detail: .same(name))
        }
    }
}
