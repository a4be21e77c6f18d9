import ArgumentParser

// Placeholder until its issue lands: the command exists so the CLI shape is fixed.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Not yet implemented.")
}
