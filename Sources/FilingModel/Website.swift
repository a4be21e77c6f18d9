import Foundation

/// The website the service runs on.
public struct Website: Sendable, Codable, Equatable {
    /// 网站名称.
    public var name: String
    /// Home page URL, e.g. `https://www.example.cn/`.
    public var homepage: String?
    public var domains: [Domain]
    /// ICP 备案号, e.g. `京ICP备12345678号-1`.
    public var icpFiling: String?
    /// 网站主服务器.
    public var mainServer: Server
    /// 网站其它服务器.
    public var otherServers: [Server]?
    /// 栏目.
    public var columns: [Column]
    /// 收费方式 for the site as a whole (commercial category).
    public var chargingMethod: String?
    /// How the regulator browses every column.
    public var regulatorAccess: RegulatorAccess

    public init(name: String, homepage: String? = nil, domains: [Domain], icpFiling: String? = nil,
                mainServer: Server, otherServers: [Server]? = nil, columns: [Column], chargingMethod: String? = nil,
                regulatorAccess: RegulatorAccess) {
        self.name = name
        self.homepage = homepage
        self.domains = domains
        self.icpFiling = icpFiling
        self.mainServer = mainServer
        self.otherServers = otherServers
        self.columns = columns
        self.chargingMethod = chargingMethod
        self.regulatorAccess = regulatorAccess
    }
}

/// A registered domain name with its registration evidence.
public struct Domain: Sendable, Codable, Equatable {
    /// The domain, e.g. `example.cn` or an IDN such as `药品信息.中国`.
    public var name: String
    /// 注册人 as on the certificate; must be the applicant.
    public var registrant: String
    public var registrar: String?
    public var registeredOn: LocalDate?
    public var expiresOn: LocalDate?
    /// 域名注册证书.
    public var certificate: [Attachment]

    public init(name: String, registrant: String, registrar: String? = nil, registeredOn: LocalDate? = nil,
                expiresOn: LocalDate? = nil, certificate: [Attachment]) {
        self.name = name
        self.registrant = registrant
        self.registrar = registrar
        self.registeredOn = registeredOn
        self.expiresOn = expiresOn
        self.certificate = certificate
    }
}

/// A server: where it stands, which domain points to it, its IP address.
public struct Server: Sendable, Codable, Equatable {
    /// 所在地地址.
    public var location: String
    public var domain: String
    /// IPv4 or IPv6.
    public var ip: String

    public init(location: String, domain: String, ip: String) {
        self.location = location
        self.domain = domain
        self.ip = ip
    }
}

/// A website column (栏目).
public struct Column: Sendable, Codable, Equatable {
    public var name: String
    public var url: String
    public var description: String
    /// True when the column is charged for (经营性 only).
    public var charged: Bool?
    /// How the column charges, when charged.
    public var chargingMethod: String?
    /// True when browsing the column needs a login.
    public var loginRequired: Bool?

    public init(name: String, url: String, description: String, charged: Bool? = nil, chargingMethod: String? = nil,
                loginRequired: Bool? = nil) {
        self.name = name
        self.url = url
        self.description = description
        self.charged = charged
        self.chargingMethod = chargingMethod
        self.loginRequired = loginRequired
    }
}

/// 监管部门在线浏览网站所有栏目、内容的方法.
public struct RegulatorAccess: Sendable, Codable, Equatable {
    /// Test account for columns that need a login.
    public var testAccount: TestAccount?
    /// Step-by-step instructions, in order.
    public var steps: [String]
    public var notes: String?

    public init(testAccount: TestAccount? = nil, steps: [String], notes: String? = nil) {
        self.testAccount = testAccount
        self.steps = steps
        self.notes = notes
    }
}

/// A login the regulator may use.
public struct TestAccount: Sendable, Codable, Equatable {
    public var username: String
    public var password: String
    public var loginURL: String?

    public init(username: String, password: String, loginURL: String? = nil) {
        self.username = username
        self.password = password
        self.loginURL = loginURL
    }

    enum CodingKeys: String, CodingKey {
        case username, password
        case loginURL = "loginUrl"
    }
}

/// 服务器托管: the hosting provider and its licence.
public struct Hosting: Sendable, Codable, Equatable {
    public var provider: String
    /// 服务器托管合同 / 网站托管协议.
    public var agreement: Agreement
    /// The provider's 增值电信业务经营许可证.
    public var providerLicence: ProviderLicence
    /// Domains the agreement covers; must be the website's domains.
    public var domains: [String]?

    public init(provider: String, agreement: Agreement, providerLicence: ProviderLicence, domains: [String]? = nil) {
        self.provider = provider
        self.agreement = agreement
        self.providerLicence = providerLicence
        self.domains = domains
    }
}

/// A contract with a validity period (hosting agreement, labour contract).
public struct Agreement: Sendable, Codable, Equatable {
    public var number: String?
    /// The customer named in the contract; must be the applicant (hosting).
    public var party: String?
    public var validFrom: LocalDate?
    /// Absent means open-ended (无固定期限).
    public var validUntil: LocalDate?
    public var scans: [Attachment]

    public init(number: String? = nil, party: String? = nil, validFrom: LocalDate? = nil, validUntil: LocalDate? = nil,
                scans: [Attachment]) {
        self.number = number
        self.party = party
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.scans = scans
    }
}

/// 增值电信业务经营许可证, e.g. `B1-20180123` or `京B2-20190456`.
public struct ProviderLicence: Sendable, Codable, Equatable {
    public var number: String
    public var holder: String?
    public var validUntil: LocalDate
    public var scans: [Attachment]

    public init(number: String, holder: String? = nil, validUntil: LocalDate, scans: [Attachment]) {
        self.number = number
        self.holder = holder
        self.validUntil = validUntil
        self.scans = scans
    }
}
