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

    /// Parses `arguments` (nil: the process's), runs the command and returns the exit status, so usage
    /// errors give 2 as documented rather than swift-argument-parser's 64.
    public static func run(arguments: [String]? = nil) -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            return ExitStatus.success.rawValue
        } catch let exit as ExitCode {
            // Commands print their own messages before throwing an exit status.
            return exit.rawValue
        } catch {
            let status = exitCode(for: error)
            let message = fullMessage(for: error)
            if status == .success {
                print(message)
                return status.rawValue
            }
            printError(message)
            return ExitStatus.badInput.rawValue
        }
    }
}
