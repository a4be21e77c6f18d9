import FilingDocument
import Foundation

/// Documents the writer tests share: a small one for goldens and one that uses every feature.
enum SampleDocuments {
    static let fixedDate = Date(timeIntervalSince1970: 1_795_392_000)  // 2026-11-23T00:00:00Z
    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func image(_ name: String, description: String, sizing: ImageSizing = .naturalShrinkToFit) throws -> FilingDocument.Image {
        let data = try Data(contentsOf: goldenDirectory.appendingPathComponent("images/\(name)"))
        return try FilingDocument.Image(data: data, description: description, sizing: sizing)
    }

    static let properties = DocumentProperties(
        title: "互联网药品信息服务申请材料", subject: "申请材料", author: "示例医药科技有限公司", keywords: ["药品", "备案"],
        created: fixedDate)

    /// Two pages: title, numbered headings, formatted runs, check marks, a merged table, an image, a page reference.
    static func small() throws -> Document {
        var builder = DocumentBuilder(properties: properties)
        builder.setHeaderFooter(header: .text("互联网药品信息服务申请材料"), footer: .dashedPageNumber)
        builder.title("互联网药品信息服务申请表")
        let basics = builder.heading(1, "申请单位基本情况")
        builder.paragraph([
            .text("单位名称："), .bold("示例医药科技有限公司"), .text("，"),
            .text("重要", RunFormat(italic: true, underline: .single, color: .red, highlight: .yellow)),
            .text("；申请类别：经营性"), .mark(.checkedBox), .text(" 非经营性"), .mark(.box),
            .text("；审核 "), .mark(.tick), .text(" 驳回 "), .mark(.cross), .text(" <&>\"' "), .mark(.crossedBox),
        ])
        builder.heading(2, "负责人")
        builder.table(Table(width: builder.textWidth, proportions: [2, 3, 2, 3], rows: [
            TableRow([TableCell("项目", style: .tableHeading, shading: .lightGray),
                      TableCell("内容", style: .tableHeading, columnSpan: 3, shading: .lightGray)], isHeader: true),
            TableRow([TableCell("负责人", rowSpan: 2), TableCell("姓名"), TableCell("张三", columnSpan: 2)]),
            TableRow([TableCell("电话"), TableCell("138****0000", columnSpan: 2)]),
        ]))
        builder.image(try image("chart-400x300-150dpi.png", description: "网站结构示意图"), caption: "图 1 网站结构")
        builder.pageBreak()
        builder.heading(1, "附件")
        builder.paragraph([.text("基本情况见第 "), .field(.pageReference(bookmark: basics)), .text(" 页。")])
        return builder.build()
    }

    /// Three sections (portrait, landscape, portrait), a TOC, a long table with repeated header rows, both
    /// image formats, footers 「第 X 页 共 Y 页」, and two explicit page breaks in the first section.
    static func everything() throws -> Document {
        var builder = DocumentBuilder(properties: properties)
        builder.setHeaderFooter(header: .text("互联网药品信息服务申请材料"), footer: .pageOfTotal)
        builder.title("互联网药品信息服务申请材料")
        builder.tableOfContents()
        builder.pageBreak()
        builder.heading(1, "申请表")
        for index in 1...3 {
            builder.heading(2, "第\(ChineseHeadingNumbering.chineseNumeral(index))部分")
            builder.paragraph("本单位严格遵守《互联网药品信息服务管理办法》，保证所提供信息真实、准确、合法。Latin text mixes in, 1234.")
            builder.heading(3, "细则")
            builder.paragraph([.text("要点"), .tab(.plain), .text("RTL שלום مرحبا and emoji 🙂 stay intact.")])
        }
        builder.pageBreak()
        builder.heading(1, "营业执照")
        builder.image(try image("scan-a4-30dpi.jpg", description: "营业执照扫描件"), caption: "图 1 营业执照")
        var landscape = Section(pageSetup: .a4Landscape, header: .text("人员情况表"), footer: .pageOfTotal)
        landscape.blocks = []
        builder.startSection(landscape)
        builder.heading(1, "人员情况")
        var rows = [TableRow(["序号", "姓名", "毕业学校/专业", "熟悉程度"].map { TableCell($0, style: .tableHeading, shading: .lightGray) },
                             isHeader: true)]
        for index in 1...60 {
            rows.append(TableRow([
                TableCell(String(index), alignment: .center), TableCell("人员\(index)"), TableCell("某某大学 药学专业"),
                TableCell(content: [.mark(.box(checked: index % 2 == 0)), .text("熟悉 "), .mark(.box(checked: index % 2 == 1)), .text("一般")]),
            ]))
        }
        builder.table(Table(width: builder.textWidth, proportions: [1, 3, 5, 3], rows: rows))
        builder.startSection(Section(footer: .dashedPageNumber, firstPageNumber: 1))
        builder.heading(1, "网站结构")
        builder.image(try image("chart-400x300-150dpi.png", description: "网站结构示意图", sizing: .fillTextArea), caption: "图 2 网站结构")
        return builder.build()
    }
}
