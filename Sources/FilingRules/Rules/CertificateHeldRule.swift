import FilingModel

/// The trading-service profile's prerequisite: an information-service certificate held for at least the
/// profile's number of months on the filing date (Beijing 38-4-01: 已期满三个月).
enum CertificateHeldRule {
    static let missing = RuleDefinition(
        "existing-certificate.missing", .error,
        summary: LocalizedText(zh: "需要已取得的《互联网药品信息服务资格证书》", en: "an existing information-service certificate is required"),
        hint: LocalizedText(zh: "在 existing_certificate 中填写证书编号、单位名称和发证日期",
                            en: "fill in existing_certificate with number, unit name and issue date"))
    static let issueDateMissing = RuleDefinition(
        "existing-certificate.issue-date-missing", .error,
        summary: LocalizedText(zh: "缺少资格证书的发证日期", en: "the certificate's issue date is missing"),
        hint: LocalizedText(zh: "填写 existing_certificate.issued_on", en: "fill in existing_certificate.issued_on"))
    static let heldTooShort = RuleDefinition(
        "existing-certificate.held-too-short", .error,
        summary: LocalizedText(zh: "资格证书取得未满规定月数", en: "the certificate has not been held long enough"),
        hint: LocalizedText(zh: "待期满后再申报", en: "file once the period has passed"))

    static let all = [missing, issueDateMissing, heldTooShort]

    static func apply(to context: inout RuleContext) {
        guard let months = context.settings.minMonthsCertificateHeld else { return }
        guard let certificate = context.dossier.existingCertificate else {
            context.report(missing, at: "existing_certificate", items: [.existingCertificate])
            return
        }
        guard let issued = certificate.issuedOn else {
            context.report(issueDateMissing, at: "existing_certificate.issued_on", items: [.existingCertificate])
            return
        }
        let earliest = issued.adding(months: months)
        if context.date < earliest {
            context.report(heldTooShort, at: "existing_certificate.issued_on", items: [.existingCertificate],
                           detail: LocalizedText(zh: "发证 \(issued)，满 \(months) 个月为 \(earliest)",
                                                 en: "issued \(issued), \(months) months on \(earliest)"))
        }
    }
}
