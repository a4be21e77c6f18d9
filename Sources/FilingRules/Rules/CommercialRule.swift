import FilingModel
import Foundation

/// 经营性 ⇔ charged columns described with their charging method (Art. 13(三)).
enum CommercialRule {
    static let noChargedColumns = RuleDefinition(
        "commercial.charged-columns.missing", .error,
        summary: LocalizedText(zh: "经营性申请须说明收费栏目", en: "a commercial application must describe its charged columns"),
        hint: LocalizedText(zh: "为收费栏目设置 charged: true 并说明收费方式", en: "mark charged columns with charged: true and describe the charging"))
    static let noChargingMethod = RuleDefinition(
        "commercial.charging-method.missing", .error,
        summary: LocalizedText(zh: "收费栏目缺少收费方式说明", en: "a charged column has no charging method"),
        hint: LocalizedText(zh: "填写该栏目的 charging_method 或 website.charging_method", en: "fill in the column's charging_method or website.charging_method"))
    static let chargedButNonCommercial = RuleDefinition(
        "commercial.non-commercial-charges", .error,
        summary: LocalizedText(zh: "非经营性申请不得设置收费栏目", en: "a non-commercial application cannot have charged columns"),
        hint: LocalizedText(zh: "改为经营性申请，或取消收费", en: "apply as commercial, or make the column free"))

    static let all = [noChargedColumns, noChargingMethod, chargedButNonCommercial]

    static func apply(to context: inout RuleContext) {
        let website = context.dossier.website
        let charged = website.columns.enumerated().filter { $0.element.charged == true }
        switch context.dossier.category {
        case .commercial:
            if charged.isEmpty {
                context.report(noChargedColumns, at: "website.columns", items: [.columns])
            }
            let siteMethod = !(website.chargingMethod ?? "").trimmingCharacters(in: .whitespaces).isEmpty
            for (index, column) in charged
            where !siteMethod && (column.chargingMethod ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
                context.report(noChargingMethod, at: "website.columns[\(index)]", items: [.columns], detail: .same(column.name))
            }
        case .nonCommercial:
            for (index, column) in charged {
                context.report(chargedButNonCommercial, at: "website.columns[\(index)].charged", items: [.columns],
                               detail: .same(column.name))
            }
        }
    }
}
