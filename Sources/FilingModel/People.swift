import Foundation

/// Everyone the material lists ask about.
public struct People: Sendable, Codable, Equatable {
    /// 法定代表人 (ID, résumé, diploma).
    public var legalRepresentative: Person
    /// 全体股东 (consultant list).
    public var shareholders: [Person]?
    /// 网站负责人 (ID, résumé, labour contract).
    public var websiteHead: Person
    /// 药品/医疗器械/临床医学专业技术人员; at least two with 专科 or higher or a qualification.
    public var professionals: [Person]
    /// 计算机相关专业技术人员; three on the consultant list.
    public var computerStaff: [Person]?
    /// 信息审查员: who reviews information before publication (names of people listed above).
    public var informationReviewers: [String]?

    public init(legalRepresentative: Person, shareholders: [Person]? = nil, websiteHead: Person,
                professionals: [Person], computerStaff: [Person]? = nil, informationReviewers: [String]? = nil) {
        self.legalRepresentative = legalRepresentative
        self.shareholders = shareholders
        self.websiteHead = websiteHead
        self.professionals = professionals
        self.computerStaff = computerStaff
        self.informationReviewers = informationReviewers
    }
}

/// A person named in the dossier, with the evidence the lists ask for.
///
/// ID numbers and phones are personal data: outputs other than the binder show them masked.
public struct Person: Sendable, Codable, Equatable {
    public var name: String
    /// 居民身份证号码 (GB 11643-1999), 18 characters.
    public var idNumber: String?
    public var sex: Sex?
    public var phone: String?
    public var email: String?
    /// 职务 / 岗位.
    public var position: String?
    /// 职称.
    public var title: String?
    /// 专业类别 of a professional.
    public var discipline: Discipline?
    public var diploma: Diploma?
    /// 专业技术资格证书 (执业药师 …).
    public var qualification: Qualification?
    public var labourContract: Agreement?
    /// 熟悉药品管理法律、法规和药品知识的程度, listed on the application form when given.
    public var drugLawFamiliarity: Familiarity?
    /// 简历: one line per period, e.g. `2015.09-2019.06 中国药科大学 药学专业`.
    public var resume: [String]?
    /// 身份证复印件.
    public var idCard: [Attachment]?

    public init(name: String, idNumber: String? = nil, sex: Sex? = nil, phone: String? = nil, email: String? = nil,
                position: String? = nil, title: String? = nil, discipline: Discipline? = nil, diploma: Diploma? = nil,
                qualification: Qualification? = nil, labourContract: Agreement? = nil,
                drugLawFamiliarity: Familiarity? = nil, resume: [String]? = nil, idCard: [Attachment]? = nil) {
        self.name = name
        self.idNumber = idNumber
        self.sex = sex
        self.phone = phone
        self.email = email
        self.position = position
        self.title = title
        self.discipline = discipline
        self.diploma = diploma
        self.qualification = qualification
        self.labourContract = labourContract
        self.drugLawFamiliarity = drugLawFamiliarity
        self.resume = resume
        self.idCard = idCard
    }
}

public enum Sex: String, Sendable, Codable, Equatable, CaseIterable {
    case male, female

    public var chineseLabel: String { self == .male ? "男" : "女" }
}

/// The professional field that counts towards the staffing rule.
public enum Discipline: String, Sendable, Codable, Equatable, CaseIterable {
    case pharmacy
    case medicalDevice = "medical_device"
    case clinicalMedicine = "clinical_medicine"
    case computer
    case other

    public var chineseLabel: String {
        switch self {
        case .pharmacy: "药学"
        case .medicalDevice: "医疗器械"
        case .clinicalMedicine: "临床医学"
        case .computer: "计算机"
        case .other: "其他"
        }
    }
}

/// 学历证明.
public struct Diploma: Sendable, Codable, Equatable {
    public var level: DiplomaLevel
    public var school: String
    public var major: String
    public var graduatedOn: LocalDate?
    public var number: String?
    public var scans: [Attachment]?

    public init(level: DiplomaLevel, school: String, major: String, graduatedOn: LocalDate? = nil,
                number: String? = nil, scans: [Attachment]? = nil) {
        self.level = level
        self.school = school
        self.major = major
        self.graduatedOn = graduatedOn
        self.number = number
        self.scans = scans
    }
}

/// 学历, ordered from lowest to highest.
public enum DiplomaLevel: String, Sendable, Codable, Equatable, CaseIterable, Comparable {
    case secondary = "secondary"
    case associate = "associate"
    case bachelor = "bachelor"
    case master = "master"
    case doctorate = "doctorate"

    public var chineseLabel: String {
        switch self {
        case .secondary: "中专"
        case .associate: "专科"
        case .bachelor: "本科"
        case .master: "硕士研究生"
        case .doctorate: "博士研究生"
        }
    }

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// 专业技术资格证书.
public struct Qualification: Sendable, Codable, Equatable {
    /// E.g. 执业药师, 主管药师.
    public var name: String
    public var number: String?
    public var issuedOn: LocalDate?
    public var scans: [Attachment]?

    public init(name: String, number: String? = nil, issuedOn: LocalDate? = nil, scans: [Attachment]? = nil) {
        self.name = name
        self.number = number
        self.issuedOn = issuedOn
        self.scans = scans
    }
}

/// 熟悉程度 on the application form.
public enum Familiarity: String, Sendable, Codable, Equatable, CaseIterable {
    case familiar
    case general

    public var chineseLabel: String { self == .familiar ? "熟悉" : "一般" }
}

/// 授权委托书: the person who submits on the applicant's behalf and what they may do.
public struct Agent: Sendable, Codable, Equatable {
    public var name: String
    public var idNumber: String
    public var phone: String
    public var employer: String?
    public var position: String?
    /// Powers granted (√) — the rest are printed crossed (×).
    public var powers: [AgentPower]
    /// Text of the 其他 power, when granted.
    public var otherPower: String?
    public var validFrom: LocalDate
    public var validUntil: LocalDate
    /// The signed power of attorney, when supplied as a scan.
    public var scans: [Attachment]?
    public var idCard: [Attachment]?

    public init(name: String, idNumber: String, phone: String, employer: String? = nil, position: String? = nil,
                powers: [AgentPower], otherPower: String? = nil, validFrom: LocalDate, validUntil: LocalDate,
                scans: [Attachment]? = nil, idCard: [Attachment]? = nil) {
        self.name = name
        self.idNumber = idNumber
        self.phone = phone
        self.employer = employer
        self.position = position
        self.powers = powers
        self.otherPower = otherPower
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.scans = scans
        self.idCard = idCard
    }
}

/// The powers listed on the power-of-attorney form, in printed order.
public enum AgentPower: String, Sendable, Codable, Equatable, CaseIterable {
    case receiveNotices = "receive_notices"
    case submitMaterials = "submit_materials"
    case makeStatements = "make_statements"
    case signForPermit = "sign_for_permit"
    case other

    public var chineseLabel: String {
        switch self {
        case .receiveNotices: "代为接收有关通知"
        case .submitMaterials: "代为提交、修改、补正申请材料"
        case .makeStatements: "代为陈述、申辩"
        case .signForPermit: "代为签收行政许可证件"
        case .other: "其他"
        }
    }
}
