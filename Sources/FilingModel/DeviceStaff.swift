import Foundation

/// 质量管理人: a person with a relevant diploma or title, on duty in post and not employed elsewhere.
public struct QualityManager: Sendable, Codable, Equatable {
    /// Identity, diploma (学历证书), title (职称) with its certificate, résumé and ID card.
    public var person: Person
    /// 在职在岗: works at the company's premises.
    public var onDuty: Bool
    /// 兼职: holds a job at another company (not allowed).
    public var employedElsewhere: Bool
    /// 职称证书 scans; the diploma scans sit under `person.diploma`.
    public var titleCertificate: [Attachment]?
    /// 与原单位解除劳务关系的证明 (a newly appointed quality manager).
    public var releaseProof: [Attachment]?
    /// The signed 质量管理人员在岗自我保证声明, when supplied as a scan (the binder also generates its text).
    public var onDutyDeclaration: [Attachment]?

    public init(person: Person, onDuty: Bool, employedElsewhere: Bool, titleCertificate: [Attachment]? = nil,
                releaseProof: [Attachment]? = nil, onDutyDeclaration: [Attachment]? = nil) {
        self.person = person
        self.onDuty = onDuty
        self.employedElsewhere = employedElsewhere
        self.titleCertificate = titleCertificate
        self.releaseProof = releaseProof
        self.onDutyDeclaration = onDutyDeclaration
    }
}

/// One row of the 技术、维修人员一览表, with the copies attached to it.
///
/// Columns, in printed order: 姓名、性别、年龄、最后毕业学校、学历、专业、技术职称、公司职务、身份证号码.
public struct DeviceStaffMember: Sendable, Codable, Equatable {
    public var name: String
    public var role: DeviceStaffRole
    public var sex: Sex?
    /// 出生日期; the age is computed from it on the filing date.
    public var birthDate: LocalDate?
    /// 年龄, when no birth date is given.
    public var age: Int?
    /// 最后毕业学校, 学历, 专业, with the diploma scans.
    public var diploma: Diploma?
    /// 技术职称, e.g. 助理工程师; 无 when none.
    public var title: String?
    /// 职称证书 scans.
    public var titleCertificate: [Attachment]?
    /// 公司职务.
    public var position: String?
    /// 居民身份证号码.
    public var idNumber: String?
    public var idCard: [Attachment]?

    public init(name: String, role: DeviceStaffRole, sex: Sex? = nil, birthDate: LocalDate? = nil, age: Int? = nil,
                diploma: Diploma? = nil, title: String? = nil, titleCertificate: [Attachment]? = nil,
                position: String? = nil, idNumber: String? = nil, idCard: [Attachment]? = nil) {
        self.name = name
        self.role = role
        self.sex = sex
        self.birthDate = birthDate
        self.age = age
        self.diploma = diploma
        self.title = title
        self.titleCertificate = titleCertificate
        self.position = position
        self.idNumber = idNumber
        self.idCard = idCard
    }

    /// Age in whole years on `date`: from the birth date when given, else the stated age.
    public func age(on date: LocalDate) -> Int? {
        guard let birthDate else { return age }
        let hadBirthday = (date.month, date.day) >= (birthDate.month, birthDate.day)
        return date.year - birthDate.year - (hadBirthday ? 0 : 1)
    }
}

/// Whether a staff member is listed as technical (技术) or maintenance (维修) staff.
public enum DeviceStaffRole: String, Sendable, Codable, Equatable, CaseIterable {
    case technical
    case maintenance

    public var chineseLabel: String { self == .technical ? "技术人员" : "维修人员" }
}
