import Bilingual

/// What one user may change (`--scope`): everything, or the organisations under one УМЦ, one КЦ or
/// one municipality. A change outside it is refused with the reason; the region-wide records — the
/// flag thresholds, municipalities, council meetings, region forecasts — only with `.everything`.
public enum EditScope: Hashable, Sendable, CustomStringConvertible {
    case everything
    /// The УМЦ and the schools it supports.
    case umc(Identifier<Organisation>)
    /// The КЦ, its УМЦ and their schools.
    case kc(Identifier<Organisation>)
    /// The organisations of the municipality (and of its city districts, for an urban district).
    case municipality(Identifier<Municipality>)

    public var description: String {
        switch self {
        case .everything: "everything"
        case .umc(let id): "umc:\(id.rawValue)"
        case .kc(let id): "kc:\(id.rawValue)"
        case .municipality(let id): "municipality:\(id.rawValue)"
        }
    }

    /// Reads `umc:ID`, `kc:ID` or `municipality:ID`, the id checked against `dataset`: it must name
    /// a УМЦ, a КЦ or a municipality of it.
    public static func parse(_ text: String, in dataset: Dataset) -> Result<EditScope, ScopeError> {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[1].isEmpty else { return .failure(ScopeError(.malformed(text))) }
        let id = parts[1]
        switch parts[0] {
        case "umc": return centre(id, role: .methodologicalCentre, in: dataset).map(EditScope.umc)
        case "kc": return centre(id, role: .consultingCentre, in: dataset).map(EditScope.kc)
        case "municipality":
            guard dataset.record(.municipality(Identifier(id))) != nil else { return .failure(ScopeError(.unknown(text))) }
            return .success(.municipality(Identifier(id)))
        default: return .failure(ScopeError(.malformed(text)))
        }
    }

    private static func centre(_ id: String, role: Organisation.Role, in dataset: Dataset) -> Result<Identifier<Organisation>, ScopeError> {
        guard case .organisation(let org)? = dataset.record(.organisation(Identifier(id))) else {
            return .failure(ScopeError(.unknown("\(role == .consultingCentre ? "kc" : "umc"):\(id)")))
        }
        guard org.role == role else { return .failure(ScopeError(.wrongRole(id, expected: role))) }
        return .success(org.id)
    }

    /// Whether organisation `id` of `dataset` is inside the scope.
    public func contains(_ id: Identifier<Organisation>, in dataset: Dataset) -> Bool {
        guard case .organisation(let org)? = dataset.record(.organisation(id)) else { return false }
        return contains(org, in: dataset)
    }

    func contains(_ org: Organisation, in dataset: Dataset) -> Bool {
        switch self {
        case .everything:
            return true
        case .umc(let umc):
            return org.id == umc || org.centreId == umc
        case .kc(let kc):
            if org.id == kc || org.centreId == kc { return true }
            guard let centre = org.centreId, case .organisation(let parent)? = dataset.record(.organisation(centre)) else { return false }
            return parent.centreId == kc
        case .municipality(let municipality):
            if org.municipalityId == municipality { return true }
            guard case .municipality(let place)? = dataset.record(.municipality(org.municipalityId)) else { return false }
            return place.parentId == municipality
        }
    }

    /// Why `change` is outside the scope — an edit of a record out of it, or one that would move a
    /// record out of it (a school given a centre or a municipality outside) — or nil when it is inside.
    /// `dataset` is the dataset the change applies to, before it is applied.
    public func check(_ change: Change, in dataset: Dataset) -> BilingualText? {
        guard self != .everything else { return nil }
        for record in change.records {
            let before = dataset.record(record), after = change.state(of: record, from: before)
            for state in [before, after].compactMap({ $0 }) {
                guard let owners = owners(of: state, in: dataset, after: change) else { return regionWide(record) }
                if let outside = owners.first(where: { !contains($0, in: dataset) }) { return self.outside(record, outside) }
            }
            if before == nil, after == nil { return regionWide(record) }
        }
        return nil
    }

    /// The organisations a record belongs to — itself, the owner of a result, a financing record or
    /// a support case, the one a forecast is about — as the change leaves them; nil for a region-wide
    /// record.
    private func owners(of record: RecordValue, in dataset: Dataset, after change: Change) -> [Organisation]? {
        func organisation(_ id: Identifier<Organisation>) -> [Organisation] {
            let key = RecordKey.organisation(id)
            if case .organisation(let org)? = change.state(of: key, from: dataset.record(key)) { return [org] }
            return []
        }
        switch record {
        case .organisation(let org): return [org]
        case .examResult(let result): return organisation(result.organisationId)
        case .financing(let financing): return organisation(financing.organisationId)
        case .supportCase(let supportCase): return organisation(supportCase.organisationId)
        case .forecast(let forecast):
            if case .organisation(let id) = forecast.scope { return organisation(id) }
            return nil
        case .municipality, .meeting: return nil
        }
    }

    private func regionWide(_ record: RecordKey) -> BilingualText {
        let noun = record.named()
        return BilingualText(ru: "вне вашей области (\(description)): \(noun.ru) — общая запись региона",
                             en: "outside your scope (\(description)): \(noun.en) belongs to the whole region")
    }

    private func outside(_ record: RecordKey, _ org: Organisation) -> BilingualText {
        let noun = record.named()
        return BilingualText(ru: "вне вашей области (\(description)): \(noun.ru) — «\(org.name)» (\(org.id)) не входит в неё",
                             en: "outside your scope (\(description)): \(noun.en) — «\(org.name)» (\(org.id)) is not in it")
    }
}

/// Why a `--scope` text was not accepted.
public struct ScopeError: Error, Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case malformed(String)
        case unknown(String)
        case wrongRole(String, expected: Organisation.Role)
    }

    public var kind: Kind

    init(_ kind: Kind) { self.kind = kind }

    public var message: BilingualText {
        switch kind {
        case .malformed(let text):
            BilingualText(ru: "область «\(text)» не распознана; нужно umc:ID, kc:ID или municipality:ID",
                          en: "scope «\(text)» is not understood; expected umc:ID, kc:ID or municipality:ID")
        case .unknown(let text):
            BilingualText(ru: "в данных нет «\(text)»", en: "the data has no «\(text)»")
        case .wrongRole(let id, let expected):
            expected == .consultingCentre
                ? BilingualText(ru: "«\(id)» не консалтинговый центр (КЦ)", en: "«\(id)» is not a consulting centre (КЦ)")
                : BilingualText(ru: "«\(id)» не учебно-методический центр (УМЦ)", en: "«\(id)» is not a methodological centre (УМЦ)")
        }
    }
}
