/// Every OOXML name the DOCX writer uses: namespaces, content and relationship types, and schema child order.
enum OOXML {
    // MARK: Namespaces (ECMA-376 transitional)

    static let namespaces: [(String, String)] = [
        ("xmlns:w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
        ("xmlns:r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
        ("xmlns:wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
        ("xmlns:a", "http://schemas.openxmlformats.org/drawingml/2006/main"),
        ("xmlns:pic", "http://schemas.openxmlformats.org/drawingml/2006/picture"),
    ]
    /// `xml:space="preserve"`, kept on every `w:t` so leading and trailing spaces survive.
    static let preserveSpace = [("xml:space", "preserve")]
    static let pictureURI = "http://schemas.openxmlformats.org/drawingml/2006/picture"
    static let contentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let corePropertiesNamespaces: [(String, String)] = [
        ("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
        ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
        ("xmlns:dcterms", "http://purl.org/dc/terms/"),
        ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
    ]
    static let extendedPropertiesNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"

    // MARK: Content types

    enum ContentType {
        static let relationships = "application/vnd.openxmlformats-package.relationships+xml"
        static let xml = "application/xml"
        static let document = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
        static let styles = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"
        static let settings = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"
        static let fontTable = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"
        static let header = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
        static let footer = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
        static let coreProperties = "application/vnd.openxmlformats-package.core-properties+xml"
        static let extendedProperties = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
    }

    // MARK: Relationship types

    enum Relationship {
        static let officeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
        static let coreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
        static let extendedProperties = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
        static let styles = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
        static let settings = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings"
        static let fontTable = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable"
        static let header = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
        static let footer = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
        static let image = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
    }

    // MARK: Schema child order (wml.xsd); Word rejects property children out of order.

    /// CT_PPrBase, then rPr and sectPr of CT_PPr.
    static let paragraphPropertyOrder: PropertyOrder = [
        "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl", "w:numPr",
        "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
        "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
        "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
        "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
        "w:rPr", "w:sectPr",
    ]
    /// EG_RPrBase.
    static let runPropertyOrder: PropertyOrder = [
        "w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike", "w:dstrike",
        "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:noProof", "w:snapToGrid", "w:vanish", "w:webHidden",
        "w:color", "w:spacing", "w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect",
        "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout",
        "w:specVanish",
    ]
    /// CT_TblPrBase.
    static let tablePropertyOrder: PropertyOrder = [
        "w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize", "w:tblStyleColBandSize",
        "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar",
        "w:tblLook",
    ]
    /// CT_TblBorders.
    static let tableBorderOrder = ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"]
    /// CT_TcPrBase.
    static let cellPropertyOrder: PropertyOrder = [
        "w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders", "w:shd", "w:noWrap", "w:tcMar",
        "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark",
    ]
    /// EG_HdrFtrReferences then EG_SectPrContents.
    static let sectionPropertyOrder: PropertyOrder = [
        "w:headerReference", "w:footerReference", "w:footnotePr", "w:endnotePr", "w:type", "w:pgSz", "w:pgMar",
        "w:paperSrc", "w:pgBorders", "w:lnNumType", "w:pgNumType", "w:cols", "w:formProt", "w:vAlign",
        "w:noEndnote", "w:titlePg", "w:textDirection", "w:bidi", "w:rtlGutter", "w:docGrid",
    ]
    /// CT_Style.
    static let styleChildOrder: PropertyOrder = [
        "w:name", "w:aliases", "w:basedOn", "w:next", "w:link", "w:autoRedefine", "w:hidden", "w:uiPriority",
        "w:semiHidden", "w:unhideWhenUsed", "w:qFormat", "w:locked", "w:pPr", "w:rPr",
    ]
    /// CT_Settings, the part we write.
    static let settingsOrder: PropertyOrder = [
        "w:zoom", "w:defaultTabStop", "w:characterSpacingControl", "w:updateFields", "w:compat", "w:themeFontLang",
    ]
}
