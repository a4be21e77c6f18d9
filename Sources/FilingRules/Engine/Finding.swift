import FilingModel

/// How serious a finding is.
public enum Severity: String, Sendable, Equatable, Codable, CaseIterable, Comparable {
    case error, warning, info

    private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }

    /// Errors sort first.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// A rule's fixed identity: stable id, default severity, a bilingual summary and a fix hint.
public struct RuleDefinition: Sendable, Equatable {
    /// Stable id, e.g. `identifier.credit-code.check-digit`; tools filter on it.
    public var id: String
    public var severity: Severity
    public var summary: LocalizedText
    public var hint: LocalizedText

    public init(_ id: String, _ severity: Severity, summary: LocalizedText, hint: LocalizedText) {
        self.id = id
        self.severity = severity
        self.summary = summary
        self.hint = hint
    }
}

/// One problem (or note) about a dossier, tied to a profile item, a field and a place in the file.
public struct Finding: Sendable, Equatable {
    public var ruleID: String
    public var severity: Severity
    /// Item number as printed in the profile, nil when no item of the profile covers it.
    public var itemNumber: String?
    /// Dossier field path, e.g. `people.professionals[1].id_number`.
    public var fieldPath: String
    public var location: SourceLocation?
    /// The rule's summary followed by this finding's details; personal values appear masked.
    public var message: LocalizedText
    public var hint: LocalizedText
}

/// Whether a profile item's material is complete.
public enum ItemStatus: String, Sendable, Equatable, Codable, CaseIterable {
    /// Required and without error findings.
    case ready
    /// Required and with at least one error finding (evidence absent, invalid or expired).
    case missing
    /// Ready, but a validity period ends within the warning window.
    case expiring
    /// The item's conditions do not hold for this dossier.
    case notRequired = "not_required"
}

/// A profile item with its status for one dossier.
public struct ItemResult: Sendable, Equatable {
    public var item: ProfileItem
    public var status: ItemStatus
}

/// Everything `filingpack check` says about one dossier under one profile.
public struct CheckReport: Sendable, Equatable {
    public var profileID: String
    public var profileTitle: LocalizedText
    /// The dossier file as given.
    public var dossierFile: String
    /// The date validity periods were checked against.
    public var date: LocalDate
    /// Items in profile order.
    public var items: [ItemResult]
    /// Findings in item order, then by field path.
    public var findings: [Finding]

    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }

    /// True when `filingpack check` must exit 1.
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    /// The same report with every warning raised to an error (`--strict`); item statuses keep describing
    /// the materials.
    public func promotingWarnings() -> CheckReport {
        var copy = self
        copy.findings = findings.map { finding in
            var raised = finding
            if raised.severity == .warning { raised.severity = .error }
            return raised
        }
        return copy
    }

    /// The findings of the item numbered `number` (nil: findings no item covers).
    public func findings(forItem number: String?) -> [Finding] { findings.filter { $0.itemNumber == number } }
}
