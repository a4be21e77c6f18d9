import FilingDocument

/// Maps the model's formatting onto ODF style property attributes.
enum OdtFormatting {
    /// `style:paragraph-properties` attributes; `fontSize` turns character indents into points.
    static func paragraphAttributes(_ format: ParagraphFormat, fontSize: FontSize) -> [(String, String)] {
        var attributes: [(String, String)] = []
        if let alignment = format.alignment { attributes.append(("fo:text-align", textAlign(alignment))) }
        if let before = format.spaceBefore { attributes.append(("fo:margin-top", ODF.length(before))) }
        if let after = format.spaceAfter { attributes.append(("fo:margin-bottom", ODF.length(after))) }
        switch format.lineSpacing {
        case .multiple(let factor)?: attributes.append(("fo:line-height", "\(Int((factor * 100).rounded()))%"))
        case .exactly(let height)?: attributes.append(("fo:line-height", ODF.length(height)))
        case .atLeast(let height)?: attributes.append(("style:line-height-at-least", ODF.length(height)))
        case nil: break
        }
        if let left = format.leftIndent { attributes.append(("fo:margin-left", ODF.length(left))) }
        switch format.firstLineIndent {
        case .characters(let count)?:
            // ODF 1.3 has no character unit; a CJK character is one em of the paragraph's size.
            attributes.append(("fo:text-indent", ODF.length(Length(twips: count * fontSize.halfPoints * 10))))
        case .length(let length)?: attributes.append(("fo:text-indent", ODF.length(length)))
        case .hanging(let length)?: attributes.append(("fo:text-indent", ODF.length(Length(twips: -length.twips))))
        case nil: break
        }
        if let keep = format.keepWithNext { attributes.append(("fo:keep-with-next", keep ? "always" : "auto")) }
        if let keep = format.keepTogether { attributes.append(("fo:keep-together", keep ? "always" : "auto")) }
        if format.pageBreakBefore == true { attributes.append(("fo:break-before", "page")) }
        return attributes
    }

    /// `style:text-properties` attributes, setting Western, Asian and complex variants together.
    static func textAttributes(_ format: RunFormat) -> [(String, String)] {
        var attributes: [(String, String)] = []
        if let font = format.font {
            attributes += [
                ("style:font-name", font.latin), ("style:font-name-asian", font.eastAsian),
                ("style:font-name-complex", font.latin),
            ]
        }
        if let size = format.size {
            let points = ODF.length(Length(twips: size.halfPoints * 10))
            attributes += [("fo:font-size", points), ("style:font-size-asian", points), ("style:font-size-complex", points)]
        }
        if let bold = format.bold {
            let weight = bold ? "bold" : "normal"
            attributes += [("fo:font-weight", weight), ("style:font-weight-asian", weight), ("style:font-weight-complex", weight)]
        }
        if let italic = format.italic {
            let style = italic ? "italic" : "normal"
            attributes += [("fo:font-style", style), ("style:font-style-asian", style), ("style:font-style-complex", style)]
        }
        if let underline = format.underline {
            attributes += [
                ("style:text-underline-style", underline == .dotted ? "dotted" : "solid"),
                ("style:text-underline-type", underline == .double ? "double" : "single"),
                ("style:text-underline-width", "auto"), ("style:text-underline-color", "font-color"),
            ]
        }
        if let color = format.color { attributes.append(("fo:color", "#" + color.hex)) }
        if let highlight = format.highlight { attributes.append(("fo:background-color", "#" + highlight.color.hex)) }
        return attributes
    }

    /// Language attributes: `zh-CN` in the Asian slot, or LibreOffice picks Japanese glyph forms.
    static func languageAttributes(_ tag: String) -> [(String, String)] {
        let parts = tag.split(separator: "-").map(String.init)
        let language = parts.first ?? "zh"
        let country = parts.count > 1 ? parts[1] : "CN"
        return [
            ("fo:language", "en"), ("fo:country", "US"),
            ("style:language-asian", language), ("style:country-asian", country),
        ]
    }

    static func textAlign(_ alignment: Alignment) -> String {
        switch alignment {
        case .start: "start"
        case .center: "center"
        case .end: "end"
        case .justified: "justify"
        }
    }

    /// A border value: `0.5pt solid #000000`, or `none`.
    static func border(_ line: BorderLine?) -> String {
        guard let line else { return "none" }
        return "\(ODF.length(line.width)) solid #\(line.color.hex)"
    }
}
