import FilingDossier
import FilingModel
import Foundation
import Testing

@Suite("Unreadable and hostile input")
struct InputSafetyTests {
    @Test func malformedYAMLGivesLineAndColumn() throws {
        let yaml = Fixtures.minimal.replacingOccurrences(of: "  overview: 概况", with: "  overview: [概况")
        let error = try #require(Fixtures.error(loading: yaml))
        #expect(error.message.en.hasPrefix("YAML syntax error: "))
        #expect(error.line == 21)
        #expect(error.column != nil)
    }

    @Test func duplicateKeyPointsAtTheRepeat() throws {
        let yaml = Fixtures.minimal.replacingOccurrences(of: "  overview: 概况", with: "  overview: 概况\n  email: b@example.cn")
        let error = try #require(Fixtures.error(loading: yaml))
        #expect(error.message.en == "duplicate key \"email\"")
        #expect((error.line, error.column) == (21, 3))
    }

    @Test func invalidUTF8NamesLineAndByteOffset() throws {
        var bytes = Array("version: 1\nfiling:\n  province: ".utf8)
        let offset = bytes.count
        bytes += [0xB1, 0xB1, 0xBE, 0xA9] + Array("\n".utf8)  // 北京 in GBK
        let url = try Fixtures.temporaryFile(Data(bytes))
        let error = try #require(throws: DossierLoadError.self) { try Fixtures.loader.load(contentsOf: url) }
        #expect((error.line, error.column) == (3, 13))
        #expect(error.message.en == "not valid UTF-8 text (at byte offset \(offset))")
        #expect(error.hint?.zh.contains("GBK") == true)
    }

    @Test func oversizedFileIsRefusedBeforeReading() throws {
        let url = try Fixtures.temporaryFile(Data(repeating: 0x20, count: 6 * 1_048_576))
        let error = try #require(throws: DossierLoadError.self) { try Fixtures.loader.load(contentsOf: url) }
        #expect(error.message.en == "the file is too large (6.0 MB); a dossier file may be at most 5.0 MB")
        #expect(error.line == nil)
    }

    @Test func emptyFileAndNonMappingTopLevelAreExplained() throws {
        #expect(Fixtures.error(loading: "\n# only a comment\n")?.message.en == "the file is empty")
        let list = try #require(Fixtures.error(loading: "- a\n- b\n"))
        #expect(list.message.en == "the top level must be a mapping (key: value)")
        #expect(list.line == 1)
    }

    @Test func missingFileIsAnError() throws {
        let url = Fixtures.samples.appendingPathComponent("no-such-folder/dossier.yaml")
        let error = try #require(throws: DossierLoadError.self) { try Fixtures.loader.load(contentsOf: url) }
        #expect(error.message.en == "file not found")
    }

    @Test func aliasBombStopsAtTheValueLimit() throws {
        // 400 aliased people, each with 400 aliased résumé lines: 160 000 values from a few kilobytes.
        let lines = Array(repeating: "x", count: 400).joined(separator: ", ")
        let people = Array(repeating: "*p", count: 400).joined(separator: ", ")
        let yaml = """
            anchors:
              p: &p {name: x, resume: [\(lines)]}
              l: &l [\(people)]
            people:
              legal_representative: {name: a}
              website_head: {name: b}
              professionals: *l
            """
        let error = try #require(Fixtures.error(loading: yaml))
        #expect(error.message.en.contains("more than 100000 values"))
        #expect(error.fieldPath?.hasPrefix("people.professionals[") == true)
    }

    @Test func floodOfProblemsIsCut() throws {
        let items = Array(repeating: "1", count: 900).joined(separator: ", ")
        let yaml = Fixtures.minimal.replacingOccurrences(of: "    steps: [打开首页]", with: "    steps: [\(items)]")
        let error = try #require(Fixtures.error(loading: yaml))
        #expect(error.problems.count == 101)
        #expect(error.problems.last?.message.en == "more than 100 problems; fix these first")
    }

    @Test func tenThousandStaffRowsStopAtTheListLimit() throws {
        let row = "{name: 员工, sex: male, position: 技术员, discipline: computer, resume: [2014.07-至今 运维]}"
        let rows = Array(repeating: row, count: 10_000).joined(separator: ", ")
        let yaml = Fixtures.minimal.replacingOccurrences(of: "  professionals: []", with: "  professionals: []\n  computer_staff: [\(rows)]")
        let error = try #require(Fixtures.error(loading: yaml))
        #expect(error.message.en == "the list has 10000 entries; a list may have at most 1000")
        #expect(error.fieldPath == "people.computer_staff")
        #expect(error.line == 34)
        // A thousand rows are still accepted.
        let thousand = Array(repeating: row, count: 1_000).joined(separator: ", ")
        let fits = Fixtures.minimal.replacingOccurrences(of: "  professionals: []", with: "  professionals: []\n  computer_staff: [\(thousand)]")
        #expect(try Fixtures.load(fits).dossier.people.computerStaff?.count == 1_000)
    }

    @Test func personalDataInLoadErrorsIsMasked() throws {
        let yaml = Fixtures.minimal.replacingOccurrences(
            of: "  legal_representative: {name: 张三}", with: "  legal_representative: {name: 张三, id_number: 110105199003070026}")
        let error = try #require(Fixtures.error(loading: yaml))
        #expect(error.fieldPath == "people.legal_representative.id_number")
        #expect(error.message.en == "expected a string, found an integer 110105********0026")
        #expect(error.hint?.en.contains("110105199003070026") == false)
    }

    @Test func moderateAliasesStillLoad() throws {
        let yaml = Fixtures.minimal
            .replacingOccurrences(of: "scans: [scans/licence.png]", with: "scans: &licence [scans/licence.png]")
            .replacingOccurrences(of: "certificate: [scans/domain.png]", with: "certificate: *licence")
        #expect(try Fixtures.load(yaml).dossier.website.domains[0].certificate == [Attachment(file: "scans/licence.png")])
    }

    @Test func byteOrderMarkIsIgnored() throws {
        let url = try Fixtures.temporaryFile(Data([0xEF, 0xBB, 0xBF] + Array(Fixtures.minimal.utf8)))
        #expect(try Fixtures.loader.load(contentsOf: url).dossier.version == 1)
    }

    @Test func missingSchemaNamesTheTemplatesFolder() throws {
        let loader = DossierLoader(templatesDirectory: URL(fileURLWithPath: "/nonexistent-templates"))
        let error = try #require(throws: DossierLoadError.self) {
            try loader.load(contentsOf: Fixtures.sample("complete/commercial"))
        }
        #expect(error.file.hasSuffix("dossier.schema.json"))
        #expect(error.hint?.en.contains("--templates") == true)
    }
}
