import Foundation

/// 许可事项变更: one change to a held device business licence, with old and new values.
///
/// The kind selects the change-specific items of a change profile; the evidence for each kind lives in
/// the fields it concerns (the new legal representative under `people.legal_representative`, the new
/// warehouse under `device.warehouse` …), plus the documents below.
public struct DeviceChange: Sendable, Codable, Equatable {
    public var kind: DeviceChangeKind
    /// 变更前, as printed on the current licence.
    public var oldValue: String
    /// 变更后.
    public var newValue: String
    /// 变更原因.
    public var reason: String?
    /// The held licence's number (《医疗器械经营企业许可证》编号).
    public var licenceNumber: String?
    /// 《企业名称变更核准通知书》 (change of name).
    public var nameChangeNotice: [Attachment]?
    /// 任命文件 (change of company head or quality manager).
    public var appointment: [Attachment]?
    /// 已变更的《营业执照》副本 (changes of legal representative or name).
    public var amendedBusinessLicence: [Attachment]?
    /// 拟经营产品注册证 (change of business scope).
    public var productRegistrations: [Attachment]?

    public init(kind: DeviceChangeKind, oldValue: String, newValue: String, reason: String? = nil,
                licenceNumber: String? = nil, nameChangeNotice: [Attachment]? = nil, appointment: [Attachment]? = nil,
                amendedBusinessLicence: [Attachment]? = nil, productRegistrations: [Attachment]? = nil) {
        self.kind = kind
        self.oldValue = oldValue
        self.newValue = newValue
        self.reason = reason
        self.licenceNumber = licenceNumber
        self.nameChangeNotice = nameChangeNotice
        self.appointment = appointment
        self.amendedBusinessLicence = amendedBusinessLicence
        self.productRegistrations = productRegistrations
    }
}

/// The licence items a change filing may concern, in the list's order.
public enum DeviceChangeKind: String, Sendable, Codable, Equatable, CaseIterable {
    case legalRepresentative = "legal_representative"
    case companyHead = "company_head"
    case name
    case registeredAddress = "registered_address"
    case warehouseAddress = "warehouse_address"
    case businessScope = "business_scope"
    case qualityManager = "quality_manager"

    /// 变更企业法定代表人 …, as the change is named on the form and the confirmation.
    public var chineseLabel: String {
        switch self {
        case .legalRepresentative: "变更企业法定代表人"
        case .companyHead: "变更企业负责人"
        case .name: "变更企业名称"
        case .registeredAddress: "变更企业注册地址"
        case .warehouseAddress: "变更仓库地址"
        case .businessScope: "变更经营范围"
        case .qualityManager: "变更质量管理人"
        }
    }
}
