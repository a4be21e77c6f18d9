import FilingModel

/// Licences, agreements, labour contracts and the power of attorney are valid on the filing date, with a
/// warning when one ends within the profile's warning window.
enum ValidityRule {
    /// A kind of dated document the rule knows.
    enum Document: String, CaseIterable {
        case businessLicence = "business-licence"
        case operationLicence = "operation-licence"
        case providerLicence = "provider-licence"
        case hostingAgreement = "hosting-agreement"
        case labourContract = "labour-contract"
        case powerOfAttorney = "power-of-attorney"
        case domainRegistration = "domain-registration"
        case existingCertificate = "existing-certificate"

        var name: LocalizedText {
            switch self {
            case .businessLicence: LocalizedText(zh: "营业执照", en: "business licence")
            case .operationLicence: LocalizedText(zh: "生产/经营许可证", en: "production / operation licence")
            case .providerLicence: LocalizedText(zh: "托管商增值电信业务经营许可证", en: "hosting provider's telecom licence")
            case .hostingAgreement: LocalizedText(zh: "服务器托管合同", en: "hosting agreement")
            case .labourContract: LocalizedText(zh: "劳动合同", en: "labour contract")
            case .powerOfAttorney: LocalizedText(zh: "授权委托书", en: "power of attorney")
            case .domainRegistration: LocalizedText(zh: "域名注册", en: "domain registration")
            case .existingCertificate: LocalizedText(zh: "互联网药品信息服务资格证书", en: "information-service certificate")
            }
        }
    }

    enum Problem: String, CaseIterable {
        case expired, expiring
        case notYetValid = "not-yet-valid"
    }

    static func definition(_ problem: Problem, _ document: Document) -> RuleDefinition {
        let name = document.name
        let id = "date.\(document.rawValue).\(problem.rawValue)"
        switch problem {
        case .expired:
            return RuleDefinition(id, .error, summary: LocalizedText(zh: "\(name.zh)在申报日已过期", en: "\(name.en) has expired by the filing date"),
                                  hint: LocalizedText(zh: "换发或续签后更新有效期和扫描件", en: "renew it, then update the dates and scans"))
        case .expiring:
            return RuleDefinition(id, .warning, summary: LocalizedText(zh: "\(name.zh)即将到期", en: "\(name.en) expires soon"),
                                  hint: LocalizedText(zh: "审查期间可能过期，建议提前续签", en: "it may lapse during review; renew it early"))
        case .notYetValid:
            return RuleDefinition(id, .error, summary: LocalizedText(zh: "\(name.zh)在申报日尚未生效", en: "\(name.en) is not yet valid on the filing date"),
                                  hint: LocalizedText(zh: "核对起始日期或调整申报日期", en: "check the start date or the filing date"))
        }
    }

    static let reversed = RuleDefinition(
        "date.range-reversed", .error,
        summary: LocalizedText(zh: "有效期的起始日期晚于截止日期", en: "a validity period starts after it ends"),
        hint: LocalizedText(zh: "交换或更正两个日期", en: "swap or correct the two dates"))

    /// Every definition the rule can emit (a registration date in the future is not a problem).
    static let all = Document.allCases.flatMap { document in
        Problem.allCases.filter { $0 != .notYetValid || document != .domainRegistration }.map { definition($0, document) }
    } + [reversed]

    /// One dated document in the dossier.
    struct Period {
        var document: Document
        /// Field path of the document; `valid_from` / `valid_until` (or the given names) hang below it.
        var path: String
        var fromKey = "valid_from"
        var untilKey = "valid_until"
        var from: LocalDate?
        var until: LocalDate?
        var items: [ItemKey]
    }

    static func periods(in dossier: Dossier) -> [Period] {
        let applicant = dossier.applicant
        var periods = [Period(document: .businessLicence, path: "applicant.business_licence", fromKey: "issued_on",
                              from: applicant.businessLicence.issuedOn, until: applicant.businessLicence.validUntil, items: [.bizLicense])]
        for (index, licence) in (applicant.operationLicences ?? []).enumerated() {
            periods.append(Period(document: .operationLicence, path: "applicant.operation_licences[\(index)]",
                                  until: licence.validUntil, items: [.bizLicense]))
        }
        if let hosting = dossier.hosting {
            periods.append(Period(document: .providerLicence, path: "hosting.provider_licence",
                                  until: hosting.providerLicence.validUntil, items: [.hosting, .domain]))
            periods.append(Period(document: .hostingAgreement, path: "hosting.agreement", from: hosting.agreement.validFrom,
                                  until: hosting.agreement.validUntil, items: [.hosting, .domain]))
        }
        let people = dossier.people
        var staff: [(String, Person, [ItemKey])] = [
            ("people.legal_representative", people.legalRepresentative, [.legalRepOrg, .principals, .staff]),
            ("people.website_head", people.websiteHead, [.staff]),
        ]
        staff += people.professionals.enumerated().map { ("people.professionals[\($0.offset)]", $0.element, [.staff]) }
        staff += (people.computerStaff ?? []).enumerated().map {
            ("people.computer_staff[\($0.offset)]", $0.element, [.computerStaff, .staff])
        }
        for (path, person, items) in staff {
            guard let contract = person.labourContract else { continue }
            periods.append(Period(document: .labourContract, path: "\(path).labour_contract", from: contract.validFrom,
                                  until: contract.validUntil, items: items))
        }
        if let agent = dossier.agent {
            periods.append(Period(document: .powerOfAttorney, path: "agent", from: agent.validFrom,
                                  until: agent.validUntil, items: [.poa]))
        }
        for (index, domain) in dossier.website.domains.enumerated() {
            periods.append(Period(document: .domainRegistration, path: "website.domains[\(index)]", fromKey: "registered_on",
                                  untilKey: "expires_on", from: domain.registeredOn, until: domain.expiresOn, items: [.domain]))
        }
        if let certificate = dossier.existingCertificate {
            // A certificate is valid five years from issue (Art. 17) when no end date is written.
            periods.append(Period(document: .existingCertificate, path: "existing_certificate", fromKey: "issued_on",
                                  from: certificate.issuedOn,
                                  until: certificate.validUntil ?? certificate.issuedOn?.adding(months: 60),
                                  items: [.existingCertificate]))
        }
        return periods
    }

    static func apply(to context: inout RuleContext) {
        let date = context.date
        for period in periods(in: context.dossier) {
            let untilPath = "\(period.path).\(period.untilKey)"
            if let from = period.from, let until = period.until, from > until {
                context.report(reversed, at: untilPath, items: period.items,
                               detail: .same("\(from) – \(until)"))
                continue
            }
            if let from = period.from, from > date, period.document != .domainRegistration {
                context.report(definition(.notYetValid, period.document), at: "\(period.path).\(period.fromKey)",
                               items: period.items, detail: .same("\(from)"))
            }
            guard let until = period.until else { continue }
            let daysLeft = date.days(until: until)
            if daysLeft < 0 {
                context.report(definition(.expired, period.document), at: untilPath, items: period.items,
                               detail: .same("\(until)"))
            } else if daysLeft <= context.settings.expiryWarningDays {
                context.report(definition(.expiring, period.document), at: untilPath, items: period.items,
                               detail: LocalizedText(zh: "\(until)（剩余 \(daysLeft) 天）", en: "\(until) (\(daysLeft) days left)"))
            }
        }
    }
}
