import FilingModel

/// The company has adopted every policy the profile's list requires (`rules.required_policies`, e.g. the
/// ten Guangdong policies of seed 004 §G item 8).
enum DevicePoliciesRule {
    static let missing = RuleDefinition(
        "device.policies.missing", .error,
        summary: LocalizedText(zh: "缺少清单要求的管理制度", en: "policies the list requires are missing"),
        hint: LocalizedText(zh: "制定这些制度并在 device.policies 中列出其名称", en: "adopt these policies and list their titles under device.policies"))

    static let all = [missing]

    static func apply(to context: inout RuleContext) {
        guard let device = context.dossier.device, !context.settings.requiredPolicies.isEmpty else { return }
        let adopted = Set((device.policies ?? []).map(key))
        let absent = context.settings.requiredPolicies.filter { !adopted.contains(key($0)) }
        guard !absent.isEmpty else { return }
        context.report(missing, at: "device.policies", items: [.devicePolicies],
                       detail: .same(absent.joined(separator: "、")))
    }

    /// Titles match when they differ only in whitespace or full-/half-width forms (（） vs ()).
    static func key(_ title: String) -> String {
        IdentifierChecks.normalized(title).filter { !$0.isWhitespace }
    }
}
