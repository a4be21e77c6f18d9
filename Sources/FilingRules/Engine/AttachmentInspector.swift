#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FilingModel

/// What is wrong with an attachment file, if anything.
public enum AttachmentProblem: Error, Equatable, Sendable {
    /// The path, or the file a symbolic link on it points to, lies outside the dossier's folder.
    case outsideDossier
    case notFound
    case empty
    /// Larger than `AttachmentInspector.fileSizeLimit` (size in bytes).
    case tooLarge(Int)
    /// The content is not what the extension says (e.g. a PDF named `.png`); `actual` names what it is.
    case mislabelled(actual: String)
    /// Taking this file would bring all attachments over `AttachmentInspector.totalSizeLimit`.
    case totalTooLarge

    /// A short English explanation for build errors.
    public var reason: String {
        switch self {
        case .outsideDossier: "the path or a symbolic link on it leaves the dossier folder"
        case .notFound: "file not found"
        case .empty: "the file is empty"
        case .tooLarge(let size):
            "the file has \(size) bytes; an attachment may be at most \(AttachmentInspector.fileSizeLimit) bytes"
        case .mislabelled(let actual): "the content is \(actual), not what the extension says"
        case .totalTooLarge: "all attachments together would exceed \(AttachmentInspector.totalSizeLimit) bytes"
        }
    }
}

/// Checks attachment files: confinement to the dossier's folder, existence, size and content type by magic bytes.
///
/// One `stat`, one `realpath` and a read of the first kilobyte per file; images are decoded only by the build.
public enum AttachmentInspector {
    /// Largest attachment accepted: a 600-dpi colour A4 scan as JPEG is a few megabytes.
    public static let fileSizeLimit = 20 * 1_048_576
    /// Largest total of all attachments, each file counted once.
    public static let totalSizeLimit = 200 * 1_048_576
    /// Bytes read to recognise the content; a PDF header may start anywhere in its first kilobyte.
    static let sniffLength = 1024

    /// The file's size in bytes, or the problem with `relativePath` inside the folder `basePath`.
    public static func inspect(_ relativePath: String, declaredKind: Attachment.Kind, in basePath: String)
        -> Result<Int, AttachmentProblem>
    {
        guard let path = confinedPath(relativePath, in: basePath) else { return .failure(.outsideDossier) }
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return .failure(.notFound) }
        let size = Int(info.st_size)
        guard size > 0 else { return .failure(.empty) }
        guard size <= fileSizeLimit else { return .failure(.tooLarge(size)) }
        if let actual = sniff(path), let expected = kindName(declaredKind), actual != expected {
            return .failure(.mislabelled(actual: actual))
        }
        return .success(size)
    }

    /// The absolute path of `relativePath` when it and every symbolic link on it stay inside `basePath`;
    /// nil when it leaves the folder. A path that does not exist yet is judged by its text alone.
    public static func confinedPath(_ relativePath: String, in basePath: String) -> String? {
        guard !relativePath.hasPrefix("/"), !relativePath.hasPrefix("~"), !relativePath.contains("\0") else { return nil }
        var depth = 0
        for component in relativePath.split(separator: "/") {
            if component == ".." { depth -= 1 } else if component != "." { depth += 1 }
            if depth < 0 { return nil }
        }
        let path = basePath.hasSuffix("/") ? basePath + relativePath : basePath + "/" + relativePath
        guard let realBase = realPath(basePath) else { return path }
        guard let realFile = realPath(path) else {
            // A dangling link is refused too: where it would lead cannot be judged, and it is not a file.
            var info = stat()
            return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK ? nil : path
        }
        let prefix = realBase.hasSuffix("/") ? realBase : realBase + "/"
        return realFile.hasPrefix(prefix) ? realFile : nil
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func kindName(_ kind: Attachment.Kind) -> String? {
        switch kind {
        case .png: "PNG"
        case .jpeg: "JPEG"
        case .pdf: "PDF"
        case .other: nil
        }
    }

    /// What the first bytes say the file is: PNG, JPEG, PDF, or another well-known type; nil when unknown.
    static func sniff(_ path: String) -> String? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes = [UInt8](repeating: 0, count: sniffLength)
        let count = fread(&bytes, 1, sniffLength, file)
        return sniff(Array(bytes.prefix(count)))
    }

    static func sniff(_ bytes: [UInt8]) -> String {
        let signatures: [(String, [UInt8])] = [
            ("PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), ("JPEG", [0xFF, 0xD8, 0xFF]),
            ("PDF", Array("%PDF-".utf8)), ("GIF", Array("GIF8".utf8)), ("ZIP", [0x50, 0x4B, 0x03, 0x04]),
            ("TIFF", [0x49, 0x49, 0x2A, 0x00]), ("TIFF", [0x4D, 0x4D, 0x00, 0x2A]), ("BMP", Array("BM".utf8)),
        ]
        if let match = signatures.first(where: { bytes.starts(with: $0.1) }) { return match.0 }
        let pdf = Array("%PDF-".utf8)
        if bytes.count >= pdf.count, (0...(bytes.count - pdf.count)).contains(where: { bytes[$0..<($0 + pdf.count)].elementsEqual(pdf) }) {
            return "PDF"
        }
        return "unknown"
    }
}
