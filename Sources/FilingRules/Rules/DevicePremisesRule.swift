import FilingModel

/// Device business and storage premises are not in residential buildings, and a leased site has a lease
/// certificate (《房屋租赁证》) valid at least a year after the filing date (seed 003, 变更质量管理人 (5)).
enum DevicePremisesRule {
    /// Months a lease certificate must still run after the filing date.
    static let minimumLeaseCertificateMonths = 12

    static let residential = RuleDefinition(
        "device.premises.residential", .error,
        summary: LocalizedText(zh: "经营或仓库场所不得设在住宅类房屋内", en: "business or storage premises are in a residential building"),
        hint: LocalizedText(zh: "改用办公、商业或仓储用途的房屋,并提供其房产证明", en: "move to an office, commercial or warehouse building and supply its property certificate"))
    static let leaseMissing = RuleDefinition(
        "device.premises.lease.missing", .error,
        summary: LocalizedText(zh: "租赁场所缺少租赁协议", en: "leased premises have no lease"),
        hint: LocalizedText(zh: "填写 lease(出租方、期限、协议扫描件)", en: "fill in lease (lessor, period, scans of the agreement)"))
    static let certificateMissing = RuleDefinition(
        "device.premises.lease-certificate.missing", .error,
        summary: LocalizedText(zh: "租赁场所缺少《房屋租赁证》", en: "leased premises have no lease certificate (房屋租赁证)"),
        hint: LocalizedText(zh: "在 lease.certificate 中填写有效期并附原件扫描件", en: "add lease.certificate with its validity and a scan"))
    static let certificateTooShort = RuleDefinition(
        "device.premises.lease-certificate.too-short", .error,
        summary: LocalizedText(zh: "《房屋租赁证》有效期自申报日起不足一年", en: "the lease certificate runs for less than a year after the filing date"),
        hint: LocalizedText(zh: "续办租赁登记后更新有效期和扫描件", en: "renew the lease registration, then update the date and scan"))

    static let all = [residential, leaseMissing, certificateMissing, certificateTooShort]

    static func apply(to context: inout RuleContext) {
        guard let device = context.dossier.device else { return }
        check(device.premises, at: "device.premises", items: [.premises, .changeMaterials], &context)
        if let warehouse = device.warehouse {
            check(warehouse.site, at: "device.warehouse", items: [.warehouse, .premises, .changeMaterials], &context)
        }
    }

    private static func check(_ site: DeviceSite, at path: String, items: [ItemKey], _ context: inout RuleContext) {
        if site.declaredUse == .residential {
            context.report(residential, at: "\(path).declared_use", items: items, detail: .same(site.address))
        }
        guard site.tenure == .leased else { return }
        guard let lease = site.lease else {
            context.report(leaseMissing, at: "\(path).lease", items: items)
            return
        }
        guard let certificate = lease.certificate else {
            context.report(certificateMissing, at: "\(path).lease.certificate", items: items)
            return
        }
        let needed = context.date.adding(months: minimumLeaseCertificateMonths)
        if certificate.validUntil < needed {
            context.report(certificateTooShort, at: "\(path).lease.certificate.valid_until", items: items,
                           detail: LocalizedText(zh: "有效期至 \(certificate.validUntil),应不早于 \(needed)",
                                                 en: "valid until \(certificate.validUntil), needs \(needed) or later"))
        }
    }
}
