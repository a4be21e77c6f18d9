import Foundation

/// A complete licence application as written in a dossier file: who applies, for what, with which
/// website, hosting, people, policies and supplied evidence.
///
/// Field names follow the dossier file's keys (snake_case there, camelCase here); every field a material
/// list can ask for is present, and optional where a list asks for it only under a condition.
public struct Dossier: Sendable, Codable, Equatable {
    /// Dossier format version; currently 1.
    public var version: Int
    /// When and where the application is filed.
    public var filing: Filing
    /// 申请类别: commercial (经营性) or non-commercial (非经营性).
    public var category: ApplicationCategory
    public var applicant: Applicant
    public var website: Website
    public var hosting: Hosting?
    public var people: People
    public var policies: Policies
    /// 授权委托书: present when someone other than the legal representative submits.
    public var agent: Agent?
    /// An information-service certificate already held (renewals; the trading-service profile).
    public var existingCertificate: ExistingCertificate?
    /// Evidence for profile items that have no dedicated field (e.g. a municipal assessment), by key.
    public var supplements: [Supplement]?
    /// 医疗器械经营: present when the dossier also serves the device business licence or its changes.
    public var device: DeviceBusiness?

    public init(
        version: Int = 1, filing: Filing, category: ApplicationCategory, applicant: Applicant, website: Website,
        hosting: Hosting? = nil, people: People, policies: Policies = Policies(), agent: Agent? = nil,
        existingCertificate: ExistingCertificate? = nil, supplements: [Supplement]? = nil,
        device: DeviceBusiness? = nil
    ) {
        self.version = version
        self.filing = filing
        self.category = category
        self.applicant = applicant
        self.website = website
        self.hosting = hosting
        self.people = people
        self.policies = policies
        self.agent = agent
        self.existingCertificate = existingCertificate
        self.supplements = supplements
        self.device = device
    }
}

/// Where and when the binder is filed.
public struct Filing: Sendable, Codable, Equatable {
    /// Filing date; rules check validity periods against it. Defaults to today when absent.
    public var date: LocalDate?
    /// Province of the regulator, e.g. 北京市 or 河南省.
    public var province: String?
    /// The authority the binder is addressed to, e.g. 河南省药品监督管理局.
    public var authority: String?
    /// Profile id to use when the command line does not name one.
    public var profile: String?

    public init(date: LocalDate? = nil, province: String? = nil, authority: String? = nil, profile: String? = nil) {
        self.date = date
        self.province = province
        self.authority = authority
        self.profile = profile
    }
}

/// 申请类别.
public enum ApplicationCategory: String, Sendable, Codable, Equatable, CaseIterable {
    /// 经营性: the site charges for drug information.
    case commercial
    /// 非经营性: free, public information.
    case nonCommercial = "non_commercial"

    /// The label printed on the application form.
    public var chineseLabel: String { self == .commercial ? "经营性" : "非经营性" }
}

/// Evidence for a profile item without a dedicated dossier field, matched by `key`.
public struct Supplement: Sendable, Codable, Equatable {
    /// The key a profile item names, e.g. `local_assessment`.
    public var key: String
    public var title: String?
    public var files: [Attachment]

    public init(key: String, title: String? = nil, files: [Attachment]) {
        self.key = key
        self.title = title
        self.files = files
    }
}

/// An information-service certificate already held, e.g. `(京)-经营性-2017-0012`.
public struct ExistingCertificate: Sendable, Codable, Equatable {
    public var number: String
    /// Unit name printed on the certificate; must equal the applicant's name.
    public var unitName: String
    public var issuedOn: LocalDate?
    public var validUntil: LocalDate?
    public var scans: [Attachment]?

    public init(number: String, unitName: String, issuedOn: LocalDate? = nil, validUntil: LocalDate? = nil,
                scans: [Attachment]? = nil) {
        self.number = number
        self.unitName = unitName
        self.issuedOn = issuedOn
        self.validUntil = validUntil
        self.scans = scans
    }
}
