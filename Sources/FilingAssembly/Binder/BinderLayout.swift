import FilingDocument
import FilingRules

/// Naming and labelling conventions of the binder shared by the assembler, the contents and the PDF pass.
enum BinderLayout {
    /// The bookmark on the heading of the item at `position` (1-based, profile order).
    static func bookmark(forItemAt position: Int) -> String { "item-\(position)" }

    /// `1、标题`, `十三、标题`, `(五)标题` — the number as printed, then the verbatim title; the title alone for
    /// unnumbered front matter.
    static func headingText(for item: ProfileItem) -> String {
        if item.unnumbered { return item.titleZh }
        let number = item.number
        let closesWithBracket = number.hasSuffix(")") || number.hasSuffix("）")
        return closesWithBracket ? number + item.titleZh : number + "、" + item.titleZh
    }

    /// `1份`, `一式三份`.
    static func copiesLabel(_ copies: Int) -> String {
        copies <= 1 ? "1份" : "一式\(ChineseHeadingNumbering.chineseNumeral(copies))份"
    }
}
