import ArgumentParser

// Placeholder until its issue lands: the command exists so the CLI shape is fixed.
struct ManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "manual", abstract: "Not yet implemented.")
}
