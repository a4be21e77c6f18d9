import ArgumentParser

/// The `filingpack` command: a thin shell over the library; each subcommand lives in its own file.
public struct FilingpackCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "filingpack",
        abstract: "Check a licence dossier and build its numbered submission binder (DOCX/ODT).",
        discussion: """
            Exit codes: 0 = success / dossier complete, 1 = findings of severity error, \
            2 = usage error or unreadable input.
            """,
        version: "0.1.0",
        subcommands: [
            InitCommand.self, CheckCommand.self, BuildCommand.self, ManualCommand.self, ProfilesCommand.self,
        ])

    public init() {}
}
