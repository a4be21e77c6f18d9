import Foundation

/// 申请单位: the company applying, as on its business licence and the application form.
public struct Applicant: Sendable, Codable, Equatable {
    /// 单位名称, exactly as on the business licence.
    public var name: String
    /// 统一社会信用代码 (GB 32100-2015), 18 characters.
    public var creditCode: String
    /// 组织机构代码 (GB 11714), only for old-style licences.
    public var organizationCode: String?
    public var address: String
    public var postcode: String
    /// Phone with area code, e.g. `010-61234567`.
    public var phone: String
    public var fax: String?
    public var email: String
    /// 企业法定代表人 (name; details under `people.legal_representative`).
    public var legalRepresentative: String
    /// 单位负责人.
    public var unitHead: Contact
    /// 单位联系人.
    public var contact: Contact
    /// 上级单位或投资者.
    public var investors: [Investor]?
    /// True for drug or medical-device manufacturers and traders, which must also supply their
    /// production or operation licence.
    public var drugOrDeviceBusiness: Bool?
    /// True for a company not yet registered, which supplies a name pre-approval notice instead.
    public var newCompany: Bool?
    public var businessLicence: BusinessLicence
    /// 药品/医疗器械生产或经营许可证.
    public var operationLicences: [OperationLicence]?
    /// 名称预核准通知书 (new companies).
    public var namePreApproval: [Attachment]?
    /// 公司章程 and 验资报告 (consultant list).
    public var charter: [Attachment]?
    public var capitalVerification: [Attachment]?
    /// 企业概况.
    public var overview: String
    /// 业务发展计划.
    public var businessPlan: String?
    /// 相关技术方案.
    public var technicalScheme: String?
    /// Departments and their functions (各部门组织机构职能表).
    public var departments: [Department]?

    public init(
        name: String, creditCode: String, organizationCode: String? = nil, address: String, postcode: String,
        phone: String, fax: String? = nil, email: String, legalRepresentative: String, unitHead: Contact,
        contact: Contact, investors: [Investor]? = nil, drugOrDeviceBusiness: Bool? = nil, newCompany: Bool? = nil,
        businessLicence: BusinessLicence, operationLicences: [OperationLicence]? = nil,
        namePreApproval: [Attachment]? = nil, charter: [Attachment]? = nil, capitalVerification: [Attachment]? = nil,
        overview: String, businessPlan: String? = nil, technicalScheme: String? = nil,
        departments: [Department]? = nil
    ) {
        self.name = name
        self.creditCode = creditCode
        self.organizationCode = organizationCode
        self.address = address
        self.postcode = postcode
        self.phone = phone
        self.fax = fax
        self.email = email
        self.legalRepresentative = legalRepresentative
        self.unitHead = unitHead
        self.contact = contact
        self.investors = investors
        self.drugOrDeviceBusiness = drugOrDeviceBusiness
        self.newCompany = newCompany
        self.businessLicence = businessLicence
        self.operationLicences = operationLicences
        self.namePreApproval = namePreApproval
        self.charter = charter
        self.capitalVerification = capitalVerification
        self.overview = overview
        self.businessPlan = businessPlan
        self.technicalScheme = technicalScheme
        self.departments = departments
    }
}

/// A person to contact on the application form (单位负责人 / 单位联系人).
public struct Contact: Sendable, Codable, Equatable {
    public var name: String
    public var phone: String
    public var fax: String?
    public var email: String?

    public init(name: String, phone: String, fax: String? = nil, email: String? = nil) {
        self.name = name
        self.phone = phone
        self.fax = fax
        self.email = email
    }
}

/// 上级单位或投资者.
public struct Investor: Sendable, Codable, Equatable {
    public var name: String
    public var address: String?

    public init(name: String, address: String? = nil) {
        self.name = name
        self.address = address
    }
}

/// 营业执照 as printed; its fields are cross-checked against the applicant.
public struct BusinessLicence: Sendable, Codable, Equatable {
    public var unitName: String
    public var creditCode: String
    public var legalRepresentative: String
    public var registeredAddress: String?
    public var issuedBy: String?
    public var issuedOn: LocalDate?
    /// 营业期限 end; absent means 长期 (no end).
    public var validUntil: LocalDate?
    public var scans: [Attachment]

    public init(unitName: String, creditCode: String, legalRepresentative: String, registeredAddress: String? = nil,
                issuedBy: String? = nil, issuedOn: LocalDate? = nil, validUntil: LocalDate? = nil,
                scans: [Attachment]) {
        self.unitName = unitName
        self.creditCode = creditCode
        self.legalRepresentative = legalRepresentative
        self.registeredAddress = registeredAddress
        self.issuedBy = issuedBy
        self.issuedOn = issuedOn
        self.validUntil = validUntil
        self.scans = scans
    }
}

/// A drug or device production / operation licence.
public struct OperationLicence: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable, Equatable, CaseIterable {
        case drugProduction = "drug_production"
        case drugTrading = "drug_trading"
        case deviceProduction = "device_production"
        case deviceTrading = "device_trading"
    }

    public var kind: Kind
    public var number: String
    public var holder: String
    public var validUntil: LocalDate?
    public var scans: [Attachment]

    public init(kind: Kind, number: String, holder: String, validUntil: LocalDate? = nil, scans: [Attachment]) {
        self.kind = kind
        self.number = number
        self.holder = holder
        self.validUntil = validUntil
        self.scans = scans
    }
}

/// One department and what it does (部门职能).
public struct Department: Sendable, Codable, Equatable {
    public var name: String
    public var head: String?
    public var functions: [String]

    public init(name: String, head: String? = nil, functions: [String]) {
        self.name = name
        self.head = head
        self.functions = functions
    }
}
