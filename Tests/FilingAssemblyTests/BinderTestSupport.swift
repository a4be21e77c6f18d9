@testable import FilingAssembly
import FilingModel
import FilingRules
import FilingTestSupport
import Foundation

/// Reads the text back out of written documents.
enum BinderText {
    /// Paragraph texts of a DOCX, one per line.
    static func docx(_ url: URL) throws -> String {
        try text(of: ZipContents(Data(contentsOf: url))["word/document.xml"] ?? Data(),
                 textTag: "w:t", paragraphEnd: "</w:p>")
    }

    /// Paragraph texts of an ODT, one per line.
    static func odt(_ url: URL) throws -> String {
        let xml = String(decoding: try ZipContents(Data(contentsOf: url))["content.xml"] ?? Data(), as: UTF8.self)
        let lines = xml.replacingOccurrences(of: "</text:p>", with: "\n").replacingOccurrences(of: "</text:h>", with: "\n")
        return unescape(lines.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression))
    }

    private static func text(of data: Data, textTag: String, paragraphEnd: String) -> String {
        let xml = String(decoding: data, as: UTF8.self).replacingOccurrences(of: paragraphEnd, with: "\n")
        var result = ""
        let pattern = "<\(textTag)(?: [^>]*)?>([^<]*)</\(textTag)>|\n"
        let regex = try? NSRegularExpression(pattern: pattern)
        regex?.enumerateMatches(in: xml, range: NSRange(xml.startIndex..., in: xml)) { match, _, _ in
            guard let match else { return }
            if let range = Range(match.range(at: 1), in: xml) { result += xml[range] } else { result += "\n" }
        }
        return unescape(result)
    }

    private static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Text without any whitespace, for matching across wrapped lines and runs.
    static func flatten(_ text: String) -> String { PageLayout.normalize(text) }
}

/// Dossier values each generated item must show, by item key.
enum ExpectedValues {
    static func byItem(_ dossier: Dossier) -> [ItemKey: [String]] {
        let applicant = dossier.applicant
        let website = dossier.website
        let server = website.mainServer
        var values: [ItemKey: [String]] = [
            .form: [applicant.name, applicant.address, applicant.postcode, applicant.phone, applicant.email,
                    applicant.legalRepresentative, website.name, server.location, server.domain, server.ip,
                    applicant.unitHead.name, applicant.contact.name, applicant.contact.phone]
                + (applicant.investors ?? []).map(\.name),
            .companyPlan: [applicant.creditCode] + website.columns.map(\.name)
                + TemplateValues.paragraphs(applicant.overview),
            .columns: website.columns.flatMap { [$0.name, $0.url] },
            .onlineBrowse: website.columns.map(\.url) + website.regulatorAccess.steps,
            .staff: dossier.people.professionals.map(\.name) + [dossier.people.websiteHead.name],
            .computerStaff: (dossier.people.computerStaff ?? []).map(\.name),
            .security: (dossier.policies.securityMeasures ?? []) + (dossier.policies.responsibilities ?? []).map(\.person),
            .source: (dossier.policies.informationSources ?? []).flatMap { [$0.manufacturer] + $0.products.map(\.approvalNumber) },
            .truth: [applicant.creditCode, applicant.name],
            .undertaking: [applicant.name, website.name],
            .legalRepOrg: [dossier.people.legalRepresentative.name] + (applicant.departments ?? []).map(\.name),
        ]
        if let backup = dossier.policies.backup { values[.backup] = [backup.frequency, backup.responsible] }
        if let agent = dossier.agent { values[.poa] = [agent.name, agent.idNumber, agent.validUntil.chinese] }
        if website.columns.contains(where: { $0.loginRequired == true }),
           let account = website.regulatorAccess.testAccount {
            values[.onlineBrowse, default: []].append(account.username)
        }
        return values
    }
}

/// Reads RFC 4180 CSV (quoted fields, doubled quotes, CRLF).
enum CSVReader {
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = text.drop { $0 == "\u{FEFF}" }.makeIterator()
        while let character = characters.next() {
            if quoted {
                if character == "\"" {
                    if let next = characters.next() {
                        if next == "\"" { field.append("\"") } else {
                            quoted = false
                            consume(next, &field, &row, &rows, &quoted)
                        }
                    } else { quoted = false }
                } else { field.append(character) }
            } else {
                consume(character, &field, &row, &rows, &quoted)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    private static func consume(_ character: Character, _ field: inout String, _ row: inout [String],
                                _ rows: inout [[String]], _ quoted: inout Bool) {
        switch character {
        case "\"": quoted = true
        case ",": row.append(field); field = ""
        case "\r\n", "\n": row.append(field); rows.append(row); row = []; field = ""
        default: field.append(character)
        }
    }
}

/// Reads the page numbers the 资料目录 of a laid-out PDF states (pdftotext -layout lines: the item number
/// first, the page last).
enum PDFContents {
    static func statedPages(pages: [String], from contentsPage: Int, report: CheckReport) -> [String: Int] {
        let numbers = Set(report.items.map(\.item.number))
        let firstHeading = report.items.first { $0.status != .notRequired }.map { BinderLayout.headingText(for: $0.item) }
        var stated: [String: Int] = [:]
        for page in pages[contentsPage...] {
            if let firstHeading, BinderText.flatten(page).contains(BinderText.flatten(firstHeading)) { break }
            for line in page.split(separator: "\n") {
                let tokens = line.split(whereSeparator: \.isWhitespace).map(String.init)
                guard let first = tokens.first, let last = tokens.last, tokens.count >= 2, numbers.contains(first),
                      stated[first] == nil, let page = Int(last) else { continue }
                stated[first] = page
            }
        }
        return stated
    }
}
