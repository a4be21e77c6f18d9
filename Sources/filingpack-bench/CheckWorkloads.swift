import FilingDossier
import FilingModel
import FilingRules
import Foundation

/// Workload 1: `check` of 1,000 dossiers, generated from the samples that load (complete and content-broken),
/// each with its own company, website and people names so no two texts are alike.
enum CheckWorkloads {
    static let sampleFolders = [
        "complete/commercial", "complete/non-commercial", "broken/missing-professionals",
        "broken/expired-hosting-licence", "broken/bad-check-digits", "broken/missing-attachment-file",
    ]

    /// A variant's YAML and the file URL that names it (inside its sample folder, so `scans/` paths resolve).
    struct Variant {
        let text: String
        let fileURL: URL
    }

    static func variants(count: Int, samples: URL) throws -> [Variant] {
        let texts = try sampleFolders.map { folder in
            (folder, try String(contentsOf: samples.appendingPathComponent("\(folder)/dossier.yaml"), encoding: .utf8))
        }
        return (0..<count).map { index in
            let (folder, text) = texts[index % texts.count]
            let tag = "第\(index + 1)号"
            // The same replacement everywhere a name appears keeps the dossier consistent for the rules.
            var variant = text
            for (name, replacement) in [
                ("洛阳康源医药信息科技有限公司", "洛阳\(tag)医药信息科技有限公司"), ("康源药讯网", "\(tag)药讯网"),
                ("王海燕", "王\(index + 1)燕"), ("周建国", "周\(index + 1)国"),
            ] {
                variant = variant.replacingOccurrences(of: name, with: replacement)
            }
            let url = samples.appendingPathComponent("\(folder)/variant-\(index + 1).yaml")
            return Variant(text: variant, fileURL: url)
        }
    }

    /// Loaded dossiers with the checker for their profile.
    struct Prepared {
        let located: LocatedDossier
        let checker: Checker
        let date: LocalDate
    }

    struct Context {
        let loader: DossierLoader
        let schema: DossierSchema
        let profiles: [Profile]

        init(templates: URL) throws {
            loader = DossierLoader(templatesDirectory: templates)
            schema = try loader.schema()
            profiles = try ProfileLibrary.load(from: templates)
        }

        func prepare(_ variant: Variant) throws -> Prepared {
            let located = try loader.load(yaml: variant.text, fileURL: variant.fileURL, schema: schema)
            let id = located.dossier.filing.profile ?? ProfileLibrary.defaultProfileID
            let profile = try ProfileLibrary.profile(id, in: profiles)
            return Prepared(
                located: located, checker: Checker(profile: profile),
                date: Checker.checkDate(override: nil, dossier: located.dossier))
        }
    }

    /// Dossiers loaded once (untimed), then all checked per repetition.
    static func checkLoaded(count: Int, root: URL, repeats: Int, warmup: Int) throws -> WorkloadResult {
        let context = try Context(templates: root.appendingPathComponent("templates"))
        let prepared = try variants(count: count, samples: root.appendingPathComponent("samples")).map(context.prepare)
        var findings = 0
        let summary = measure(repeats: repeats, warmup: warmup) {
            findings = prepared.reduce(0) { $0 + $1.checker.check($1.located, on: $1.date).findings.count }
        }
        return WorkloadResult(summary: summary, outputBytes: 0, note: "\(count) dossiers, \(findings) findings in all")
    }

    /// Parse (YAML, schema, model) and check of every dossier per repetition; texts are in memory.
    static func loadAndCheck(count: Int, root: URL, repeats: Int, warmup: Int) throws -> WorkloadResult {
        let context = try Context(templates: root.appendingPathComponent("templates"))
        let variants = try variants(count: count, samples: root.appendingPathComponent("samples"))
        var findings = 0
        let summary = try measure(repeats: repeats, warmup: warmup) {
            findings = try variants.reduce(0) { total, variant in
                let prepared = try context.prepare(variant)
                return total + prepared.checker.check(prepared.located, on: prepared.date).findings.count
            }
        }
        return WorkloadResult(summary: summary, outputBytes: 0, note: "\(count) dossiers, \(findings) findings in all")
    }
}
