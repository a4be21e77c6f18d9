import FilingModel

/// The warehouse has the five zones and a stated humidity range within 45–75 %, and a scope with IVD
/// reagents comes with cold-chain equipment and its evidence (seed 003, 仓库管理 (6) (9); 变更仓库地址).
enum DeviceStorageRule {
    /// 各库房相对湿度应保持在45—75%之间.
    static let humidityBounds = 45.0...75.0

    static let zonesMissing = RuleDefinition(
        "device.warehouse.zones.missing", .error,
        summary: LocalizedText(zh: "仓库未划分全部五区", en: "the warehouse lacks some of the five zones"),
        hint: LocalizedText(zh: "在 zones 中列出待验区、合格品区、发货区、不合格品区、退货区,并在平面图上标注",
                            en: "list quarantine, qualified, dispatch, nonconforming and returns zones and mark them on the plan"))
    static let humidityMissing = RuleDefinition(
        "device.storage.humidity.missing", .error,
        summary: LocalizedText(zh: "未说明仓库的相对湿度范围", en: "the warehouse's humidity range is not stated"),
        hint: LocalizedText(zh: "填写 storage.humidity(如 45–75)", en: "fill in storage.humidity (e.g. 45–75)"))
    static let humidityOutOfRange = RuleDefinition(
        "device.storage.humidity.out-of-range", .error,
        summary: LocalizedText(zh: "仓库相对湿度范围不在 45%–75% 之内", en: "the warehouse humidity range is not within 45–75 %"),
        hint: LocalizedText(zh: "配备除湿或加湿设备,按 45%–75% 控制并记录", en: "add (de)humidifiers and keep and log 45–75 %"))
    static let coldChainMissing = RuleDefinition(
        "device.cold-chain.missing", .error,
        summary: LocalizedText(zh: "经营体外诊断试剂须具备冷链设施", en: "trading IVD reagents requires cold-chain equipment"),
        hint: LocalizedText(zh: "在 warehouse.cold_chain 中列出冷库/冷藏设备、备用发电或制冷机组、温控和报警设备",
                            en: "list cold store or refrigerators, backup power or cooling, temperature control and alarms under warehouse.cold_chain"))
    static let coldChainNoEvidence = RuleDefinition(
        "device.cold-chain.no-evidence", .error,
        summary: LocalizedText(zh: "冷链设施缺少证明材料", en: "cold-chain equipment has no evidence"),
        hint: LocalizedText(zh: "附发票、冷库安装合同或运行合格证明", en: "attach invoices, the cold-store installation contract or acceptance certificate"))

    static let all = [zonesMissing, humidityMissing, humidityOutOfRange, coldChainMissing, coldChainNoEvidence]

    static func apply(to context: inout RuleContext) {
        guard let device = context.dossier.device else { return }
        if let warehouse = device.warehouse {
            checkZones(warehouse, &context)
            checkHumidity(warehouse, &context)
        }
        if device.scope.includesIVDReagents { checkColdChain(device.warehouse, &context) }
    }

    private static func checkZones(_ warehouse: DeviceWarehouse, _ context: inout RuleContext) {
        let present = Set(warehouse.zones.map(\.kind))
        let missing = WarehouseZoneKind.required.filter { !present.contains($0) }
        guard !missing.isEmpty else { return }
        context.report(zonesMissing, at: "device.warehouse.zones", items: [.warehouse, .premises, .changeMaterials],
                       detail: LocalizedText(zh: missing.map(\.chineseLabel).joined(separator: "、"),
                                             en: missing.map(\.rawValue).joined(separator: ", ")))
    }

    private static func checkHumidity(_ warehouse: DeviceWarehouse, _ context: inout RuleContext) {
        let items: [ItemKey] = [.warehouse, .premises, .changeMaterials]
        guard let humidity = warehouse.storage?.humidity else {
            context.report(humidityMissing, at: "device.warehouse.storage", items: items)
            return
        }
        if !humidity.isWithin(humidityBounds) {
            context.report(humidityOutOfRange, at: "device.warehouse.storage.humidity", items: items,
                           detail: .same("\(humidity.label) %"))
        }
    }

    private static func checkColdChain(_ warehouse: DeviceWarehouse?, _ context: inout RuleContext) {
        let items: [ItemKey] = [.coldChain, .warehouse, .changeMaterials]
        let equipment = warehouse?.coldChain ?? []
        guard !equipment.isEmpty else {
            context.report(coldChainMissing, at: "device.warehouse.cold_chain", items: items)
            return
        }
        for (index, entry) in equipment.enumerated() where entry.scans.isEmpty {
            context.report(coldChainNoEvidence, at: "device.warehouse.cold_chain[\(index)].scans", items: items,
                           detail: .same(entry.name))
        }
    }
}
