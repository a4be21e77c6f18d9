import FilingModel

/// Checks a dossier against one profile: every rule, then each item's status from its findings.
public struct Checker: Sendable {
    public var profile: Profile

    public init(profile: Profile) {
        self.profile = profile
    }

    /// Every rule definition the checker can emit, for report tool metadata (SARIF `rules`).
    public static let ruleDefinitions: [RuleDefinition] =
        PresenceRule.all + StaffingRule.all + IdentifierRule.all + ValidityRule.all + CertificateHeldRule.all
            + ConsistencyRule.all + CommercialRule.all + AgentRule.all + WebsiteNameRule.all + TextRule.all
            + DevicePremisesRule.all + DeviceStorageRule.all + DeviceStaffRule.all + DevicePoliciesRule.all

    /// The date validity is checked against: `override` (`--date`), else the dossier's filing date, else today.
    public static func checkDate(override: LocalDate?, dossier: Dossier) -> LocalDate {
        override ?? dossier.filing.date ?? LocalDate.today()
    }

    /// Runs every rule; reads nothing but the attachments' file status.
    public func check(_ located: LocatedDossier, on date: LocalDate) -> CheckReport {
        var context = RuleContext(located: located, profile: profile, date: date)
        PresenceRule.apply(to: &context)
        StaffingRule.apply(to: &context)
        IdentifierRule.apply(to: &context)
        ValidityRule.apply(to: &context)
        CertificateHeldRule.apply(to: &context)
        ConsistencyRule.apply(to: &context)
        CommercialRule.apply(to: &context)
        AgentRule.apply(to: &context)
        WebsiteNameRule.apply(to: &context)
        TextRule.apply(to: &context)
        DevicePremisesRule.apply(to: &context)
        DeviceStorageRule.apply(to: &context)
        DeviceStaffRule.apply(to: &context)
        DevicePoliciesRule.apply(to: &context)

        let order = Dictionary(profile.items.enumerated().map { ($0.element.number, $0.offset) }) { first, _ in first }
        let findings = context.findings.enumerated().sorted { lhs, rhs in
            let left = lhs.element.itemNumber.flatMap { order[$0] } ?? Int.max
            let right = rhs.element.itemNumber.flatMap { order[$0] } ?? Int.max
            return (left, lhs.element.severity, lhs.offset) < (right, rhs.element.severity, rhs.offset)
        }.map(\.element)
        let items = profile.items.map { item in
            ItemResult(item: item, status: status(of: item, dossier: located.dossier, findings: findings))
        }
        return CheckReport(profileID: profile.id, profileTitle: profile.title, dossierFile: located.fileURL.relativePath,
                           date: date, items: items, findings: findings)
    }

    private func status(of item: ProfileItem, dossier: Dossier, findings: [Finding]) -> ItemStatus {
        guard item.isRequired(for: dossier) else { return .notRequired }
        let own = findings.filter { $0.itemNumber == item.number }
        if own.contains(where: { $0.severity == .error }) { return .missing }
        if own.contains(where: { $0.ruleID.hasSuffix(".expiring") }) { return .expiring }
        return .ready
    }
}
