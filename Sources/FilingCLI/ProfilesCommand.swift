import ArgumentParser

// Placeholder until its issue lands: the command exists so the CLI shape is fixed.
struct ProfilesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "profiles", abstract: "Not yet implemented.")
}
