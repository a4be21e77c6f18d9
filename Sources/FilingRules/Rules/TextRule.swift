import FilingModel

/// Fields whose text lost characters at load time because XML 1.0 (and so the binder) cannot hold them.
enum TextRule {
    static let invalidCharacters = RuleDefinition(
        "text.invalid-characters", .warning,
        summary: LocalizedText(zh: "字段含有无法写入文档的控制字符，已删除", en: "characters a document cannot hold were removed"),
        hint: LocalizedText(zh: "检查该字段的文字是否完整（多来自复制粘贴）",
                            en: "check that the field's text is complete (such characters usually come from copy and paste)"))

    static let all = [invalidCharacters]

    static func apply(to context: inout RuleContext) {
        for (path, count) in context.located.removedCharacters.sorted(by: { $0.key < $1.key }) {
            context.report(invalidCharacters, at: path, items: [],
                           detail: LocalizedText(zh: "\(path)（删除 \(count) 个字符）", en: "\(path) (\(count) removed)"))
        }
    }
}
