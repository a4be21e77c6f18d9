import ArgumentParser
import FilingDossier
import Foundation

/// `filingpack init [--profile ID] FILE`: writes a commented starter dossier to fill in.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter dossier to fill in.",
        discussion: """
            The starter lists every section with 待填写 placeholders and comments in Chinese and English. \
            Fill it in, put scans in scans/ beside it, then run `filingpack check FILE`. \
            The file is written atomically and an existing file is kept unless --force is given.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("Profile id to record as filing.profile (see `filingpack profiles`).",
                                            valueName: "ID"))
    var profile: String?

    @Flag(name: .long, help: "Overwrite FILE if it already exists.")
    var force = false

    @Argument(help: ArgumentHelp("The dossier file to write, e.g. dossier.yaml.", valueName: "FILE"))
    var file: String

    func run() throws {
        let language = global.language
        let url = URL(fileURLWithPath: file)
        do {
            let starter = try StarterDossier(templatesDirectory: try global.templatesDirectory())
            try starter.write(to: url, profile: profile, overwrite: force)
        } catch let error as StarterDossierError {
            printError(error.rendered(in: language))
            throw ExitStatus.badInput
        }
        print(language == .zh
            ? "已写入 \(file)。请替换其中的“待填写”，然后运行：filingpack check \(file)"
            : "Wrote \(file). Replace its 待填写 placeholders, then run: filingpack check \(file)")
    }
}
