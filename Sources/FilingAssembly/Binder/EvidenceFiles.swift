import FilingModel
import FilingRules
import Foundation

/// The supplied files of a profile item, with a caption naming what each one is.
enum EvidenceFiles {
    struct Entry: Equatable {
        var attachment: Attachment
        /// Field path the file came from, e.g. `people.professionals[0].diploma.scans`.
        var path: String
        var caption: String
    }

    /// Files the item's evidence names (under its conditions and exceptions), each once, in profile order.
    static func attachments(for item: ProfileItem, in dossier: Dossier) -> [Entry] {
        var seen = Set<String>()
        var entries: [Entry] = []
        for requirement in item.evidence
        where requirement.conditions.allSatisfy({ $0.holds(for: dossier) })
            && !requirement.exceptions.contains(where: { $0.holds(for: dossier) }) {
            for hit in requirement.paths.flatMap({ EvidenceCatalog.resolve($0, in: dossier) }) {
                guard case .files(let attachments) = hit.value else { continue }
                for attachment in attachments where seen.insert(attachment.file).inserted {
                    let caption = attachment.caption ?? describe(path: hit.path, in: dossier, item: item)
                    entries.append(Entry(attachment: attachment, path: hit.path, caption: caption))
                }
            }
        }
        return entries
    }

    /// A caption from the field path: the person's name (if any) and what the document is.
    static func describe(path: String, in dossier: Dossier, item: ProfileItem) -> String {
        let document = documentNames.first { path.contains($0.fragment) }?.name ?? item.titleZh
        if path.hasPrefix("supplements"), let title = supplementTitle(path: path, in: dossier) { return title }
        guard let subject = subjectName(at: path, in: dossier) else { return document }
        return "\(subject) \(document)"
    }

    private static let documentNames: [(fragment: String, name: String)] = [
        ("id_card", "身份证复印件"),
        ("diploma.scans", "学历证明"),
        ("qualification.scans", "专业技术资格证书"),
        ("labour_contract.scans", "劳动合同"),
        ("business_licence.scans", "营业执照"),
        ("operation_licences", "生产或经营许可证"),
        ("name_pre_approval", "名称预核准通知书"),
        ("charter", "公司章程"),
        ("capital_verification", "验资报告"),
        ("website.domains", "域名注册证书"),
        ("agreement.scans", "服务器托管合同"),
        ("provider_licence.scans", "增值电信业务经营许可证"),
        ("agent.scans", "授权委托书"),
        ("information_sources", "生产许可证及产品批准证明文件"),
        ("existing_certificate.scans", "互联网药品信息服务资格证书"),
    ]

    private static func supplementTitle(path: String, in dossier: Dossier) -> String? {
        guard let index = index(in: path, after: "supplements") else { return nil }
        return dossier.supplements?[safe: index]?.title
    }

    /// Whose document it is: a person's or a manufacturer's name.
    private static func subjectName(at path: String, in dossier: Dossier) -> String? {
        let people = dossier.people
        if path.hasPrefix("people.legal_representative") { return people.legalRepresentative.name }
        if path.hasPrefix("people.website_head") { return people.websiteHead.name }
        let lists: [(String, [Person]?)] = [
            ("people.professionals", people.professionals), ("people.computer_staff", people.computerStaff),
            ("people.shareholders", people.shareholders),
        ]
        for (prefix, list) in lists where path.hasPrefix(prefix) {
            guard let index = index(in: path, after: prefix) else { return nil }
            return list?[safe: index]?.name
        }
        if path.hasPrefix("policies.information_sources"),
           let index = index(in: path, after: "policies.information_sources"),
           let source = dossier.policies.informationSources?[safe: index] {
            return source.manufacturer
        }
        return nil
    }

    /// The index in `prefix[3]…`.
    private static func index(in path: String, after prefix: String) -> Int? {
        let rest = path.dropFirst(prefix.count)
        guard rest.first == "[", let close = rest.firstIndex(of: "]") else { return nil }
        return Int(rest[rest.index(after: rest.startIndex)..<close])
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
