import FilingModel

/// Captions for the device section's supplied files: what each document is and whose it is.
extension EvidenceFiles {
    static let deviceDocumentNames: [(fragment: String, name: String)] = [
        ("premises.property_certificate", "经营场所房产证明"),
        ("warehouse.property_certificate", "仓库房产证明"),
        ("premises.lease.certificate.scans", "经营场所《房屋租赁证》"),
        ("warehouse.lease.certificate.scans", "仓库《房屋租赁证》"),
        ("premises.lease.scans", "经营场所租赁协议"),
        ("warehouse.lease.scans", "仓库租赁协议"),
        ("premises.location_map", "经营场所地理位置图"),
        ("warehouse.location_map", "仓库地理位置图"),
        ("premises.floor_plan", "经营场所平面布局图"),
        ("warehouse.floor_plan", "仓库平面布局图"),
        ("cold_chain", "冷链设施证明材料"),
        ("title_certificate", "职称证书"),
        ("release_proof", "与原单位解除劳务关系的证明"),
        ("on_duty_declaration", "质量管理人员在岗自我保证声明"),
        ("name_change_notice", "企业名称变更核准通知书"),
        ("change.appointment", "任命文件"),
        ("amended_business_licence", "变更后的营业执照"),
        ("product_registrations", "拟经营产品注册证"),
    ]

    /// The person (or equipment) a device file belongs to, when the path names one.
    static func deviceSubjectName(at path: String, in dossier: Dossier) -> String? {
        guard let device = dossier.device else { return nil }
        if path.hasPrefix("device.quality_manager") { return device.qualityManager.person.name }
        if path.hasPrefix("device.company_head") { return device.companyHead?.name }
        if path.hasPrefix("device.technical_staff"), let index = index(in: path, after: "device.technical_staff") {
            return device.technicalStaff[safe: index]?.name
        }
        if path.hasPrefix("device.warehouse.cold_chain"),
           let index = index(in: path, after: "device.warehouse.cold_chain") {
            return device.warehouse?.coldChain?[safe: index]?.name
        }
        return nil
    }
}
