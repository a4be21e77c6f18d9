import ArgumentParser

// Placeholder until its issue lands: the command exists so the CLI shape is fixed.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build", abstract: "Not yet implemented.")
}
