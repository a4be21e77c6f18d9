import FilingDossier
import FilingModel
import FilingRules
import Foundation

/// Why a build stopped, with the file (and line) to look at.
public enum BuildError: Error, Sendable, CustomStringConvertible {
    /// The dossier file could not be read (exit 2).
    case dossier(DossierLoadError)
    /// A profile file is invalid or the id is unknown (exit 2).
    case profile(ProfileError)
    /// A template cannot be found, parsed or read as markup (exit 2).
    case template(TemplateError)
    /// The check found errors and `--draft` was not given (exit 1).
    case findings(errorCount: Int)
    /// A supplied scan cannot be embedded.
    case unreadableAttachment(file: String, reason: String)
    /// Writing the output folder failed.
    case output(path: String, reason: String)
    /// The PDF step failed (LibreOffice missing, no output, pages moved).
    case pdf(String)

    public var description: String { message(in: .en) }

    /// The message in `language` (file names, paths and tool output stay as they are).
    public func message(in language: Language) -> String {
        switch self {
        case .dossier(let error):
            let place = [error.file, error.line.map(String.init), error.column.map(String.init)]
                .compactMap { $0 }.joined(separator: ":")
            return "\(place): \(error.fieldPath.map { "\($0): " } ?? "")\(error.message.text(in: language))"
        case .profile(let error): return error.formatted(in: language)
        case .template(let error): return (language == .zh ? "模板错误：" : "template error: ") + "\(error)"
        case .findings(let count):
            return language == .zh
                ? "档案有 \(count) 项错误;请运行 filingpack check 查看,或加 --draft 生成草稿"
                : "the dossier has \(count) error finding(s); run `filingpack check` or build with --draft"
        case .unreadableAttachment(let file, let reason): return "\(file): cannot embed the scan: \(reason)"
        case .output(let path, let reason): return "\(path): \(reason)"
        case .pdf(let message): return "PDF: \(message)"
        }
    }

    /// Exit code the CLI returns for this error (0 success, 1 findings, 2 bad input or failure).
    public var exitCode: Int32 {
        if case .findings = self { return 1 }
        return 2
    }
}
