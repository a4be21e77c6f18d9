import Foundation

/// 医疗器械经营: the optional dossier section for the medical-device business licence
/// (《医疗器械经营许可证》) and its change filings.
///
/// The applicant, people, agent and supplements of the dossier are shared with the information-service
/// certificate; this section holds only what the device lists add.
public struct DeviceBusiness: Sendable, Codable, Equatable {
    /// 经营范围.
    public var scope: DeviceScope
    /// 经营场所 (the business premises).
    public var premises: DeviceSite
    /// 仓库 (storage premises), with zones, storage conditions and equipment.
    public var warehouse: DeviceWarehouse?
    /// 质量管理人.
    public var qualityManager: QualityManager
    /// 企业负责人, when the lists ask for the head's ID, diploma and appointment (changes of head).
    public var companyHead: Person?
    /// 技术、维修人员一览表.
    public var technicalStaff: [DeviceStaffMember]
    /// 各项管理规章制度: titles of the policies the company has adopted, e.g. 质量责任和否决权制度.
    public var policies: [String]?
    /// 申请报告: the facts the application report states.
    public var applicationReport: DeviceApplicationReport?
    /// 许可事项变更: present for a change filing.
    public var change: DeviceChange?

    public init(scope: DeviceScope, premises: DeviceSite, warehouse: DeviceWarehouse? = nil,
                qualityManager: QualityManager, companyHead: Person? = nil, technicalStaff: [DeviceStaffMember],
                policies: [String]? = nil, applicationReport: DeviceApplicationReport? = nil,
                change: DeviceChange? = nil) {
        self.scope = scope
        self.premises = premises
        self.warehouse = warehouse
        self.qualityManager = qualityManager
        self.companyHead = companyHead
        self.technicalStaff = technicalStaff
        self.policies = policies
        self.applicationReport = applicationReport
        self.change = change
    }
}

/// 经营范围: device classes and catalogue categories, and whether IVD reagents are traded.
public struct DeviceScope: Sendable, Codable, Equatable {
    /// 管理类别: 二类 and/or 三类.
    public var classes: [DeviceClass]
    /// 分类目录 categories, e.g. 6815 注射穿刺器械.
    public var categories: [DeviceCategory]
    /// 体外诊断试剂: true when IVD reagents are traded (they need cold-chain storage).
    public var ivdReagents: Bool?

    public init(classes: [DeviceClass], categories: [DeviceCategory], ivdReagents: Bool? = nil) {
        self.classes = classes
        self.categories = categories
        self.ivdReagents = ivdReagents
    }

    /// The 2002 catalogue code of IVD reagents (6840 临床检验分析仪器及诊断试剂).
    public static let ivdCategoryCode = "6840"

    /// Whether the scope covers IVD reagents, declared or through category 6840.
    public var includesIVDReagents: Bool {
        ivdReagents == true || categories.contains { $0.code == Self.ivdCategoryCode }
    }

    /// `二类、三类：6815 注射穿刺器械，6866 医用高分子材料及制品`, as the scope is printed.
    public var chineseSummary: String {
        let classText = classes.map(\.chineseLabel).joined(separator: "、")
        let categoryText = categories.map(\.label).joined(separator: "，")
        let ivd = ivdReagents == true ? "（含体外诊断试剂）" : ""
        return "\(classText)：\(categoryText)\(ivd)"
    }
}

/// 医疗器械管理类别 a trader's licence covers (class I needs no licence).
public enum DeviceClass: String, Sendable, Codable, Equatable, CaseIterable {
    case classII = "II"
    case classIII = "III"

    public var chineseLabel: String { self == .classII ? "二类" : "三类" }
}

/// A category of the device classification catalogue.
public struct DeviceCategory: Sendable, Codable, Equatable {
    /// Catalogue code, e.g. `6815` (2002 catalogue) or `14` (2017 catalogue).
    public var code: String
    /// Category name, e.g. 注射穿刺器械.
    public var name: String?

    public init(code: String, name: String? = nil) {
        self.code = code
        self.name = name
    }

    /// `6815 注射穿刺器械`, or the bare code.
    public var label: String { name.map { "\(code) \($0)" } ?? code }
}

/// 申请报告 contents the Guangdong list names.
public struct DeviceApplicationReport: Sendable, Codable, Equatable {
    /// 企业经济性质, e.g. 有限责任公司（自然人投资或控股）.
    public var economicNature: String
    /// 主要负责人简介.
    public var principalProfile: String
    /// 分支机构设置; empty or absent when there are none. Departments come from `applicant.departments`.
    public var branches: [String]?
    /// 主要经营区域.
    public var salesRegion: String
    /// 主要销售对象.
    public var mainCustomers: String
    /// 主要经营品种、规格.
    public var mainProducts: [String]
    /// 仓储场所及周围环境.
    public var warehouseSurroundings: String

    public init(economicNature: String, principalProfile: String, branches: [String]? = nil, salesRegion: String,
                mainCustomers: String, mainProducts: [String], warehouseSurroundings: String) {
        self.economicNature = economicNature
        self.principalProfile = principalProfile
        self.branches = branches
        self.salesRegion = salesRegion
        self.mainCustomers = mainCustomers
        self.mainProducts = mainProducts
        self.warehouseSurroundings = warehouseSurroundings
    }
}
