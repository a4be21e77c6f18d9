import Foundation

/// The facts the written policies depend on. The policy texts themselves come from templates; these
/// values fill them, and rules check the ones the lists require.
public struct Policies: Sendable, Codable, Equatable {
    /// 网站安全保障措施: concrete measures (firewall, anti-virus, access control …), one per entry.
    public var securityMeasures: [String]?
    /// 信息安全保密: who may access what, confidentiality undertakings.
    public var confidentialityMeasures: [String]?
    /// 用户信息安全: how user data is collected, stored and protected.
    public var userInformationMeasures: [String]?
    /// 历史发布信息备份和查阅.
    public var backup: BackupPolicy?
    /// 药品信息来源: manufacturers and products whose information is published.
    public var informationSources: [InformationSource]?
    /// 管理责任分工表.
    public var responsibilities: [Responsibility]?
    /// Working days between approval and publication (the seed's rule is 2).
    public var publishWithinWorkingDays: Int?

    public init(securityMeasures: [String]? = nil, confidentialityMeasures: [String]? = nil,
                userInformationMeasures: [String]? = nil, backup: BackupPolicy? = nil,
                informationSources: [InformationSource]? = nil, responsibilities: [Responsibility]? = nil,
                publishWithinWorkingDays: Int? = nil) {
        self.securityMeasures = securityMeasures
        self.confidentialityMeasures = confidentialityMeasures
        self.userInformationMeasures = userInformationMeasures
        self.backup = backup
        self.informationSources = informationSources
        self.responsibilities = responsibilities
        self.publishWithinWorkingDays = publishWithinWorkingDays
    }
}

/// How published information is backed up and retrieved, and evidence that this is done.
public struct BackupPolicy: Sendable, Codable, Equatable {
    /// E.g. 每日增量、每周全量.
    public var frequency: String
    /// E.g. 异地磁带 + 云存储.
    public var media: [String]
    /// Off-site copy location.
    public var offsiteLocation: String?
    /// How long published information is kept (years).
    public var retentionYears: Int?
    /// How often a restore is tested.
    public var restoreTest: String?
    /// Who is responsible (name).
    public var responsible: String
    /// 执行情况: backups actually made (数据备份记录表).
    public var records: [BackupRecord]?
    /// 数据查阅记录表 entries.
    public var retrievals: [RetrievalRecord]?

    public init(frequency: String, media: [String], offsiteLocation: String? = nil, retentionYears: Int? = nil,
                restoreTest: String? = nil, responsible: String, records: [BackupRecord]? = nil,
                retrievals: [RetrievalRecord]? = nil) {
        self.frequency = frequency
        self.media = media
        self.offsiteLocation = offsiteLocation
        self.retentionYears = retentionYears
        self.restoreTest = restoreTest
        self.responsible = responsible
        self.records = records
        self.retrievals = retrievals
    }
}

/// One line of the 数据备份记录表.
public struct BackupRecord: Sendable, Codable, Equatable {
    public var date: LocalDate
    public var content: String
    public var medium: String
    /// Who made the backup (操作人).
    public var performedBy: String

    public init(date: LocalDate, content: String, medium: String, performedBy: String) {
        self.date = date
        self.content = content
        self.medium = medium
        self.performedBy = performedBy
    }
}

/// One line of the 数据查阅记录表.
public struct RetrievalRecord: Sendable, Codable, Equatable {
    public var date: LocalDate
    public var requester: String
    public var content: String
    public var approvedBy: String?

    public init(date: LocalDate, requester: String, content: String, approvedBy: String? = nil) {
        self.date = date
        self.requester = requester
        self.content = content
        self.approvedBy = approvedBy
    }
}

/// A manufacturer or supplier whose drug/device information the site publishes, with its proofs.
public struct InformationSource: Sendable, Codable, Equatable {
    public var manufacturer: String
    /// 生产许可证编号.
    public var licenceNumber: String?
    /// Products and their 批准文号 / 注册证号.
    public var products: [SourceProduct]
    public var scans: [Attachment]?

    public init(manufacturer: String, licenceNumber: String? = nil, products: [SourceProduct],
                scans: [Attachment]? = nil) {
        self.manufacturer = manufacturer
        self.licenceNumber = licenceNumber
        self.products = products
        self.scans = scans
    }
}

/// A product and its approval number (国药准字H… or a device registration number).
public struct SourceProduct: Sendable, Codable, Equatable {
    public var name: String
    public var approvalNumber: String

    public init(name: String, approvalNumber: String) {
        self.name = name
        self.approvalNumber = approvalNumber
    }
}

/// One line of the 管理责任分工表.
public struct Responsibility: Sendable, Codable, Equatable {
    public var role: String
    public var person: String
    public var duties: String

    public init(role: String, person: String, duties: String) {
        self.role = role
        self.person = person
        self.duties = duties
    }
}
