import FilingModel

/// Identifiers carry valid check characters and formats: credit code, organisation code, resident ID,
/// postcode, phones, e-mails, domains, IP addresses, ICP filing, telecom licence, certificate numbers.
enum IdentifierRule {
    private static func definition(_ id: String, _ zh: String, _ en: String, severity: Severity = .error,
                                   hintZh: String, hintEn: String) -> RuleDefinition {
        RuleDefinition("identifier.\(id)", severity, summary: LocalizedText(zh: zh, en: en),
                       hint: LocalizedText(zh: hintZh, en: hintEn))
    }

    static let creditCodeFormat = definition(
        "credit-code.format", "统一社会信用代码格式错误（应为 18 位，不含 I、O、S、V、Z）",
        "unified social credit code is malformed (18 characters, no I, O, S, V, Z)",
        hintZh: "按营业执照逐位核对", hintEn: "copy it character by character from the business licence")
    static let creditCodeCheck = definition(
        "credit-code.check-digit", "统一社会信用代码校验位错误（GB 32100-2015）",
        "unified social credit code check character is wrong (GB 32100-2015)",
        hintZh: "按营业执照逐位核对，常见错误是 0/O、1/I 混淆", hintEn: "compare with the licence; 0/O and 1/I are often confused")
    static let embeddedOrganizationCode = definition(
        "credit-code.embedded-organization-code", "统一社会信用代码第 9–17 位的组织机构代码校验位不符",
        "the organisation code inside the credit code (positions 9–17) fails its check",
        severity: .warning, hintZh: "核对营业执照上的代码", hintEn: "check the code on the business licence")
    static let organizationCodeFormat = definition(
        "organization-code.format", "组织机构代码格式错误（应为 XXXXXXXX-X）", "organisation code is malformed (XXXXXXXX-X)",
        hintZh: "按组织机构代码证核对；三证合一后可不填", hintEn: "copy it from the certificate, or omit it for a credit-code licence")
    static let organizationCodeCheck = definition(
        "organization-code.check-digit", "组织机构代码校验位错误（GB 11714）", "organisation code check character is wrong (GB 11714)",
        hintZh: "按组织机构代码证核对", hintEn: "copy it from the organisation-code certificate")
    static let residentIDFormat = definition(
        "resident-id.format", "身份证号码格式错误（应为 18 位）", "resident ID number is malformed (18 characters)",
        hintZh: "按身份证核对；15 位旧号码需换成 18 位", hintEn: "copy it from the ID card; convert old 15-digit numbers")
    static let residentIDCheck = definition(
        "resident-id.check-digit", "身份证号码校验位错误（GB 11643-1999）", "resident ID check character is wrong (GB 11643-1999)",
        hintZh: "按身份证逐位核对", hintEn: "compare digit by digit with the ID card")
    static let residentIDBirthDate = definition(
        "resident-id.birth-date", "身份证号码中的出生日期不存在", "the birth date in the resident ID does not exist",
        hintZh: "核对第 7–14 位", hintEn: "check digits 7–14")
    static let residentIDFuture = definition(
        "resident-id.birth-date-future", "身份证号码中的出生日期晚于申报日期", "the birth date in the resident ID is after the filing date",
        hintZh: "核对第 7–14 位", hintEn: "check digits 7–14")
    static let residentIDAge = definition(
        "resident-id.age", "按身份证号码计算的年龄不合常理", "the age from the resident ID is implausible",
        severity: .warning, hintZh: "核对第 7–14 位", hintEn: "check digits 7–14")
    static let postcode = definition(
        "postcode.format", "邮政编码应为 6 位数字", "postcode must be 6 digits",
        hintZh: "例如 471000", hintEn: "e.g. 471000")
    static let phone = definition(
        "phone.format", "电话号码格式错误（固定电话需带区号）", "phone number is malformed (landlines need the area code)",
        hintZh: "写作 0379-12345678 或 13812345678", hintEn: "write 0379-12345678 or 13812345678")
    static let email = definition(
        "email.format", "电子邮箱格式错误", "e-mail address is malformed",
        hintZh: "例如 office@example.cn", hintEn: "e.g. office@example.cn")
    static let domain = definition(
        "domain.format", "域名格式错误", "domain name is malformed",
        hintZh: "只写域名，例如 example.cn（不含 http:// 和路径）", hintEn: "write only the name, e.g. example.cn (no http://, no path)")
    static let ip = definition(
        "ip.format", "IP 地址格式错误", "IP address is malformed",
        hintZh: "写作 IPv4（203.0.113.10）或 IPv6", hintEn: "write an IPv4 (203.0.113.10) or IPv6 address")
    static let icpFiling = definition(
        "icp-filing.format", "ICP 备案号格式错误", "ICP filing number is malformed",
        hintZh: "例如 京ICP备12345678号-1", hintEn: "e.g. 京ICP备12345678号-1")
    static let telecomLicence = definition(
        "telecom-licence.format", "增值电信业务经营许可证编号格式错误", "value-added telecom licence number is malformed",
        hintZh: "例如 B1-20180123 或 京B2-20190456", hintEn: "e.g. B1-20180123 or 京B2-20190456")
    static let telecomNoIDC = definition(
        "telecom-licence.no-idc", "托管商许可证不含 B1（互联网数据中心）类业务",
        "the hosting provider's licence has no B1 (data-centre) category",
        severity: .info, hintZh: "确认托管商具备 IDC 业务许可", hintEn: "confirm the provider is licensed for IDC hosting")
    static let certificateNumber = definition(
        "certificate-number.format", "资格证书编号格式错误", "certificate number is malformed",
        hintZh: "例如 (京)-经营性-2017-0012，或备案凭证号", hintEn: "e.g. (京)-经营性-2017-0012, or a filing number")

    static let all = [
        creditCodeFormat, creditCodeCheck, embeddedOrganizationCode, organizationCodeFormat, organizationCodeCheck,
        residentIDFormat, residentIDCheck, residentIDBirthDate, residentIDFuture, residentIDAge, postcode, phone, email,
        domain, ip, icpFiling, telecomLicence, telecomNoIDC, certificateNumber,
    ]

    static func apply(to context: inout RuleContext) {
        let dossier = context.dossier
        let applicant = dossier.applicant
        checkCreditCode(applicant.creditCode, at: "applicant.credit_code", &context)
        checkCreditCode(applicant.businessLicence.creditCode, at: "applicant.business_licence.credit_code", &context)
        if let code = applicant.organizationCode, !code.isEmpty {
            switch IdentifierChecks.organizationCode(code) {
            case .checkCharacter: context.report(organizationCodeCheck, at: "applicant.organization_code", items: [.bizLicense], detail: .same(code))
            case nil: break
            default: context.report(organizationCodeFormat, at: "applicant.organization_code", items: [.bizLicense], detail: .same(code))
            }
        }
        if IdentifierChecks.postcode(applicant.postcode) != nil {
            context.report(postcode, at: "applicant.postcode", items: [.form], detail: .same(applicant.postcode))
        }
        let contacts: [(String, String?, Bool)] = [
            ("applicant.phone", applicant.phone, false), ("applicant.fax", applicant.fax, false),
            ("applicant.unit_head.phone", applicant.unitHead.phone, true), ("applicant.unit_head.fax", applicant.unitHead.fax, false),
            ("applicant.contact.phone", applicant.contact.phone, true), ("applicant.contact.fax", applicant.contact.fax, false),
        ]
        for (path, value, personal) in contacts { checkPhone(value, at: path, personal: personal, items: [.form], &context) }
        for (path, value) in [("applicant.email", applicant.email), ("applicant.unit_head.email", applicant.unitHead.email),
                              ("applicant.contact.email", applicant.contact.email)] {
            checkEmail(value, at: path, items: [.form], &context)
        }
        checkPeople(dossier.people, &context)
        if let agent = dossier.agent {
            checkResidentID(agent.idNumber, at: "agent.id_number", items: [.poa], &context)
            checkPhone(agent.phone, at: "agent.phone", personal: true, items: [.poa], &context)
        }
        checkWebsite(dossier, &context)
        if let certificate = dossier.existingCertificate,
           RegistrationNumbers.certificate(certificate.number) == nil,
           !RegistrationNumbers.isInformationServiceFiling(certificate.number) {
            context.report(certificateNumber, at: "existing_certificate.number", items: [.existingCertificate],
                           detail: .same(certificate.number))
        }
    }

    private static func checkCreditCode(_ code: String, at path: String, _ context: inout RuleContext) {
        switch IdentifierChecks.creditCode(code) {
        case nil:
            if let embedded = IdentifierChecks.embeddedOrganizationCode(inCreditCode: code),
               IdentifierChecks.organizationCode(embedded) != nil {
                context.report(embeddedOrganizationCode, at: path, items: [.bizLicense], detail: .same(embedded))
            }
        case .checkCharacter(let expected):
            context.report(creditCodeCheck, at: path, items: [.bizLicense],
                           detail: LocalizedText(zh: "\(code) 的校验位应为 \(expected)", en: "\(code) should end in \(expected)"))
        default:
            context.report(creditCodeFormat, at: path, items: [.bizLicense], detail: .same(code))
        }
    }

    private static func checkPeople(_ people: People, _ context: inout RuleContext) {
        var groups: [(String, Person, [ItemKey])] = [
            ("people.legal_representative", people.legalRepresentative, [.legalRepOrg, .principals, .staff]),
            ("people.website_head", people.websiteHead, [.staff]),
        ]
        for (index, person) in (people.shareholders ?? []).enumerated() {
            groups.append(("people.shareholders[\(index)]", person, [.principals, .staff]))
        }
        for (index, person) in people.professionals.enumerated() {
            groups.append(("people.professionals[\(index)]", person, [.staff]))
        }
        for (index, person) in (people.computerStaff ?? []).enumerated() {
            groups.append(("people.computer_staff[\(index)]", person, [.computerStaff, .staff]))
        }
        for (path, person, keys) in groups {
            if let id = person.idNumber, !id.isEmpty { checkResidentID(id, at: "\(path).id_number", items: keys, &context) }
            checkPhone(person.phone, at: "\(path).phone", personal: true, items: keys, &context)
            checkEmail(person.email, at: "\(path).email", items: keys, &context)
        }
    }

    private static func checkResidentID(_ id: String, at path: String, items keys: [ItemKey], _ context: inout RuleContext) {
        let shown = LocalizedText.same(PersonalData.mask(id))
        switch IdentifierChecks.residentID(id, on: context.date) {
        case nil: break
        case .format: context.report(residentIDFormat, at: path, items: keys, detail: shown)
        case .checkCharacter: context.report(residentIDCheck, at: path, items: keys, detail: shown)
        case .birthDate: context.report(residentIDBirthDate, at: path, items: keys, detail: shown)
        case .birthDateInFuture: context.report(residentIDFuture, at: path, items: keys, detail: shown)
        case .implausibleAge(let age):
            context.report(residentIDAge, at: path, items: keys,
                           detail: LocalizedText(zh: "\(shown.zh)（\(age) 岁）", en: "\(shown.en) (age \(age))"))
        }
    }

    private static func checkPhone(_ value: String?, at path: String, personal: Bool, items keys: [ItemKey],
                                   _ context: inout RuleContext) {
        guard let value, !value.isEmpty, IdentifierChecks.phone(value) != nil else { return }
        context.report(phone, at: path, items: keys, detail: .same(personal ? PersonalData.mask(value) : value))
    }

    private static func checkEmail(_ value: String?, at path: String, items keys: [ItemKey], _ context: inout RuleContext) {
        guard let value, !value.isEmpty, IdentifierChecks.email(value) != nil else { return }
        context.report(email, at: path, items: keys, detail: .same(PersonalData.mask(value)))
    }

    private static func checkWebsite(_ dossier: Dossier, _ context: inout RuleContext) {
        let website = dossier.website
        var domains = website.domains.enumerated().map { ("website.domains[\($0.offset)].name", $0.element.name, [ItemKey.domain]) }
        domains.append(("website.main_server.domain", website.mainServer.domain, [.form]))
        var addresses = [("website.main_server.ip", website.mainServer.ip)]
        for (index, server) in (website.otherServers ?? []).enumerated() {
            domains.append(("website.other_servers[\(index)].domain", server.domain, [.form]))
            addresses.append(("website.other_servers[\(index)].ip", server.ip))
        }
        for (index, name) in (dossier.hosting?.domains ?? []).enumerated() {
            domains.append(("hosting.domains[\(index)]", name, [.hosting, .domain]))
        }
        for (path, name, keys) in domains where IdentifierChecks.domainName(name) != nil {
            context.report(domain, at: path, items: keys, detail: .same(name))
        }
        for (path, address) in addresses where IdentifierChecks.ipAddress(address) != nil {
            context.report(ip, at: path, items: [.form], detail: .same(address))
        }
        if let filing = website.icpFiling, !filing.isEmpty, !RegistrationNumbers.isICPFiling(filing) {
            context.report(icpFiling, at: "website.icp_filing", items: [.domain, .form], detail: .same(filing))
        }
        if let licence = dossier.hosting?.providerLicence {
            let path = "hosting.provider_licence.number"
            if let categories = RegistrationNumbers.telecomLicenceCategories(licence.number, latestYear: context.date.year) {
                if !categories.contains("B1") {
                    context.report(telecomNoIDC, at: path, items: [.hosting, .domain], detail: .same(licence.number))
                }
            } else {
                context.report(telecomLicence, at: path, items: [.hosting, .domain], detail: .same(licence.number))
            }
        }
    }
}
