@testable import FilingCLI
import FilingDossier
import FilingModel
import Foundation
import Testing

/// Runs commands in-process through `FilingpackCommand.run(arguments:)`, as the executable does.
@Suite("filingpack init and dossier loading from the command line")
struct InitCommandTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = packageRoot.appendingPathComponent("templates").path

    private func freshFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("filingpack-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private func run(_ arguments: [String]) -> Int32 {
        FilingpackCommand.run(arguments: arguments + ["--templates", Self.templates])
    }

    @Test func initWritesAStarterThatTheLoaderAccepts() throws {
        let file = try freshFolder().appendingPathComponent("dossier.yaml")
        #expect(run(["init", "--lang", "en", file.path]) == 0)
        let located = try DossierLoader(templatesDirectory: URL(fileURLWithPath: Self.templates))
            .load(contentsOf: file)
        #expect(located.dossier.applicant.name.hasPrefix("待填写"))
        #expect(located.dossier.people.professionals.count == 2)
        #expect(located.dossier.people.computerStaff?.count == 3)
        #expect(located.dossier.filing.profile == nil)
    }

    @Test func initRecordsTheProfile() throws {
        let file = try freshFolder().appendingPathComponent("dossier.yaml")
        #expect(run(["init", "--profile", "national-12", file.path]) == 0)
        let located = try DossierLoader(templatesDirectory: URL(fileURLWithPath: Self.templates)).load(contentsOf: file)
        #expect(located.dossier.filing.profile == "national-12")
    }

    @Test func initRefusesToOverwriteWithoutForce() throws {
        let file = try freshFolder().appendingPathComponent("dossier.yaml")
        try Data("keep me".utf8).write(to: file)
        #expect(run(["init", file.path]) == 2)
        #expect(try String(contentsOf: file, encoding: .utf8) == "keep me")
        #expect(run(["init", "--force", file.path]) == 0)
        #expect(try String(contentsOf: file, encoding: .utf8).contains("version: 1"))
    }

    @Test func usageErrorsExitWithTwo() {
        #expect(run(["init"]) == 2)
        #expect(run(["init", "--lang", "fr", "x.yaml"]) == 2)
        #expect(run(["init", "--profile", "Not Valid", "x.yaml"]) == 2)
        #expect(run(["no-such-command"]) == 2)
        #expect(FilingpackCommand.run(arguments: ["--help"]) == 0)
    }

    @Test func initIntoAMissingFolderFailsCleanly() throws {
        let file = try freshFolder().appendingPathComponent("no/such/folder/dossier.yaml")
        #expect(run(["init", file.path]) == 2)
    }

    @Test func loadErrorsBecomeExitTwoInTheChosenLanguage() throws {
        let options = try GlobalOptions.parse(["--lang", "zh", "--templates", Self.templates])
        #expect(options.language == .zh)
        let broken = Self.packageRoot.appendingPathComponent("samples/broken/wrong-types/dossier.yaml").path
        #expect(throws: ExitStatus.badInput) { try options.loadDossier(at: broken) }
        let complete = Self.packageRoot.appendingPathComponent("samples/complete/commercial/dossier.yaml").path
        #expect(try options.loadDossier(at: complete).dossier.category == .commercial)
    }

    @Test func languageComesFromTheLocaleUnlessGiven() throws {
        #expect(try GlobalOptions.parse(["--lang", "en"]).language == .en)
        #expect(Language.fromEnvironment(["LANG": "zh_CN.UTF-8"]) == .zh)
        #expect(Language.fromEnvironment(["LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["LC_ALL": "", "LC_MESSAGES": "zh_TW", "LANG": "en_US"]) == .zh)
        #expect(Language.fromEnvironment([:]) == .en)
    }

    @Test func renderedErrorsFollowTheLanguage() throws {
        let url = Self.packageRoot.appendingPathComponent("samples/broken/wrong-types/dossier.yaml")
        let error = try #require(throws: DossierLoadError.self) {
            try DossierLoader(templatesDirectory: URL(fileURLWithPath: Self.templates)).load(contentsOf: url)
        }
        let zh = error.rendered(in: .zh).split(separator: "\n")
        let en = error.rendered(in: .en).split(separator: "\n")
        #expect(zh.count == 3 && en.count == 3)
        #expect(zh[0].hasSuffix(":17:13: applicant.postcode: 应为字符串，实际为整数 471000（提示：加上引号写成 \"471000\"）"))
        #expect(en[0].hasSuffix(":17:13: applicant.postcode: expected a string, found an integer 471000 (hint: put it in quotes: \"471000\")"))
    }
}
