import ArgumentParser
import FilingRules

/// `filingpack profiles`: the materials lists in the templates folder.
struct ProfilesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profiles",
        abstract: "List the checklist profiles: id, regime, status, effective dates, item count, title, legal basis.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Output format: text or json.")
    var format: ProfileListing.Format = .text

    func run() throws {
        let profiles: [Profile]
        do {
            profiles = try ProfileLibrary.load(from: global.templatesDirectory())
        } catch let error as ProfileError {
            printError(error.formatted(in: global.language))
            throw ExitStatus.badInput
        }
        print(ProfileListing.render(profiles, format: format, language: global.language), terminator: "")
    }
}

extension ProfileListing.Format: ExpressibleByArgument {}
