import FilingModel

/// Staffing minimums set by the profile: qualified professionals, computer staff, and people listed on
/// the form as familiar with drug law.
enum StaffingRule {
    static let tooFewProfessionals = RuleDefinition(
        "staffing.professionals.too-few", .error,
        summary: LocalizedText(zh: "符合条件的药学/医疗器械/临床医学专业技术人员不足",
                               en: "too few qualified pharmacy / medical-device / clinical-medicine professionals"),
        hint: LocalizedText(zh: "补充具有规定学历（或专业技术资格证书）的人员，并附学历或资格证书扫描件",
                            en: "add professionals with the required diploma (or a qualification) and their scans"))
    static let notCounted = RuleDefinition(
        "staffing.professional.not-counted", .info,
        summary: LocalizedText(zh: "该人员不计入专业技术人员人数", en: "this person does not count as a qualified professional"),
        hint: LocalizedText(zh: "需相关专业，且学历达到要求或持有资格证书",
                            en: "needs a counted discipline and the minimum diploma, or a qualification"))
    static let tooFewComputerStaff = RuleDefinition(
        "staffing.computer-staff.too-few", .error,
        summary: LocalizedText(zh: "计算机相关专业技术人员不足", en: "too few computer staff"),
        hint: LocalizedText(zh: "在 people.computer_staff 中补充人员及其身份证、简历、毕业证",
                            en: "add people under people.computer_staff with ID, résumé and diploma"))
    static let tooFewFamiliar = RuleDefinition(
        "staffing.drug-law-familiar.too-few", .warning,
        summary: LocalizedText(zh: "申请表中熟悉药品管理法律法规的人员不足",
                               en: "too few people listed as familiar with drug law on the form"),
        hint: LocalizedText(zh: "为专业技术人员填写 drug_law_familiarity", en: "set drug_law_familiarity for the professionals"))

    static let all = [tooFewProfessionals, notCounted, tooFewComputerStaff, tooFewFamiliar]

    /// Whether `person` counts towards the professional minimum under `settings`.
    static func counts(_ person: Person, under settings: RuleSettings) -> Bool {
        guard let discipline = person.discipline, settings.professionalDisciplines.contains(discipline) else {
            return false
        }
        if let diploma = person.diploma, diploma.level >= settings.minDiploma { return true }
        return settings.qualificationCounts && person.qualification != nil
    }

    static func apply(to context: inout RuleContext) {
        let people = context.dossier.people
        let settings = context.settings
        if settings.minProfessionals > 0 {
            var counted = 0
            for (index, person) in people.professionals.enumerated() {
                if counts(person, under: settings) {
                    counted += 1
                } else {
                    context.report(notCounted, at: "people.professionals[\(index)]", items: [.staff],
                                   detail: .same(person.name))
                }
            }
            if counted < settings.minProfessionals {
                context.report(tooFewProfessionals, at: "people.professionals", items: [.staff],
                               detail: counting(counted, of: settings.minProfessionals))
            }
        }
        let computerStaff = people.computerStaff?.count ?? 0
        if computerStaff < settings.minComputerStaff {
            context.report(tooFewComputerStaff, at: "people.computer_staff", items: [.computerStaff, .staff],
                           detail: counting(computerStaff, of: settings.minComputerStaff))
        }
        let everyone = [people.legalRepresentative, people.websiteHead] + (people.shareholders ?? [])
            + people.professionals + (people.computerStaff ?? [])
        var familiarNames = Set<String>()
        for person in everyone where person.drugLawFamiliarity != nil { familiarNames.insert(person.name) }
        if familiarNames.count < settings.minDrugLawFamiliar {
            context.report(tooFewFamiliar, at: "people.professionals", items: [.form, .staff],
                           detail: counting(familiarNames.count, of: settings.minDrugLawFamiliar))
        }
    }

    private static func counting(_ found: Int, of needed: Int) -> LocalizedText {
        LocalizedText(zh: "现有 \(found) 人，至少需要 \(needed) 人", en: "\(found) found, at least \(needed) needed")
    }
}
