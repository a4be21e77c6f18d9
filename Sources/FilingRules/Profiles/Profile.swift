import FilingModel

/// A materials list (申报资料目录) as published by a regulator or used in practice, loaded from
/// `templates/profiles/<id>.yaml`.
public struct Profile: Sendable, Equatable {
    /// File name without extension, e.g. `national-12`.
    public var id: String
    public var title: LocalizedText
    /// Title printed on the binder cover, e.g. 《互联网药品信息服务资格证书》申办材料.
    public var binderTitle: String
    public var legalBasis: [LegalBasis]
    public var regime: Regime
    public var status: Status
    public var effectiveFrom: LocalDate?
    public var effectiveUntil: LocalDate?
    public var numbering: NumberingStyle
    public var items: [ProfileItem]
    public var rules: RuleSettings
    /// Free-form remarks shown by `filingpack profiles` (e.g. what is still unconfirmed).
    public var notes: [String]
    /// Where the profile was read from.
    public var file: String

    /// The item with `key`, if the list has one.
    public func item(withKey key: ItemKey) -> ProfileItem? { items.first { $0.key == key } }
}

/// Which regulation, article and source a profile rests on.
public struct LegalBasis: Sendable, Equatable, Codable {
    public var regulation: String
    public var article: String?
    public var source: String?
}

/// Licence (审批) or filing (备案).
public enum Regime: String, Sendable, Equatable, Codable, CaseIterable {
    case licence, filing
}

/// Whether a list is current.
public enum Status: String, Sendable, Equatable, Codable, CaseIterable {
    case inForce = "in_force"
    case superseded
    case provisional
}

/// How item numbers are printed: `1`, `一`, `(一)`.
public enum NumberingStyle: String, Sendable, Equatable, Codable, CaseIterable {
    case arabic
    case chinese
    case parenthesisedChinese = "parenthesised-chinese"
}

/// Who produces an item's document.
public enum ItemSource: String, Sendable, Equatable, Codable, CaseIterable {
    /// filingpack writes it from dossier data.
    case generated
    /// The applicant supplies scans.
    case supplied
    /// A generated text with supplied scans attached.
    case both
}

/// One entry of a materials list.
public struct ProfileItem: Sendable, Equatable {
    /// As printed: `1`, `十三`, `(五)`.
    public var number: String
    public var key: ItemKey
    /// Chinese title, verbatim from the list.
    public var titleZh: String
    /// Short English title.
    public var titleEn: String
    public var copies: Int
    public var stamped: Bool
    public var source: ItemSource
    /// The item is required only when every condition holds.
    public var conditions: [Condition]
    public var evidence: [EvidenceRequirement]
    /// True when the requirement is inferred, not confirmed by an official list.
    public var unconfirmed: Bool
    /// Front matter printed without a number (the Henan power of attorney before the contents list).
    public var unnumbered: Bool

    public var title: LocalizedText { LocalizedText(zh: titleZh, en: titleEn) }

    /// Whether the item belongs in the binder for `dossier` (every `when` condition holds).
    public func isRequired(for dossier: Dossier) -> Bool {
        conditions.allSatisfy { $0.holds(for: dossier) }
    }
}

/// Canonical material keys shared by every list, so one rule can find "the business licence item"
/// whatever its number (domain-research §A).
public enum ItemKey: String, Sendable, Equatable, Codable, CaseIterable {
    case form = "FORM"
    case companyPlan = "COMPANY_PLAN"
    case bizLicense = "BIZ_LICENSE"
    case domain = "DOMAIN"
    case hosting = "HOSTING"
    case columns = "COLUMNS"
    case backup = "BACKUP"
    case onlineBrowse = "ONLINE_BROWSE"
    case staff = "STAFF"
    case computerStaff = "COMPUTER_STAFF"
    case principals = "PRINCIPALS"
    case security = "SECURITY"
    case source = "SOURCE"
    case legalRepOrg = "LEGALREP_ORG"
    case undertaking = "UNDERTAKING"
    case truth = "TRUTH"
    case localCheck = "LOCAL_CHECK"
    case poa = "POA"
    case onlineSubmission = "ONLINE_SUBMISSION"
    case electronicCopy = "ELECTRONIC_COPY"
    case existingCertificate = "EXISTING_CERTIFICATE"
    case equipment = "EQUIPMENT"
    case businessProcess = "BUSINESS_PROCESS"
    case other = "OTHER"
}

/// One piece of evidence an item needs: a dossier field path (with `[*]` for every element) or a
/// supplement key, optionally only under conditions. With several `paths` (`any_of`), one of them
/// suffices — element by element when they run over the same list.
public struct EvidenceRequirement: Sendable, Equatable {
    public var paths: [String]
    public var conditions: [Condition]
    /// Conditions under which this evidence is not needed (e.g. the licence scan for a new company).
    public var exceptions: [Condition]
}

/// Facts about a dossier that make an item or a piece of evidence required.
public enum Condition: String, Sendable, Equatable, Codable, CaseIterable {
    case commercial
    case nonCommercial = "non_commercial"
    case agent
    case drugOrDeviceBusiness = "drug_or_device_business"
    case newCompany = "new_company"
    case existingCertificate = "existing_certificate"
    case organizationCode = "organization_code"

    /// Whether the condition holds for `dossier`.
    public func holds(for dossier: Dossier) -> Bool {
        switch self {
        case .commercial: dossier.category == .commercial
        case .nonCommercial: dossier.category == .nonCommercial
        case .agent: dossier.agent != nil
        case .drugOrDeviceBusiness: dossier.applicant.drugOrDeviceBusiness == true
        case .newCompany: dossier.applicant.newCompany == true
        case .existingCertificate: dossier.existingCertificate != nil
        case .organizationCode: !(dossier.applicant.organizationCode ?? "").isEmpty
        }
    }
}

/// Rule parameters a list sets as data.
public struct RuleSettings: Sendable, Equatable {
    /// Minimum pharmacy / device / clinical-medicine professionals (Art. 11(三); consultant list (五)).
    public var minProfessionals: Int = 2
    /// Disciplines that count towards `minProfessionals`.
    public var professionalDisciplines: [Discipline] = [.pharmacy, .medicalDevice, .clinicalMedicine]
    /// Lowest diploma that counts; a professional qualification counts as well when `qualificationCounts`.
    public var minDiploma: DiplomaLevel = .associate
    public var qualificationCounts: Bool = true
    /// Minimum computer staff (3 on the consultant list), 0 when the list does not ask.
    public var minComputerStaff: Int = 0
    /// Minimum people listed on the form as familiar with drug law (熟悉程度 given).
    public var minDrugLawFamiliar: Int = 0
    /// Months an existing certificate must have been held (trading profile: 3), nil when not required.
    public var minMonthsCertificateHeld: Int?
    /// Days before expiry from which a validity date is reported as expiring.
    public var expiryWarningDays: Int = 90

    public init() {}
}
