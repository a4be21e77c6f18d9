import FilingModel

/// Every load message, in Chinese and English.
enum Messages {
    static func fileNotFound() -> LocalizedText {
        LocalizedText(zh: "文件不存在", en: "file not found")
    }

    static func unreadable(_ reason: String) -> LocalizedText {
        LocalizedText(zh: "无法读取文件：\(reason)", en: "cannot read the file: \(reason)")
    }

    static func tooLarge(bytes: Int, limit: Int) -> LocalizedText {
        LocalizedText(
            zh: "文件过大（\(megabytes(bytes))），dossier 文件上限为 \(megabytes(limit))",
            en: "the file is too large (\(megabytes(bytes))); a dossier file may be at most \(megabytes(limit))")
    }

    static let tooLargeHint = LocalizedText(
        zh: "dossier 只写文字，扫描件放在单独的文件里，用相对路径引用",
        en: "a dossier holds text only; keep scans in separate files and reference them by relative path")

    static func invalidUTF8(byteOffset: Int) -> LocalizedText {
        LocalizedText(
            zh: "不是有效的 UTF-8 文本（第 \(byteOffset) 字节处）",
            en: "not valid UTF-8 text (at byte offset \(byteOffset))")
    }

    static let invalidUTF8Hint = LocalizedText(
        zh: "请以 UTF-8 编码保存文件（不要用 GBK/GB2312）", en: "save the file as UTF-8 (not GBK/GB2312)")

    static let empty = LocalizedText(zh: "文件为空", en: "the file is empty")

    static let emptyHint = LocalizedText(
        zh: "可用 filingpack init dossier.yaml 生成带注释的模板", en: "run filingpack init dossier.yaml for a commented starter")

    static let notMapping = LocalizedText(
        zh: "顶层应为映射（键: 值）", en: "the top level must be a mapping (key: value)")

    static func yamlSyntax(_ problem: String) -> LocalizedText {
        LocalizedText(zh: "YAML 语法错误：\(problem)", en: "YAML syntax error: \(problem)")
    }

    static func duplicateKey(_ key: String) -> LocalizedText {
        LocalizedText(zh: "重复的键“\(key)”", en: "duplicate key \"\(key)\"")
    }

    static let duplicateKeyHint = LocalizedText(
        zh: "同一映射中每个键只能写一次", en: "write each key only once in a mapping")

    static func tooManyValues(limit: Int) -> LocalizedText {
        LocalizedText(
            zh: "文件展开后的值超过 \(limit) 个，可能是 YAML 别名（*name）被层层引用",
            en: "the file expands to more than \(limit) values, probably through nested YAML aliases (*name)")
    }

    static func tooManyItems(_ count: Int, limit: Int) -> LocalizedText {
        LocalizedText(
            zh: "列表有 \(count) 项，超过上限 \(limit) 项",
            en: "the list has \(count) entries; a list may have at most \(limit)")
    }

    static func tooManyProblems(limit: Int) -> LocalizedText {
        LocalizedText(zh: "问题超过 \(limit) 个，请先修改以上问题", en: "more than \(limit) problems; fix these first")
    }

    static func unknownKey(_ key: String) -> LocalizedText {
        LocalizedText(zh: "未知字段“\(key)”", en: "unknown key \"\(key)\"")
    }

    static func didYouMean(_ candidate: String) -> LocalizedText {
        LocalizedText(zh: "是否应为“\(candidate)”？", en: "did you mean \"\(candidate)\"?")
    }

    static func allowedKeys(_ keys: [String]) -> LocalizedText {
        LocalizedText(zh: "可用字段：\(keys.joined(separator: "、"))", en: "known keys: \(keys.joined(separator: ", "))")
    }

    static func missingRequired(_ key: String) -> LocalizedText {
        LocalizedText(zh: "缺少必填字段“\(key)”", en: "missing required field \"\(key)\"")
    }

    static let requiredWithoutValue = LocalizedText(zh: "必填字段没有值", en: "required field has no value")

    static let nonTextKey = LocalizedText(zh: "键应为文字", en: "keys must be text")

    static func wrongType(expected: [SchemaType], found: FoundValue) -> LocalizedText {
        LocalizedText(
            zh: "应为\(expected.map(\.chineseName).joined(separator: "或"))，实际为\(found.chinese)",
            en: "expected \(expected.map(\.englishName).joined(separator: " or ")), found \(found.english)")
    }

    static func quoteHint(_ text: String) -> LocalizedText {
        LocalizedText(zh: "加上引号写成 \"\(text)\"", en: "put it in quotes: \"\(text)\"")
    }

    static func notInEnum(_ value: String, allowed: [String]) -> LocalizedText {
        LocalizedText(
            zh: "“\(value)”不是允许的值（可选：\(allowed.joined(separator: "、"))）",
            en: "\"\(value)\" is not one of: \(allowed.joined(separator: ", "))")
    }

    static func patternMismatch(_ value: String, pattern: String) -> LocalizedText {
        LocalizedText(zh: "“\(value)”格式不符（\(pattern)）", en: "\"\(value)\" does not have the expected form (\(pattern))")
    }

    static func invalidDate(_ value: String) -> LocalizedText {
        LocalizedText(
            zh: "“\(value)”不是有效日期，应写作 YYYY-MM-DD", en: "\"\(value)\" is not a valid date; write YYYY-MM-DD")
    }

    static func tooFewItems(_ minimum: Int) -> LocalizedText {
        LocalizedText(zh: "至少需要 \(minimum) 项", en: "needs at least \(minimum) item(s)")
    }

    static func belowMinimum(_ minimum: Int) -> LocalizedText {
        LocalizedText(zh: "不能小于 \(minimum)", en: "must be at least \(minimum)")
    }

    static func decodingFailed(_ detail: String) -> LocalizedText {
        LocalizedText(zh: "无法读取此值：\(detail)", en: "cannot read this value: \(detail)")
    }

    static func schemaUnreadable(_ reason: String) -> LocalizedText {
        LocalizedText(zh: "无法读取 dossier 模式文件：\(reason)", en: "cannot read the dossier schema: \(reason)")
    }

    static func schemaInvalid(_ reason: String) -> LocalizedText {
        LocalizedText(zh: "dossier 模式文件有误：\(reason)", en: "the dossier schema is malformed: \(reason)")
    }

    static let templatesHint = LocalizedText(
        zh: "用 --templates DIR 或环境变量 FILINGPACK_TEMPLATES 指定 templates 文件夹",
        en: "point at the templates folder with --templates DIR or FILINGPACK_TEMPLATES")

    private static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}

extension SchemaType {
    var chineseName: String {
        switch self {
        case .string: "字符串"
        case .integer: "整数"
        case .number: "数字"
        case .boolean: "布尔值（true 或 false）"
        case .object: "映射（键: 值）"
        case .array: "列表"
        case .null: "空值"
        }
    }

    var englishName: String {
        switch self {
        case .string: "a string"
        case .integer: "an integer"
        case .number: "a number"
        case .boolean: "true or false"
        case .object: "a mapping (key: value)"
        case .array: "a list"
        case .null: "an empty value"
        }
    }
}

/// What a YAML value turned out to be, for "found …" in messages.
enum FoundValue {
    case mapping, sequence, null
    case scalar(kind: SchemaType, text: String)

    var chinese: String {
        switch self {
        case .mapping: "映射"
        case .sequence: "列表"
        case .null: "空值"
        case let .scalar(kind, text): kind == .string ? "文字“\(text)”" : "\(kind.chineseName) \(text)"
        }
    }

    var english: String {
        switch self {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .null: "an empty value"
        case let .scalar(kind, text): kind == .string ? "the text \"\(text)\"" : "\(kind.englishName) \(text)"
        }
    }
}
