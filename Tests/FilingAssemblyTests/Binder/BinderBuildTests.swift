@testable import FilingAssembly
import FilingTestSupport
import Foundation
import XCTest

/// Whole builds: values with markup characters print literally, and the same input gives the same files.
final class BinderBuildTests: XCTestCase {
    private let root = SharedResources.packageRoot
    private var work: URL!

    override func setUpWithError() throws {
        work = FileManager.default.temporaryDirectory.appendingPathComponent("fp-build-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: work)
    }

    /// A copy of the commercial sample with `replace` applied to its dossier text.
    private func sampleCopy(replacing target: String, with replacement: String) throws -> URL {
        let source = root.appendingPathComponent("samples/complete/commercial")
        let copy = work.appendingPathComponent("dossier")
        try FileManager.default.copyItem(at: source, to: copy)
        let file = copy.appendingPathComponent("dossier.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(text.contains(target))
        try text.replacingOccurrences(of: target, with: replacement).write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    private func options(_ dossier: URL, output: String) -> BuildOptions {
        BuildOptions(dossier: dossier, profileID: "national-12", formats: [.docx, .odt],
                     outputDirectory: work.appendingPathComponent(output),
                     bundledTemplates: root.appendingPathComponent("templates"), draft: true)
    }

    func testMarkupCharactersInValuesPrintLiterally() throws {
        let tricky = #"'康源|药讯**网** [x] \n #1 {{x}} ^^ << _u_'"#
        let dossier = try sampleCopy(replacing: "  name: 康源药讯网", with: "  name: \(tricky)")
        let result = try BinderBuild(options: options(dossier, output: "out")).run()
        let expected = BinderText.flatten(#"康源|药讯**网** [x] \n #1 {{x}} ^^ << _u_"#)
        for file in ["binder.docx"] {
            let text = BinderText.flatten(try BinderText.docx(result.folder.appendingPathComponent(file)))
            XCTAssertTrue(text.contains(expected), "\(file) does not show the website name literally")
        }
        let odt = BinderText.flatten(try BinderText.odt(result.folder.appendingPathComponent("binder.odt")))
        XCTAssertTrue(odt.contains(expected))
    }

    func testSameInputGivesTheSameFiles() throws {
        let dossier = root.appendingPathComponent("samples/complete/commercial/dossier.yaml")
        let first = try BinderBuild(options: options(dossier, output: "one")).run()
        let second = try BinderBuild(options: options(dossier, output: "two")).run()
        XCTAssertEqual(first.files, second.files)
        for file in first.files {
            XCTAssertEqual(try Data(contentsOf: first.folder.appendingPathComponent(file)),
                           try Data(contentsOf: second.folder.appendingPathComponent(file)), file)
        }
    }

    func testProgressReportsEachStepInOrder() throws {
        let dossier = root.appendingPathComponent("samples/complete/commercial/dossier.yaml")
        var steps: [BuildStep] = []
        _ = try BinderBuild(options: options(dossier, output: "steps")).run { steps.append($0) }
        XCTAssertEqual(Array(steps.prefix(3)), [.loading, .checking, .assembling])
        XCTAssertEqual(steps.last, .finishing)
        XCTAssertTrue(steps.contains(.writing("binder.docx")) && steps.contains(.writing("checklist.csv")))
    }
}
