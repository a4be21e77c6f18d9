#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What is wrong with an attachment file, if anything; one `stat` per file, no reading.
enum AttachmentProblem: Equatable {
    case outsideDossier
    case notFound
    case empty
}

enum AttachmentInspector {
    /// Checks that `relativePath` stays inside the folder `basePath`, names a regular file and that the file
    /// is not empty.
    static func problem(with relativePath: String, in basePath: String) -> AttachmentProblem? {
        guard !relativePath.hasPrefix("/"), !relativePath.hasPrefix("~") else { return .outsideDossier }
        var depth = 0
        for component in relativePath.split(separator: "/") {
            if component == ".." { depth -= 1 } else if component != "." { depth += 1 }
            if depth < 0 { return .outsideDossier }
        }
        let path = basePath.hasSuffix("/") ? basePath + relativePath : basePath + "/" + relativePath
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return .notFound }
        return info.st_size > 0 ? nil : .empty
    }
}
