import FilingDocument
import PackageKit

extension DocxBodyWriter {
    /// An inline DrawingML picture sized to fit `area`, keeping its aspect ratio.
    mutating func drawing(_ image: FilingDocument.Image, area: (width: Length, height: Length), state: inout DocxPackageState) {
        let size = image.displaySize(textWidth: area.width, textHeight: area.height)
        let path = state.mediaPath(for: image)
        let relationship = relationships.id(type: OOXML.Relationship.image, target: path)
        let id = String(state.newDrawingID())
        let cx = String(size.width.emu), cy = String(size.height.emu)
        let name = "Picture \(id)"
        xml.open("w:r")
        xml.open("w:drawing")
        xml.open("wp:inline", [("distT", "0"), ("distB", "0"), ("distL", "0"), ("distR", "0")])
        xml.empty("wp:extent", [("cx", cx), ("cy", cy)])
        xml.empty("wp:docPr", [("id", id), ("name", name), ("descr", image.description)])
        xml.open("wp:cNvGraphicFramePr")
        xml.empty("a:graphicFrameLocks", [("noChangeAspect", "1")])
        xml.close("wp:cNvGraphicFramePr")
        xml.open("a:graphic")
        xml.open("a:graphicData", [("uri", OOXML.pictureURI)])
        xml.open("pic:pic")
        xml.open("pic:nvPicPr")
        xml.empty("pic:cNvPr", [("id", id), ("name", name), ("descr", image.description)])
        xml.empty("pic:cNvPicPr")
        xml.close("pic:nvPicPr")
        xml.open("pic:blipFill")
        xml.empty("a:blip", [("r:embed", relationship)])
        xml.raw("<a:stretch><a:fillRect/></a:stretch>")
        xml.close("pic:blipFill")
        xml.open("pic:spPr")
        xml.open("a:xfrm")
        xml.empty("a:off", [("x", "0"), ("y", "0")])
        xml.empty("a:ext", [("cx", cx), ("cy", cy)])
        xml.close("a:xfrm")
        xml.raw("<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>")
        xml.close("pic:spPr")
        xml.close("pic:pic")
        xml.close("a:graphicData")
        xml.close("a:graphic")
        xml.close("wp:inline")
        xml.close("w:drawing")
        xml.close("w:r")
    }
}
