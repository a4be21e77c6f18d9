import FilingDocument
import PackageKit

/// `word/styles.xml` and `word/settings.xml`, built from the style sheet.
enum DocxStylesPart {
    static func styles(_ sheet: StyleSheet, language: String) -> XMLWriter {
        var xml = XMLWriter()
        xml.declaration()
        xml.open("w:styles", [OOXML.namespaces[0]])
        xml.open("w:docDefaults")
        xml.open("w:rPrDefault")
        xml.properties("w:rPr", [
            DocxFormatting.fonts(sheet.defaultFont),
            .value("w:sz", String(sheet.defaultSize.halfPoints)), .value("w:szCs", String(sheet.defaultSize.halfPoints)),
            DocxFormatting.language(language),
        ], order: OOXML.runPropertyOrder)
        xml.close("w:rPrDefault")
        xml.open("w:pPrDefault")
        xml.properties("w:pPr", [PropertyElement("w:spacing", [("w:after", "0"), ("w:line", "240"), ("w:lineRule", "auto")])],
                       order: OOXML.paragraphPropertyOrder)
        xml.close("w:pPrDefault")
        xml.close("w:docDefaults")

        for style in sheet.styles {
            var attributes = [("w:type", "paragraph")]
            if style.id == .normal { attributes.append(("w:default", "1")) }
            attributes.append(("w:styleId", style.id.rawValue))
            xml.open("w:style", attributes)
            var children = [PropertyElement.value("w:name", style.name)]
            if let basedOn = style.basedOn { children.append(.value("w:basedOn", basedOn.rawValue)) }
            if let next = style.next { children.append(.value("w:next", next.rawValue)) }
            children.append(PropertyElement("w:qFormat"))
            var paragraph = DocxFormatting.paragraphProperties(style.paragraph, fontSize: sheet.fontSize(of: style.id))
            if let level = style.outlineLevel { paragraph.append(.value("w:outlineLvl", String(max(0, min(level - 1, 8))))) }
            if !paragraph.isEmpty { children.append(PropertyElement("w:pPr", children: PropertyElement.sorted(paragraph, order: OOXML.paragraphPropertyOrder))) }
            let run = DocxFormatting.runProperties(style.run)
            if !run.isEmpty { children.append(PropertyElement("w:rPr", children: PropertyElement.sorted(run, order: OOXML.runPropertyOrder))) }
            xml.propertyChildren(children, order: OOXML.styleChildOrder)
            xml.close("w:style")
        }
        xml.raw(
            "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
                + "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/>"
                + "</w:style>"
                + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
                + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
                + "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
                + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>")
        xml.close("w:styles")
        return xml
    }

    /// Settings: `w:updateFields` makes Word refresh the TOC and page references on open.
    static func settings(language: String) -> XMLWriter {
        var xml = XMLWriter()
        xml.declaration()
        xml.open("w:settings", [OOXML.namespaces[0]])
        xml.propertyChildren([
            PropertyElement("w:zoom", [("w:percent", "100")]),
            .value("w:defaultTabStop", "420"),
            .value("w:characterSpacingControl", "compressPunctuation"),
            .value("w:updateFields", "true"),
            PropertyElement("w:themeFontLang", [("w:val", "en-US"), ("w:eastAsia", language)]),
        ], order: OOXML.settingsOrder)
        xml.close("w:settings")
        return xml
    }
}
