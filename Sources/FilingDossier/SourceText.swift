import FilingModel
import Foundation

/// Reads a dossier file's bytes into text, refusing what YAML parsing should never see: missing or
/// oversized files, invalid UTF-8, empty content.
enum SourceText {
    static func read(_ url: URL, displayName: String, byteLimit: Int) throws(DossierLoadError) -> String {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw DossierLoadError(file: displayName, message: Messages.fileNotFound())
        }
        guard !isDirectory.boolValue else {
            throw DossierLoadError(file: displayName, message: Messages.unreadable("is a folder / 是文件夹"))
        }
        let size = ((try? fileManager.attributesOfItem(atPath: url.path))?[.size] as? NSNumber)?.intValue ?? 0
        guard size <= byteLimit else {
            throw DossierLoadError(
                file: displayName, message: Messages.tooLarge(bytes: size, limit: byteLimit),
                hint: Messages.tooLargeHint)
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw DossierLoadError(file: displayName, message: Messages.unreadable(error.localizedDescription))
        }
        // A file can grow between the size check and the read.
        guard data.count <= byteLimit else {
            throw DossierLoadError(
                file: displayName, message: Messages.tooLarge(bytes: data.count, limit: byteLimit),
                hint: Messages.tooLargeHint)
        }
        return try decode(data, displayName: displayName)
    }

    /// UTF-8 text without a byte-order mark, or an error at the first invalid byte.
    static func decode(_ data: Data, displayName: String) throws(DossierLoadError) -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let offset = firstInvalidUTF8Offset(bytes) {
            let (line, column) = position(ofByte: offset, in: bytes)
            throw DossierLoadError(
                file: displayName, line: line, column: column, message: Messages.invalidUTF8(byteOffset: offset),
                hint: Messages.invalidUTF8Hint)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        guard !text.allSatisfy({ $0.isWhitespace }) else {
            throw DossierLoadError(file: displayName, message: Messages.empty, hint: Messages.emptyHint)
        }
        return text
    }

    /// Byte offset of the first byte that does not belong to a well-formed UTF-8 sequence.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }

    /// 1-based line and column (in characters) of a byte offset; the column counts the valid text before it.
    static func position(ofByte offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let before = bytes[..<offset]
        let line = before.filter { $0 == 0x0A }.count + 1
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
        return (line, column)
    }
}
