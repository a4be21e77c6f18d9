import FilingDocument
import PackageKit

/// `word/fontTable.xml`: the families in use, Chinese faces with their Windows names as `w:altName` and the
/// GB2312 charset, so Word on a non-Chinese system still finds 宋体 as SimSun.
enum DocxFontTablePart {
    static func fontTable(_ families: [String]) -> XMLWriter {
        var xml = XMLWriter()
        xml.declaration()
        xml.open("w:fonts", [OOXML.namespaces[0]])
        for family in families {
            xml.open("w:font", [("w:name", family)])
            if let chinese = ChineseFont(familyName: family) {
                if chinese.alternateName != family { xml.empty("w:altName", [("w:val", chinese.alternateName)]) }
                xml.empty("w:charset", [("w:val", "86")])
                xml.empty("w:family", [("w:val", "modern")])
                xml.empty("w:pitch", [("w:val", "fixed")])
            } else {
                xml.empty("w:family", [("w:val", "auto")])
                xml.empty("w:pitch", [("w:val", "variable")])
            }
            xml.close("w:font")
        }
        xml.close("w:fonts")
        return xml
    }
}
