import FilingAssembly
import FilingDocument
import FilingDossier
import FilingRules
import Foundation

/// Workload 2's content: the binder `filingpack build` writes for a sample, as a `Document`, so the peers can
/// be given the same content.
enum BinderExport {
    static func document(dossier: URL, root: URL) throws -> Document {
        let templates = root.appendingPathComponent("templates")
        let located = try DossierLoader(templatesDirectory: templates).load(contentsOf: dossier)
        let profiles = try ProfileLibrary.load(from: templates)
        let profile = try ProfileLibrary.profile(
            located.dossier.filing.profile ?? ProfileLibrary.defaultProfileID, in: profiles)
        let date = Checker.checkDate(override: nil, dossier: located.dossier)
        let report = Checker(profile: profile).check(located, on: date)
        let assembler = BinderAssembler(library: TemplateLibrary(bundled: templates))
        return try assembler.assemble(located: located, profile: profile, report: report, date: date, draft: false)
            .document
    }
}
