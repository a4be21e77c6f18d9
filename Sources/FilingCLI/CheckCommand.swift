import ArgumentParser

// Placeholder until its issue lands: the command exists so the CLI shape is fixed.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: "Not yet implemented.")
}
