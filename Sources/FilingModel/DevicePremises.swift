import Foundation

/// A business or storage site: where it is, how big, what the building is registered for, and the proof
/// of the right to use it.
public struct DeviceSite: Sendable, Codable, Equatable {
    public var address: String
    /// 面积, in square metres.
    public var areaSquareMetres: Double
    /// 高度 (clear height), in metres.
    public var heightMetres: Double?
    /// 房屋用途 as registered on the property certificate; residential premises are not allowed.
    public var declaredUse: PremisesUse
    /// 自有房产 or 租赁.
    public var tenure: Tenure
    /// 房产证明: the owner's property certificate (also the lessor's, for leased premises).
    public var propertyCertificate: [Attachment]?
    /// 租赁协议 and 房屋租赁证, for leased premises.
    public var lease: Lease?
    /// 地理位置图.
    public var locationMap: [Attachment]?
    /// 平面布局图 (area, height, departments; for a warehouse also the zones).
    public var floorPlan: [Attachment]?

    public init(address: String, areaSquareMetres: Double, heightMetres: Double? = nil, declaredUse: PremisesUse,
                tenure: Tenure, propertyCertificate: [Attachment]? = nil, lease: Lease? = nil,
                locationMap: [Attachment]? = nil, floorPlan: [Attachment]? = nil) {
        self.address = address
        self.areaSquareMetres = areaSquareMetres
        self.heightMetres = heightMetres
        self.declaredUse = declaredUse
        self.tenure = tenure
        self.propertyCertificate = propertyCertificate
        self.lease = lease
        self.locationMap = locationMap
        self.floorPlan = floorPlan
    }
}

/// 房屋用途 on the property certificate.
public enum PremisesUse: String, Sendable, Codable, Equatable, CaseIterable {
    case office
    case commercial
    case industrial
    case warehouse
    case residential
    case other

    public var chineseLabel: String {
        switch self {
        case .office: "办公"
        case .commercial: "商业"
        case .industrial: "工业"
        case .warehouse: "仓储"
        case .residential: "住宅"
        case .other: "其他"
        }
    }
}

/// Whether the company owns or leases a site.
public enum Tenure: String, Sendable, Codable, Equatable, CaseIterable {
    case owned
    case leased

    public var chineseLabel: String { self == .owned ? "自有" : "租赁" }
}

/// 租赁协议, with the 房屋租赁证 the lists ask for.
public struct Lease: Sendable, Codable, Equatable {
    /// 出租方.
    public var lessor: String
    public var validFrom: LocalDate?
    public var validUntil: LocalDate?
    /// The signed lease agreement.
    public var scans: [Attachment]
    /// 《房屋租赁证》; must stay valid at least a year after filing.
    public var certificate: LeaseCertificate?

    public init(lessor: String, validFrom: LocalDate? = nil, validUntil: LocalDate? = nil, scans: [Attachment],
                certificate: LeaseCertificate? = nil) {
        self.lessor = lessor
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.scans = scans
        self.certificate = certificate
    }
}

/// 《房屋租赁证》 issued by the housing authority for a registered lease.
public struct LeaseCertificate: Sendable, Codable, Equatable {
    public var number: String?
    public var validUntil: LocalDate
    public var scans: [Attachment]

    public init(number: String? = nil, validUntil: LocalDate, scans: [Attachment]) {
        self.number = number
        self.validUntil = validUntil
        self.scans = scans
    }
}

/// 仓库: a site with the five zones, its storage conditions and equipment.
///
/// In the dossier file the site's fields and the warehouse's own fields sit side by side in one mapping.
public struct DeviceWarehouse: Sendable, Codable, Equatable {
    public var site: DeviceSite
    /// 库区: 待验区, 合格品区, 发货区, 不合格品区, 退货区 (and a cold store for IVD reagents).
    public var zones: [WarehouseZone]
    /// 储存条件.
    public var storage: StorageConditions?
    /// 仓库设施设备目录, one entry per item, e.g. 货架 20 组.
    public var equipment: [String]?
    /// 冷链设施 (IVD reagents), with purchase or installation evidence.
    public var coldChain: [ColdChainEquipment]?

    public init(site: DeviceSite, zones: [WarehouseZone], storage: StorageConditions? = nil,
                equipment: [String]? = nil, coldChain: [ColdChainEquipment]? = nil) {
        self.site = site
        self.zones = zones
        self.storage = storage
        self.equipment = equipment
        self.coldChain = coldChain
    }

    private enum CodingKeys: String, CodingKey {
        case zones, storage, equipment, coldChain
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            site: try DeviceSite(from: decoder),
            zones: try container.decode([WarehouseZone].self, forKey: .zones),
            storage: try container.decodeIfPresent(StorageConditions.self, forKey: .storage),
            equipment: try container.decodeIfPresent([String].self, forKey: .equipment),
            coldChain: try container.decodeIfPresent([ColdChainEquipment].self, forKey: .coldChain))
    }

    public func encode(to encoder: Encoder) throws {
        try site.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(zones, forKey: .zones)
        try container.encodeIfPresent(storage, forKey: .storage)
        try container.encodeIfPresent(equipment, forKey: .equipment)
        try container.encodeIfPresent(coldChain, forKey: .coldChain)
    }
}

/// One zone of the warehouse.
public struct WarehouseZone: Sendable, Codable, Equatable {
    public var kind: WarehouseZoneKind
    /// 面积, in square metres.
    public var areaSquareMetres: Double?

    public init(kind: WarehouseZoneKind, areaSquareMetres: Double? = nil) {
        self.kind = kind
        self.areaSquareMetres = areaSquareMetres
    }
}

/// The zones a device warehouse is divided into (库区), each clearly marked.
public enum WarehouseZoneKind: String, Sendable, Codable, Equatable, CaseIterable {
    case quarantine
    case qualified
    case dispatch
    case nonconforming
    case returns
    case coldStore = "cold_store"

    public var chineseLabel: String {
        switch self {
        case .quarantine: "待验区"
        case .qualified: "合格品区"
        case .dispatch: "发货区"
        case .nonconforming: "不合格品区"
        case .returns: "退货区"
        case .coldStore: "冷库"
        }
    }

    /// The five zones every device warehouse has (仓库"五区").
    public static let required: [WarehouseZoneKind] = [.quarantine, .qualified, .dispatch, .nonconforming, .returns]
}

/// 储存条件: the ranges the warehouse keeps.
public struct StorageConditions: Sendable, Codable, Equatable {
    /// Temperature, °C.
    public var temperature: ValueRange?
    /// Relative humidity, %; the rule is 45–75 %.
    public var humidity: ValueRange
    /// How conditions are monitored, e.g. 温湿度自动监测系统，每日 9:30 和 15:30 记录.
    public var monitoring: String?

    public init(temperature: ValueRange? = nil, humidity: ValueRange, monitoring: String? = nil) {
        self.temperature = temperature
        self.humidity = humidity
        self.monitoring = monitoring
    }
}

/// A closed range `min`–`max`.
public struct ValueRange: Sendable, Codable, Equatable {
    public var min: Double
    public var max: Double

    public init(min: Double, max: Double) {
        self.min = min
        self.max = max
    }

    /// Whether the whole range lies inside `bounds`.
    public func isWithin(_ bounds: ClosedRange<Double>) -> Bool {
        min <= max && bounds.contains(min) && bounds.contains(max)
    }

    /// `45–75` (whole numbers without decimals).
    public var label: String { "\(Self.format(min))–\(Self.format(max))" }

    private static func format(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(value)
    }
}

/// A piece of cold-chain equipment and its evidence (invoice, installation contract, acceptance).
public struct ColdChainEquipment: Sendable, Codable, Equatable {
    public var kind: ColdChainKind
    /// Make and model, e.g. 海尔 HYC-940 医用冷藏箱.
    public var name: String
    public var quantity: Int?
    public var scans: [Attachment]

    public init(kind: ColdChainKind, name: String, quantity: Int? = nil, scans: [Attachment]) {
        self.kind = kind
        self.name = name
        self.quantity = quantity
        self.scans = scans
    }
}

/// The cold-chain equipment the change list names for IVD reagents.
public enum ColdChainKind: String, Sendable, Codable, Equatable, CaseIterable {
    case coldStore = "cold_store"
    case refrigerator
    case backupGenerator = "backup_generator"
    case backupRefrigeration = "backup_refrigeration"
    case temperatureController = "temperature_controller"
    case alarm
    case refrigeratedVehicle = "refrigerated_vehicle"

    public var chineseLabel: String {
        switch self {
        case .coldStore: "冷库"
        case .refrigerator: "冷藏设备"
        case .backupGenerator: "备用发电机组"
        case .backupRefrigeration: "备用制冷机组"
        case .temperatureController: "自动温控仪"
        case .alarm: "自动报警设备"
        case .refrigeratedVehicle: "冷藏车"
        }
    }
}
