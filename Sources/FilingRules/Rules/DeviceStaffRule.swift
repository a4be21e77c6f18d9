import FilingModel

/// The quality manager is qualified (diploma or title), on duty and not employed elsewhere (seed 004 §B);
/// the technical and maintenance staff table has every column filled (seed 004 §G item 6), with valid ID
/// numbers.
enum DeviceStaffRule {
    static let notOnDuty = RuleDefinition(
        "device.quality-manager.not-on-duty", .error,
        summary: LocalizedText(zh: "质量管理人应在职在岗", en: "the quality manager must be on duty in post"),
        hint: LocalizedText(zh: "确认在岗后设置 on_duty: true,并签署在岗自我保证声明", en: "once on duty, set on_duty: true and sign the on-duty declaration"))
    static let employedElsewhere = RuleDefinition(
        "device.quality-manager.employed-elsewhere", .error,
        summary: LocalizedText(zh: "质量管理人不得在其他单位兼职", en: "the quality manager must not hold a job elsewhere"),
        hint: LocalizedText(zh: "解除兼职关系并提供证明,或另行任命", en: "end the other job and supply proof, or appoint someone else"))
    static let unqualified = RuleDefinition(
        "device.quality-manager.unqualified", .error,
        summary: LocalizedText(zh: "质量管理人须具备相关专业学历或职称", en: "the quality manager needs a relevant diploma or title"),
        hint: LocalizedText(zh: "填写 person.diploma(专科及以上)或 person.title 并附证书", en: "fill in person.diploma (associate or higher) or person.title with the certificate"))
    static let noStaff = RuleDefinition(
        "device.staff.none", .error,
        summary: LocalizedText(zh: "技术、维修人员一览表为空", en: "the technical and maintenance staff table is empty"),
        hint: LocalizedText(zh: "在 device.technical_staff 中列出技术和维修人员", en: "list the technical and maintenance staff under device.technical_staff"))
    static let incompleteRow = RuleDefinition(
        "device.staff.incomplete", .error,
        summary: LocalizedText(zh: "技术、维修人员一览表缺少栏目", en: "a row of the staff table is incomplete"),
        hint: LocalizedText(zh: "补全性别、年龄、学校、学历、专业、职称(无则填 无)、职务和身份证号码",
                            en: "fill in sex, age, school, degree, major, title (无 when none), position and ID number"))

    static let all = [notOnDuty, employedElsewhere, unqualified, noStaff, incompleteRow]

    static func apply(to context: inout RuleContext) {
        guard let device = context.dossier.device else { return }
        checkQualityManager(device.qualityManager, minDiploma: context.settings.minDiploma, &context)
        checkStaff(device.technicalStaff, &context)
        if let head = device.companyHead, let id = head.idNumber, !id.isEmpty {
            IdentifierRule.checkResidentID(id, at: "device.company_head.id_number", items: [.changeMaterials], &context)
        }
    }

    /// Whether a diploma or title qualifies the quality manager.
    static func isQualified(_ person: Person, minDiploma: DiplomaLevel) -> Bool {
        let diplomaCounts = person.diploma.map { $0.level >= minDiploma } ?? false
        return diplomaCounts || hasTitle(person.title)
    }

    private static func hasTitle(_ title: String?) -> Bool {
        let text = (title ?? "").trimmingCharacters(in: .whitespaces)
        return !text.isEmpty && text != "无"
    }

    private static func checkQualityManager(_ manager: QualityManager, minDiploma: DiplomaLevel,
                                            _ context: inout RuleContext) {
        let items: [ItemKey] = [.qualityManager, .changeMaterials, .onDuty, .deviceStaff]
        let name = LocalizedText.same(manager.person.name)
        if !manager.onDuty {
            context.report(notOnDuty, at: "device.quality_manager.on_duty", items: items, detail: name)
        }
        if manager.employedElsewhere {
            context.report(employedElsewhere, at: "device.quality_manager.employed_elsewhere", items: items, detail: name)
        }
        if !isQualified(manager.person, minDiploma: minDiploma) {
            context.report(unqualified, at: "device.quality_manager.person", items: items, detail: name)
        }
        if let id = manager.person.idNumber, !id.isEmpty {
            IdentifierRule.checkResidentID(id, at: "device.quality_manager.person.id_number", items: items, &context)
        }
    }

    /// The printed columns a row leaves empty, in column order.
    static func missingColumns(of member: DeviceStaffMember) -> [LocalizedText] {
        var missing: [LocalizedText] = []
        func need(_ present: Bool, _ zh: String, _ en: String) {
            if !present { missing.append(LocalizedText(zh: zh, en: en)) }
        }
        need(member.sex != nil, "性别", "sex")
        need(member.birthDate != nil || member.age != nil, "年龄", "age")
        need(member.diploma != nil, "最后毕业学校、学历、专业", "school, degree, major")
        need(!(member.title ?? "").trimmingCharacters(in: .whitespaces).isEmpty, "技术职称", "title")
        need(!(member.position ?? "").trimmingCharacters(in: .whitespaces).isEmpty, "公司职务", "position")
        need(!(member.idNumber ?? "").isEmpty, "身份证号码", "ID number")
        return missing
    }

    private static func checkStaff(_ staff: [DeviceStaffMember], _ context: inout RuleContext) {
        let items: [ItemKey] = [.deviceStaff, .changeMaterials]
        guard !staff.isEmpty else {
            context.report(noStaff, at: "device.technical_staff", items: items)
            return
        }
        for (index, member) in staff.enumerated() {
            let path = "device.technical_staff[\(index)]"
            let missing = missingColumns(of: member)
            if !missing.isEmpty {
                context.report(incompleteRow, at: path, items: items, detail: LocalizedText(
                    zh: "\(member.name):" + missing.map(\.zh).joined(separator: "、"),
                    en: "\(member.name): " + missing.map(\.en).joined(separator: ", ")))
            }
            if let id = member.idNumber, !id.isEmpty {
                IdentifierRule.checkResidentID(id, at: "\(path).id_number", items: items, &context)
            }
        }
    }
}
