import FilingDocument

/// Maps the model's formatting onto `w:pPr` / `w:rPr` children.
enum DocxFormatting {
    /// Paragraph property children; `fontSize` turns character-based indents into a twip fallback.
    static func paragraphProperties(_ format: ParagraphFormat, fontSize: FontSize) -> [PropertyElement] {
        var elements: [PropertyElement] = []
        if let keep = format.keepWithNext { elements.append(toggle("w:keepNext", keep)) }
        if let keep = format.keepTogether { elements.append(toggle("w:keepLines", keep)) }
        if let breakBefore = format.pageBreakBefore { elements.append(toggle("w:pageBreakBefore", breakBefore)) }
        var spacing: [(String, String)] = []
        if let before = format.spaceBefore { spacing.append(("w:before", String(before.twips))) }
        if let after = format.spaceAfter { spacing.append(("w:after", String(after.twips))) }
        switch format.lineSpacing {
        case .multiple(let factor)?:
            spacing += [("w:line", String(Int((factor * 240).rounded()))), ("w:lineRule", "auto")]
        case .exactly(let height)?: spacing += [("w:line", String(height.twips)), ("w:lineRule", "exact")]
        case .atLeast(let height)?: spacing += [("w:line", String(height.twips)), ("w:lineRule", "atLeast")]
        case nil: break
        }
        if !spacing.isEmpty { elements.append(PropertyElement("w:spacing", spacing)) }
        var indent: [(String, String)] = []
        if let left = format.leftIndent { indent.append(("w:left", String(left.twips))) }
        switch format.firstLineIndent {
        case .characters(let count)?:
            // firstLineChars is in hundredths of a character; firstLine is the fallback for readers without it.
            indent += [("w:firstLine", String(count * fontSize.halfPoints * 10)), ("w:firstLineChars", String(count * 100))]
        case .length(let length)?: indent += [("w:firstLine", String(length.twips)), ("w:firstLineChars", "0")]
        case .hanging(let length)?: indent.append(("w:hanging", String(length.twips)))
        case nil: break
        }
        if !indent.isEmpty { elements.append(PropertyElement("w:ind", indent)) }
        if let alignment = format.alignment { elements.append(.value("w:jc", justification(alignment))) }
        return elements
    }

    /// Run property children.
    static func runProperties(_ format: RunFormat) -> [PropertyElement] {
        var elements: [PropertyElement] = []
        if let font = format.font { elements.append(fonts(font)) }
        if let bold = format.bold { elements += [toggle("w:b", bold), toggle("w:bCs", bold)] }
        if let italic = format.italic { elements += [toggle("w:i", italic), toggle("w:iCs", italic)] }
        if let color = format.color { elements.append(.value("w:color", color.hex)) }
        if let size = format.size {
            elements += [.value("w:sz", String(size.halfPoints)), .value("w:szCs", String(size.halfPoints))]
        }
        if let highlight = format.highlight { elements.append(.value("w:highlight", highlightName(highlight))) }
        if let underline = format.underline { elements.append(.value("w:u", underline.rawValue)) }
        return elements
    }

    /// `w:rFonts` with the East-Asian slot always set, so CJK text never falls back to a Latin face.
    static func fonts(_ font: FontSpec) -> PropertyElement {
        PropertyElement("w:rFonts", [
            ("w:ascii", font.latin), ("w:hAnsi", font.latin), ("w:eastAsia", font.eastAsian), ("w:cs", font.latin),
        ])
    }

    /// `w:lang` with `zh-CN` in the East-Asian slot (without it LibreOffice picks Japanese glyph forms).
    static func language(_ tag: String) -> PropertyElement {
        PropertyElement("w:lang", [("w:val", "en-US"), ("w:eastAsia", tag), ("w:bidi", "ar-SA")])
    }

    static func justification(_ alignment: Alignment) -> String {
        switch alignment {
        case .start: "left"
        case .center: "center"
        case .end: "right"
        case .justified: "both"
        }
    }

    private static func toggle(_ name: String, _ on: Bool) -> PropertyElement {
        on ? PropertyElement(name) : .value(name, "0")
    }

    private static func highlightName(_ highlight: Highlight) -> String {
        switch highlight {
        case .lightGray: "lightGray"
        default: highlight.rawValue
        }
    }
}
