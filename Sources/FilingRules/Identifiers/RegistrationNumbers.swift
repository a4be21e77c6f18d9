import Foundation

/// Parsers for the licence and filing numbers that appear in a dossier (domain-research §F4–F7).
public enum RegistrationNumbers {
    /// Province abbreviations used in ICP filings and certificate numbers (both 川/蜀, 甘/陇, 贵/黔, 云/滇).
    public static let provinces: Set<Character> = [
        "京", "津", "冀", "晋", "蒙", "辽", "吉", "黑", "沪", "苏", "浙", "皖", "闽", "赣", "鲁", "豫", "鄂", "湘",
        "粤", "桂", "琼", "渝", "川", "蜀", "黔", "贵", "滇", "云", "藏", "陕", "甘", "陇", "青", "宁", "新",
    ]

    /// A parsed 互联网药品信息服务资格证书 number, e.g. `(京)-经营性-2017-0012`.
    public struct Certificate: Sendable, Equatable {
        public var province: Character
        public var commercial: Bool
        public var year: Int
        public var serial: String
    }

    /// ICP 备案号: `京ICP备12345678号` with an optional `-n` site index; 6–10 digits.
    public static func isICPFiling(_ raw: String) -> Bool {
        var rest = Substring(compact(raw))
        guard let province = rest.popFirst(), provinces.contains(province), rest.hasPrefix("ICP备") else { return false }
        rest = rest.dropFirst(4)
        let digits = rest.prefix(while: IdentifierChecks.isDigit)
        guard (6...10).contains(digits.count) else { return false }
        rest = rest.dropFirst(digits.count)
        guard rest.popFirst() == "号" else { return false }
        if rest.isEmpty { return true }
        guard rest.popFirst() == "-" else { return false }
        return (1...3).contains(rest.count) && rest.allSatisfy(IdentifierChecks.isDigit)
    }

    /// 增值电信业务经营许可证 number (`B1-20180123`, `京B2-20190456`, `合字B1.B2-20130004`): its business
    /// categories, or nil when malformed or the year (first four digits) is outside 1990…`latestYear`.
    public static func telecomLicenceCategories(_ raw: String, latestYear: Int) -> [String]? {
        var rest = Substring(compact(raw))
        if rest.hasPrefix("合字") { rest = rest.dropFirst(2) }
        if let first = rest.first, provinces.contains(first) { rest = rest.dropFirst() }
        let parts = rest.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let categories = parts[0].split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard categories.allSatisfy({ ["A1", "A2", "B1", "B2"].contains($0) }),
              parts[1].count == 8, parts[1].allSatisfy(IdentifierChecks.isDigit),
              let year = Int(parts[1].prefix(4)), (1990...latestYear).contains(year)
        else { return nil }
        return categories
    }

    /// A 资格证书 number `(京)-经营性-2017-0012`; full-width brackets and dashes and a `国家药监局` prefix
    /// are accepted.
    public static func certificate(_ raw: String) -> Certificate? {
        var text = Substring(compact(raw).replacingOccurrences(of: "—", with: "-"))
        if text.hasPrefix("国家药监局") { text = text.dropFirst(5) }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0].count == 3, parts[0].first == "(", parts[0].last == ")" else { return nil }
        let province = parts[0][parts[0].index(after: parts[0].startIndex)]
        guard provinces.contains(province), ["经营性", "非经营性"].contains(parts[1]),
              parts[2].count == 4, parts[3].count == 4,
              (parts[2] + parts[3]).allSatisfy(IdentifierChecks.isDigit), let year = Int(parts[2]), year >= 2004
        else { return nil }
        return Certificate(province: province, commercial: parts[1] == "经营性", year: year, serial: String(parts[3]))
    }

    /// A filing-regime number like `浙网药信备字〔2025〕00228号` (one observed sample; brackets 〔〕, [] or ()).
    public static func isInformationServiceFiling(_ raw: String) -> Bool {
        var rest = Substring(compact(raw))
        guard let province = rest.popFirst(), provinces.contains(province), rest.hasPrefix("网药信备字") else {
            return false
        }
        rest = rest.dropFirst(5)
        guard let open = rest.popFirst(), "〔[(".contains(open) else { return false }
        let year = rest.prefix(4)
        guard year.count == 4, year.allSatisfy(IdentifierChecks.isDigit) else { return false }
        rest = rest.dropFirst(4)
        guard let close = rest.popFirst(), "〕])".contains(close) else { return false }
        let serial = rest.prefix(while: IdentifierChecks.isDigit)
        return serial.count == 5 && rest.dropFirst(serial.count) == "号"
    }

    /// Normalised (full-width folded) with all whitespace removed.
    private static func compact(_ raw: String) -> String {
        IdentifierChecks.normalized(raw).filter { !$0.isWhitespace }
    }
}
