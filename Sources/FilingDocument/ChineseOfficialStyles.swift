extension StyleSheet {
    /// Styles after GB/T 9704-2012: 仿宋 三号 body with two-character first-line indent and fixed 28 pt lines,
    /// 小标宋-like title (宋体 二号 bold), headings 黑体 / 楷体 / 仿宋 bold, 仿宋 四号 table text.
    public static let chineseOfficial = StyleSheet(
        defaultFont: .fangSong, defaultSize: .hao(.sanHao),
        styles: [
            ParagraphStyle(
                id: .normal, name: "Normal", basedOn: nil,
                paragraph: ParagraphFormat(alignment: .justified, lineSpacing: .exactly(.pt(28)))),
            ParagraphStyle(
                id: .title, name: "Title", next: .body,
                paragraph: ParagraphFormat(alignment: .center, spaceBefore: .pt(12), spaceAfter: .pt(24),
                                           lineSpacing: .multiple(1.2), keepWithNext: true),
                run: RunFormat(bold: true, font: .song, size: .hao(.erHao))),
            ParagraphStyle(
                id: .subtitle, name: "Subtitle", next: .body,
                paragraph: ParagraphFormat(alignment: .center, spaceAfter: .pt(12)),
                run: RunFormat(font: .kai, size: .hao(.sanHao))),
            heading(.heading1, "heading 1", level: 1, font: .hei, bold: false),
            heading(.heading2, "heading 2", level: 2, font: .kai, bold: false),
            heading(.heading3, "heading 3", level: 3, font: .fangSong, bold: true),
            heading(.heading4, "heading 4", level: 4, font: .fangSong, bold: false),
            ParagraphStyle(
                id: .body, name: "Body Text",
                paragraph: ParagraphFormat(firstLineIndent: .characters(2))),
            ParagraphStyle(
                id: .tableText, name: "Table Text",
                paragraph: ParagraphFormat(alignment: .start, lineSpacing: .multiple(1.0)),
                run: RunFormat(size: .hao(.siHao))),
            ParagraphStyle(
                id: .tableHeading, name: "Table Heading", basedOn: .tableText,
                paragraph: ParagraphFormat(alignment: .center),
                run: RunFormat(font: .hei)),
            ParagraphStyle(
                id: .caption, name: "caption", next: .body,
                paragraph: ParagraphFormat(alignment: .center, spaceBefore: .pt(6), spaceAfter: .pt(6),
                                           lineSpacing: .multiple(1.0)),
                run: RunFormat(font: .hei, size: .hao(.wuHao))),
            ParagraphStyle(
                id: .headerText, name: "header",
                paragraph: ParagraphFormat(alignment: .center, lineSpacing: .multiple(1.0)),
                run: RunFormat(font: .song, size: .hao(.xiaoWu))),
            ParagraphStyle(
                id: .footerText, name: "footer",
                paragraph: ParagraphFormat(alignment: .center, lineSpacing: .multiple(1.0)),
                run: RunFormat(font: .song, size: .hao(.siHao))),
            ParagraphStyle(
                id: .tocHeading, name: "TOC Heading", next: .body,
                paragraph: ParagraphFormat(alignment: .center, spaceAfter: .pt(12)),
                run: RunFormat(font: .hei, size: .hao(.sanHao))),
            tocEntry(.toc1, level: 1),
            tocEntry(.toc2, level: 2),
            tocEntry(.toc3, level: 3),
        ])

    private static func heading(_ id: StyleID, _ name: String, level: Int, font: FontSpec, bold: Bool) -> ParagraphStyle {
        ParagraphStyle(
            id: id, name: name, next: .body, outlineLevel: level,
            paragraph: ParagraphFormat(firstLineIndent: .characters(2), keepWithNext: true),
            run: RunFormat(bold: bold, font: font))
    }

    private static func tocEntry(_ id: StyleID, level: Int) -> ParagraphStyle {
        ParagraphStyle(
            id: id, name: "toc \(level)", next: .body,
            paragraph: ParagraphFormat(alignment: .start, lineSpacing: .multiple(1.5),
                                       firstLineIndent: .length(.zero), leftIndent: .pt(Double(level - 1) * 16)),
            run: RunFormat(size: .hao(.siHao)))
    }
}
