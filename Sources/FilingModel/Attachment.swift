import Foundation

/// A supplied file (scan or PDF), referenced by a path relative to the dossier's folder.
///
/// In the dossier file an attachment is either a bare path (`scans/licence.png`) or a mapping with
/// `file` and an optional `caption`.
public struct Attachment: Sendable, Codable, Equatable, Hashable {
    /// Path relative to the dossier's folder.
    public var file: String
    /// Caption printed under the embedded scan; defaults to the item's title.
    public var caption: String?

    public init(file: String, caption: String? = nil) {
        self.file = file
        self.caption = caption
    }

    /// The kind of file, from its extension; content sniffing happens when the file is read.
    public var declaredKind: Kind {
        switch (file as NSString).pathExtension.lowercased() {
        case "png": .png
        case "jpg", "jpeg": .jpeg
        case "pdf": .pdf
        default: .other
        }
    }

    public enum Kind: String, Sendable, Equatable {
        case png, jpeg, pdf, other
    }

    private enum CodingKeys: String, CodingKey {
        case file, caption
    }

    public init(from decoder: Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let path = try? single.decode(String.self) {
            self.init(file: path)
            return
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            file: try container.decode(String.self, forKey: .file),
            caption: try container.decodeIfPresent(String.self, forKey: .caption))
    }

    public func encode(to encoder: Encoder) throws {
        if caption == nil {
            var single = encoder.singleValueContainer()
            try single.encode(file)
        } else {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(file, forKey: .file)
            try container.encodeIfPresent(caption, forKey: .caption)
        }
    }
}
