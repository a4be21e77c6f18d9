import FilingModel

/// The power of attorney grants at least one power, and a granted 其他 power says what it is (B2, R12).
enum AgentRule {
    static let noPowers = RuleDefinition(
        "agent.powers.empty", .error,
        summary: LocalizedText(zh: "授权委托书未授予任何权限", en: "the power of attorney grants no powers"),
        hint: LocalizedText(zh: "在 agent.powers 中列出授予的权限，其余将打“×”", en: "list the granted powers under agent.powers; the rest are crossed"))
    static let otherPowerText = RuleDefinition(
        "agent.other-power.text-missing", .error,
        summary: LocalizedText(zh: "授予了“其他权利”但未写明内容", en: "the “other” power is granted without saying what it is"),
        hint: LocalizedText(zh: "填写 agent.other_power", en: "fill in agent.other_power"))
    static let agentIsLegalRepresentative = RuleDefinition(
        "agent.is-legal-representative", .info,
        summary: LocalizedText(zh: "被委托人即法定代表人，无需授权委托书", en: "the agent is the legal representative; no power of attorney is needed"),
        hint: LocalizedText(zh: "法定代表人本人办理时可删除 agent", en: "remove agent when the legal representative submits in person"))

    static let all = [noPowers, otherPowerText, agentIsLegalRepresentative]

    static func apply(to context: inout RuleContext) {
        guard let agent = context.dossier.agent else { return }
        if agent.powers.isEmpty {
            context.report(noPowers, at: "agent.powers", items: [.poa])
        }
        if agent.powers.contains(.other), (agent.otherPower ?? "").allSatisfy(\.isWhitespace) {
            context.report(otherPowerText, at: "agent.other_power", items: [.poa])
        }
        if ConsistencyRule.same(agent.name, context.dossier.applicant.legalRepresentative) {
            context.report(agentIsLegalRepresentative, at: "agent.name", items: [.poa], detail: .same(agent.name))
        }
    }
}
