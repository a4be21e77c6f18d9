import FilingModel
import Foundation

/// The unit name, legal representative and credit code agree everywhere they appear, and the website's
/// domains are the registered and hosted ones.
enum ConsistencyRule {
    static let unitName = RuleDefinition(
        "consistency.unit-name", .error,
        summary: LocalizedText(zh: "单位名称与申请单位名称不一致", en: "unit name differs from the applicant's name"),
        hint: LocalizedText(zh: "所有文件中的单位名称须与营业执照完全一致", en: "every document must carry the name exactly as on the business licence"))
    static let legalRepresentative = RuleDefinition(
        "consistency.legal-representative", .error,
        summary: LocalizedText(zh: "法定代表人与申请单位填写的不一致", en: "legal representative differs from the applicant's"),
        hint: LocalizedText(zh: "以营业执照上的法定代表人为准", en: "use the legal representative printed on the business licence"))
    static let creditCode = RuleDefinition(
        "consistency.credit-code", .error,
        summary: LocalizedText(zh: "统一社会信用代码与营业执照不一致", en: "credit code differs from the business licence"),
        hint: LocalizedText(zh: "以营业执照为准", en: "use the code printed on the business licence"))
    static let organizationCode = RuleDefinition(
        "consistency.organization-code", .warning,
        summary: LocalizedText(zh: "组织机构代码与统一社会信用代码第 9–17 位不一致",
                               en: "organisation code differs from positions 9–17 of the credit code"),
        hint: LocalizedText(zh: "三证合一后组织机构代码即信用代码第 9–17 位", en: "after the licence merger the organisation code is part of the credit code"))
    static let domainNotHosted = RuleDefinition(
        "consistency.domain.not-hosted", .error,
        summary: LocalizedText(zh: "网站域名未列入服务器托管合同", en: "website domain is not covered by the hosting agreement"),
        hint: LocalizedText(zh: "在 hosting.domains 中列出该域名，或补充托管协议", en: "list the domain under hosting.domains, or amend the agreement"))
    static let hostedUnregistered = RuleDefinition(
        "consistency.domain.hosted-unregistered", .error,
        summary: LocalizedText(zh: "托管合同中的域名不是网站的注册域名", en: "hosted domain is not one of the website's registered domains"),
        hint: LocalizedText(zh: "在 website.domains 中补充该域名及其注册证书", en: "add the domain and its certificate under website.domains"))
    static let serverDomain = RuleDefinition(
        "consistency.server-domain", .error,
        summary: LocalizedText(zh: "服务器域名不属于网站的注册域名", en: "server domain is not under a registered domain"),
        hint: LocalizedText(zh: "服务器域名须为注册域名或其子域名", en: "use a registered domain or one of its subdomains"))
    static let homepageDomain = RuleDefinition(
        "consistency.homepage-domain", .warning,
        summary: LocalizedText(zh: "网站首页地址不在注册域名下", en: "home page address is not under a registered domain"),
        hint: LocalizedText(zh: "核对 website.homepage", en: "check website.homepage"))
    static let certificateCategory = RuleDefinition(
        "consistency.certificate-category", .warning,
        summary: LocalizedText(zh: "资格证书编号中的类别与申请类别不一致", en: "the category in the certificate number differs from the application's"),
        hint: LocalizedText(zh: "核对申请类别（经营性/非经营性）", en: "check the category (commercial / non-commercial)"))

    static let all = [
        unitName, legalRepresentative, creditCode, organizationCode, domainNotHosted, hostedUnregistered, serverDomain,
        homepageDomain, certificateCategory,
    ]

    static func apply(to context: inout RuleContext) {
        let dossier = context.dossier
        let applicant = dossier.applicant
        var names: [(String, String?, [ItemKey])] = [
            ("applicant.business_licence.unit_name", applicant.businessLicence.unitName, [.bizLicense]),
            ("hosting.agreement.party", dossier.hosting?.agreement.party, [.hosting, .domain]),
            ("existing_certificate.unit_name", dossier.existingCertificate?.unitName, [.existingCertificate]),
        ]
        names += dossier.website.domains.enumerated().map {
            ("website.domains[\($0.offset)].registrant", $0.element.registrant, [.domain])
        }
        for (path, name, items) in names {
            guard let name, !same(name, applicant.name) else { continue }
            context.report(unitName, at: path, items: items,
                           detail: LocalizedText(zh: "“\(name)” ≠ “\(applicant.name)”", en: "“\(name)” ≠ “\(applicant.name)”"))
        }
        let representatives: [(String, String, [ItemKey])] = [
            ("applicant.business_licence.legal_representative", applicant.businessLicence.legalRepresentative, [.bizLicense]),
            ("people.legal_representative.name", dossier.people.legalRepresentative.name, [.legalRepOrg, .principals, .staff]),
        ]
        for (path, name, items) in representatives where !same(name, applicant.legalRepresentative) {
            context.report(legalRepresentative, at: path, items: items,
                           detail: .same("\(name) ≠ \(applicant.legalRepresentative)"))
        }
        if !same(applicant.creditCode, applicant.businessLicence.creditCode) {
            context.report(creditCode, at: "applicant.credit_code", items: [.bizLicense, .form],
                           detail: .same("\(applicant.creditCode) ≠ \(applicant.businessLicence.creditCode)"))
        }
        if let code = applicant.organizationCode, !code.isEmpty,
           let embedded = IdentifierChecks.embeddedOrganizationCode(inCreditCode: applicant.creditCode),
           !same(code.filter { $0 != "-" }, embedded.filter { $0 != "-" }) {
            context.report(organizationCode, at: "applicant.organization_code", items: [.bizLicense],
                           detail: .same("\(code) ≠ \(embedded)"))
        }
        checkDomains(dossier, &context)
        if let number = dossier.existingCertificate?.number, let parsed = RegistrationNumbers.certificate(number),
           parsed.commercial != (dossier.category == .commercial) {
            context.report(certificateCategory, at: "existing_certificate.number", items: [.existingCertificate],
                           detail: .same(number))
        }
    }

    private static func checkDomains(_ dossier: Dossier, _ context: inout RuleContext) {
        let registered = dossier.website.domains.map { domainKey($0.name) }
        func isRegistered(_ name: String) -> Bool {
            let key = domainKey(name)
            return registered.contains { key == $0 || key.hasSuffix("." + $0) }
        }
        var servers = [("website.main_server.domain", dossier.website.mainServer.domain)]
        servers += (dossier.website.otherServers ?? []).enumerated().map { ("website.other_servers[\($0.offset)].domain", $0.element.domain) }
        for (path, name) in servers where !isRegistered(name) {
            context.report(serverDomain, at: path, items: [.form, .domain], detail: .same(name))
        }
        if let homepage = dossier.website.homepage, let host = host(of: homepage), !isRegistered(host) {
            context.report(homepageDomain, at: "website.homepage", items: [.form, .domain], detail: .same(homepage))
        }
        guard let hosted = dossier.hosting?.domains else { return }
        let hostedKeys = hosted.map(domainKey)
        for (index, domain) in dossier.website.domains.enumerated() where !hostedKeys.contains(domainKey(domain.name)) {
            context.report(domainNotHosted, at: "website.domains[\(index)].name", items: [.hosting, .domain],
                           detail: .same(domain.name))
        }
        for (index, name) in hosted.enumerated() where !isRegistered(name) {
            context.report(hostedUnregistered, at: "hosting.domains[\(index)]", items: [.hosting, .domain],
                           detail: .same(name))
        }
    }

    /// Names compare equal when they differ only in whitespace or full-/half-width forms (（） vs ()).
    static func same(_ lhs: String, _ rhs: String) -> Bool {
        compact(lhs) == compact(rhs)
    }

    private static func compact(_ text: String) -> String {
        IdentifierChecks.normalized(text).filter { !$0.isWhitespace }.uppercased()
    }

    private static func domainKey(_ name: String) -> String {
        var key = IdentifierChecks.normalized(name).lowercased()
        if key.hasSuffix(".") { key.removeLast() }
        return key
    }

    /// The host of a URL written with or without a scheme.
    private static func host(of url: String) -> String? {
        var rest = Substring(IdentifierChecks.normalized(url))
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        let host = rest.prefix { $0 != "/" && $0 != ":" && $0 != "?" && $0 != "#" }
        return host.isEmpty ? nil : String(host)
    }
}
