import FilingModel
import Foundation

/// What a rule sees: the dossier, the profile and the date, and where its findings go.
struct RuleContext {
    let located: LocatedDossier
    let profile: Profile
    let date: LocalDate
    private(set) var findings: [Finding] = []

    init(located: LocatedDossier, profile: Profile, date: LocalDate) {
        self.located = located
        self.profile = profile
        self.date = date
    }

    var dossier: Dossier { located.dossier }
    var settings: RuleSettings { profile.rules }

    /// Records a finding of `rule` on `path`, attributed to the first item of the profile whose key is
    /// in `keys`; `detail` follows the rule's summary.
    mutating func report(_ rule: RuleDefinition, at path: String, items keys: [ItemKey], detail: LocalizedText? = nil,
                         severity: Severity? = nil) {
        let profile = self.profile
        let item = keys.lazy.compactMap { profile.item(withKey: $0) }.first
        let message = detail.map { LocalizedText(zh: "\(rule.summary.zh)：\($0.zh)", en: "\(rule.summary.en): \($0.en)") }
            ?? rule.summary
        findings.append(Finding(
            ruleID: rule.id, severity: severity ?? rule.severity, itemNumber: item?.number, fieldPath: path,
            location: located.location(of: path), message: message, hint: rule.hint))
    }
}

extension LocalizedText {
    /// The same text in both languages (values such as names and numbers).
    static func same(_ text: String) -> LocalizedText { LocalizedText(zh: text, en: text) }
}
