import FilingModel

/// Evidence paths under `device` (the medical-device licence family). Persons under
/// `device.quality_manager.person` and `device.company_head` take the shared person paths.
extension EvidenceCatalog {
    /// The files and data of a business or storage site, for `prefix` `device.premises` or `device.warehouse`.
    private static func siteExtractors(_ prefix: String, _ site: @escaping @Sendable (Dossier) -> DeviceSite?)
        -> [String: Extractor]
    {
        [
            prefix: { [data(prefix, site($0) != nil)] },
            "\(prefix).property_certificate": { [files("\(prefix).property_certificate", site($0)?.propertyCertificate)] },
            "\(prefix).lease.scans": { [files("\(prefix).lease.scans", site($0)?.lease?.scans)] },
            "\(prefix).lease.certificate.scans": {
                [files("\(prefix).lease.certificate.scans", site($0)?.lease?.certificate?.scans)]
            },
            "\(prefix).location_map": { [files("\(prefix).location_map", site($0)?.locationMap)] },
            "\(prefix).floor_plan": { [files("\(prefix).floor_plan", site($0)?.floorPlan)] },
        ]
    }

    private static let staffExtractors: [String: Extractor] = [
        "device.technical_staff": { [data("device.technical_staff", !($0.device?.technicalStaff ?? []).isEmpty)] },
        "device.technical_staff[*].id_card": { dossier in
            each("device.technical_staff", dossier.device?.technicalStaff) { files("\($0).id_card", $1.idCard) }
        },
        "device.technical_staff[*].diploma.scans": { dossier in
            each("device.technical_staff", dossier.device?.technicalStaff) { files("\($0).diploma.scans", $1.diploma?.scans) }
        },
        "device.technical_staff[*].title_certificate": { dossier in
            each("device.technical_staff", dossier.device?.technicalStaff) {
                files("\($0).title_certificate", $1.titleCertificate)
            }
        },
        "device.quality_manager": { [data("device.quality_manager", $0.device != nil)] },
        "device.quality_manager.title_certificate": {
            [files("device.quality_manager.title_certificate", $0.device?.qualityManager.titleCertificate)]
        },
        "device.quality_manager.release_proof": {
            [files("device.quality_manager.release_proof", $0.device?.qualityManager.releaseProof)]
        },
        "device.quality_manager.on_duty_declaration": {
            [files("device.quality_manager.on_duty_declaration", $0.device?.qualityManager.onDutyDeclaration)]
        },
    ]

    private static let warehouseExtractors: [String: Extractor] = [
        "device.warehouse.zones": { [data("device.warehouse.zones", !($0.device?.warehouse?.zones ?? []).isEmpty)] },
        "device.warehouse.storage": { [data("device.warehouse.storage", $0.device?.warehouse?.storage != nil)] },
        "device.warehouse.equipment": {
            [data("device.warehouse.equipment", !($0.device?.warehouse?.equipment ?? []).isEmpty)]
        },
        "device.warehouse.cold_chain[*].scans": { dossier in
            each("device.warehouse.cold_chain", dossier.device?.warehouse?.coldChain) { files("\($0).scans", $1.scans) }
        },
    ]

    private static let changeExtractors: [String: Extractor] = [
        "device.change": { [data("device.change", $0.device?.change != nil)] },
        "device.change.name_change_notice": {
            [files("device.change.name_change_notice", $0.device?.change?.nameChangeNotice)]
        },
        "device.change.appointment": { [files("device.change.appointment", $0.device?.change?.appointment)] },
        "device.change.amended_business_licence": {
            [files("device.change.amended_business_licence", $0.device?.change?.amendedBusinessLicence)]
        },
        "device.change.product_registrations": {
            [files("device.change.product_registrations", $0.device?.change?.productRegistrations)]
        },
    ]

    static let deviceExtractors: [String: Extractor] = {
        var table: [String: Extractor] = [
            "device": { [data("device", $0.device != nil)] },
            "device.scope": { [data("device.scope", !($0.device?.scope.categories ?? []).isEmpty)] },
            "device.policies": { [data("device.policies", !($0.device?.policies ?? []).isEmpty)] },
            "device.application_report": {
                [data("device.application_report", $0.device?.applicationReport != nil)]
            },
        ]
        let parts = [
            siteExtractors("device.premises") { $0.device?.premises },
            siteExtractors("device.warehouse") { $0.device?.warehouse?.site },
            staffExtractors, warehouseExtractors, changeExtractors,
        ]
        for part in parts { table.merge(part) { first, _ in first } }
        return table
    }()
}
