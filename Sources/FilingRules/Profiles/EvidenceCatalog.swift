import FilingModel
import Foundation

/// What one evidence path resolves to in a dossier: files to check, or a data field that is
/// present or not (a generated item's source data).
public struct EvidenceHit: Sendable, Equatable {
    public enum Value: Sendable, Equatable {
        case files([Attachment])
        case data(present: Bool)
    }

    /// Concrete field path, with indexes (`people.professionals[1].diploma.scans`).
    public var path: String
    public var value: Value
}

/// The dossier field paths a profile's `evidence` may name, and how to read each from a `Dossier`.
///
/// Paths are the dossier file's snake_case keys; `[*]` stands for every element of a list, and
/// `supplements:<key>` for a supplement entry with that key.
public enum EvidenceCatalog {
    typealias Extractor = @Sendable (Dossier) -> [EvidenceHit]

    /// Prefix of supplement evidence paths.
    public static let supplementPrefix = "supplements:"

    /// Whether a profile may name `pattern`.
    public static func isKnown(_ pattern: String) -> Bool {
        if pattern.hasPrefix(supplementPrefix) { return pattern.count > supplementPrefix.count }
        return extractors[pattern] != nil
    }

    /// The concrete evidence `pattern` names in `dossier`; a list with no elements yields one absent hit.
    public static func resolve(_ pattern: String, in dossier: Dossier) -> [EvidenceHit] {
        if pattern.hasPrefix(supplementPrefix) {
            let key = String(pattern.dropFirst(supplementPrefix.count))
            guard let index = dossier.supplements?.firstIndex(where: { $0.key == key }),
                  let supplement = dossier.supplements?[index]
            else { return [EvidenceHit(path: "supplements", value: .data(present: false))] }
            return [EvidenceHit(path: "supplements[\(index)].files", value: .files(supplement.files))]
        }
        return extractors[pattern]?(dossier) ?? []
    }

    private static func files(_ path: String, _ attachments: [Attachment]?) -> EvidenceHit {
        EvidenceHit(path: path, value: .files(attachments ?? []))
    }

    private static func data(_ path: String, _ present: Bool) -> EvidenceHit {
        EvidenceHit(path: path, value: .data(present: present))
    }

    private static func text(_ value: String?) -> Bool {
        !(value ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }

    /// One hit per element, or one absent hit at the list's path when the list is empty.
    private static func each<Element>(
        _ listPath: String, _ list: [Element]?, _ hit: (String, Element) -> EvidenceHit
    ) -> [EvidenceHit] {
        guard let list, !list.isEmpty else { return [data(listPath, false)] }
        return list.enumerated().map { hit("\(listPath)[\($0.offset)]", $0.element) }
    }

    /// Evidence fields every person has, under a person path.
    private static let personFields: [(suffix: String, read: @Sendable (String, Person?) -> EvidenceHit)] = [
        ("id_card", { files("\($0).id_card", $1?.idCard) }),
        ("diploma.scans", { files("\($0).diploma.scans", $1?.diploma?.scans) }),
        ("qualification.scans", { files("\($0).qualification.scans", $1?.qualification?.scans) }),
        ("labour_contract.scans", { files("\($0).labour_contract.scans", $1?.labourContract?.scans) }),
        ("resume", { data("\($0).resume", !($1?.resume ?? []).isEmpty) }),
        ("id_number", { data("\($0).id_number", text($1?.idNumber)) }),
    ]

    private static let personExtractors: [String: Extractor] = {
        var table: [String: Extractor] = [:]
        let single: [(String, @Sendable (Dossier) -> Person?)] = [
            ("people.legal_representative", { $0.people.legalRepresentative }),
            ("people.website_head", { $0.people.websiteHead }),
        ]
        let lists: [(String, @Sendable (Dossier) -> [Person]?)] = [
            ("people.shareholders", { $0.people.shareholders }),
            ("people.professionals", { $0.people.professionals }),
            ("people.computer_staff", { $0.people.computerStaff }),
        ]
        for field in personFields {
            for (path, person) in single {
                table["\(path).\(field.suffix)"] = { dossier in [field.read(path, person(dossier))] }
            }
            for (path, people) in lists {
                table["\(path)[*].\(field.suffix)"] = { dossier in
                    each(path, people(dossier)) { elementPath, person in field.read(elementPath, person) }
                }
            }
        }
        return table
    }()

    private static let extractors: [String: Extractor] = personExtractors
        .merging(applicantExtractors) { first, _ in first }
        .merging(websiteExtractors) { first, _ in first }
        .merging(policyExtractors) { first, _ in first }

    private static let applicantExtractors: [String: Extractor] = [
        "applicant.overview": { [data("applicant.overview", text($0.applicant.overview))] },
        "applicant.business_plan": { [data("applicant.business_plan", text($0.applicant.businessPlan))] },
        "applicant.technical_scheme": {
            [data("applicant.technical_scheme", text($0.applicant.technicalScheme))]
        },
        "applicant.departments": {
            [data("applicant.departments", !($0.applicant.departments ?? []).isEmpty)]
        },
        "applicant.business_licence.scans": {
            [files("applicant.business_licence.scans", $0.applicant.businessLicence.scans)]
        },
        "applicant.operation_licences[*].scans": { dossier in
            each("applicant.operation_licences", dossier.applicant.operationLicences) {
                files("\($0).scans", $1.scans)
            }
        },
        "applicant.name_pre_approval": {
            [files("applicant.name_pre_approval", $0.applicant.namePreApproval)]
        },
        "applicant.charter": { [files("applicant.charter", $0.applicant.charter)] },
        "applicant.capital_verification": {
            [files("applicant.capital_verification", $0.applicant.capitalVerification)]
        },
    ]

    private static let websiteExtractors: [String: Extractor] = [
        "website.domains[*].certificate": { dossier in
            each("website.domains", dossier.website.domains) { files("\($0).certificate", $1.certificate) }
        },
        "website.columns": { [data("website.columns", !$0.website.columns.isEmpty)] },
        "website.regulator_access.steps": {
            [data("website.regulator_access.steps", !$0.website.regulatorAccess.steps.isEmpty)]
        },
        "hosting.agreement.scans": { [files("hosting.agreement.scans", $0.hosting?.agreement.scans)] },
        "hosting.provider_licence.scans": {
            [files("hosting.provider_licence.scans", $0.hosting?.providerLicence.scans)]
        },
        "agent": { [data("agent", $0.agent != nil)] },
        "agent.scans": { [files("agent.scans", $0.agent?.scans)] },
        "agent.id_card": { [files("agent.id_card", $0.agent?.idCard)] },
        "existing_certificate": { [data("existing_certificate", $0.existingCertificate != nil)] },
        "existing_certificate.scans": {
            [files("existing_certificate.scans", $0.existingCertificate?.scans)]
        },
    ]

    private static let policyExtractors: [String: Extractor] = [
        "policies.security_measures": {
            [data("policies.security_measures", !($0.policies.securityMeasures ?? []).isEmpty)]
        },
        "policies.confidentiality_measures": {
            [data("policies.confidentiality_measures", !($0.policies.confidentialityMeasures ?? []).isEmpty)]
        },
        "policies.user_information_measures": {
            [data("policies.user_information_measures", !($0.policies.userInformationMeasures ?? []).isEmpty)]
        },
        "policies.backup": { [data("policies.backup", $0.policies.backup != nil)] },
        "policies.backup.records": {
            [data("policies.backup.records", !($0.policies.backup?.records ?? []).isEmpty)]
        },
        "policies.information_sources": {
            [data("policies.information_sources", !($0.policies.informationSources ?? []).isEmpty)]
        },
        "policies.information_sources[*].scans": { dossier in
            each("policies.information_sources", dossier.policies.informationSources) {
                files("\($0).scans", $1.scans)
            }
        },
        "policies.responsibilities": {
            [data("policies.responsibilities", !($0.policies.responsibilities ?? []).isEmpty)]
        },
    ]
}
