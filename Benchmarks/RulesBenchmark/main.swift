import FilingDossier
import FilingModel
import FilingRules
import Foundation

// Loads a sample dossier and the profiles once, then checks the dossier N times (default 1,000) and
// prints the time per check. Run from the package root: `swift run -c release rules-benchmark [N] [DOSSIER]`.
let arguments = CommandLine.arguments.dropFirst()
let runs = arguments.first.flatMap { Int($0) } ?? 1_000
let dossierPath = arguments.dropFirst().first ?? "samples/complete/commercial/dossier.yaml"
let templates = URL(fileURLWithPath: "templates")

do {
    let located = try DossierLoader(templatesDirectory: templates).load(contentsOf: URL(fileURLWithPath: dossierPath))
    let profiles = try ProfileLibrary.load(from: templates)
    let checker = Checker(profile: try ProfileLibrary.profile(ProfileLibrary.defaultProfileID, in: profiles))
    let date = Checker.checkDate(override: nil, dossier: located.dossier)
    var findings = 0
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<runs { findings += checker.check(located, on: date).findings.count }
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    print("\(runs) checks of \(dossierPath) against \(checker.profile.id): \(String(format: "%.1f", elapsed)) ms total, "
        + "\(String(format: "%.3f", elapsed / Double(runs))) ms per dossier (\(findings / max(runs, 1)) findings each)")
} catch {
    FileHandle.standardError.write(Data("benchmark setup failed: \(error)\n".utf8))
    exit(2)
}
