import Bilingual

/// Validation of one field as a form holds it, in the context of the dataset, with the messages
/// `DatasetValidator` gives for the same value in a file: the record and what it refers to are
/// checked by the validator itself (`RecordContext`), and the problems at the field are kept. Also
/// the rules a file cannot show: a status transition the workflow does not allow.
public enum FieldRules {
    /// The problems of `field` of `record` (the record as the form holds it, with the field's new
    /// value), in the context of `dataset`; empty when the value is fine.
    public static func problems(of field: String, in record: RecordValue, dataset: Dataset) -> [BilingualText] {
        problems(in: record, dataset: dataset)[field] ?? []
    }

    /// The problems of every field of `record`, by field name (nil for the record as a whole).
    /// `dependants`, when given, are what `dependants(of:in:)` found for an organisation's card.
    public static func problems(in record: RecordValue, dataset: Dataset, dependants: [Organisation]? = nil) -> [String?: [BilingualText]] {
        let context = RecordContext(record, in: dataset, dependants: dependants)
        var found: [String?: [BilingualText]] = [:]
        for problem in DatasetValidator.validate(context.dataset) {
            guard let field = field(of: problem.path, record: record, context: context) else { continue }
            if found[field]?.contains(problem.message) != true { found[field, default: []].append(problem.message) }
        }
        if case .supportCase(let new) = record, case .supportCase(let old)? = dataset.record(record.key),
           let reason = transitionProblem(from: old.status, to: new.status) {
            found["status", default: []].append(reason)
        }
        return found
    }

    /// The organisations naming `id` as their centre that the checks of its role need (one of each
    /// role): found once for a form instead of a scan of the region on every field.
    public static func dependants(of id: Identifier<Organisation>, in dataset: Dataset) -> [Organisation] {
        RecordContext.dependants(of: id, in: dataset, among: dataset.organisations.indices)
    }

    /// The same found through `index`'s network tree, of the dataset it holds, without a pass over
    /// the region (falling back to one where the tree cannot say).
    public static func dependants(of id: Identifier<Organisation>, in index: RegionIndex) -> [Organisation] {
        guard let positions = index.organisationIndex[id].flatMap(index.positions(namingAsCentre:)) else {
            return dependants(of: id, in: index.dataset)
        }
        return RecordContext.dependants(of: id, in: index.dataset, among: positions)
    }

    /// The problems of `field` (`text`, `due`, `organisationIds`) of decision `index` of `meeting` as
    /// a form holds it, in the context of `dataset`: the meeting's own rules at that decision.
    public static func problems(ofDecision index: Int, field: String, in meeting: CouncilMeeting, dataset: Dataset) -> [BilingualText] {
        let context = RecordContext(.meeting(meeting), in: dataset)
        var found: [BilingualText] = []
        for problem in DatasetValidator.validate(context.dataset) {
            let components = problem.path.components
            guard components.count >= 5, components[0] == .key("meetings"), components[1] == .index(0),
                  components[2] == .key("decisions"), components[3] == .index(index), components[4] == .key(field),
                  !found.contains(problem.message) else { continue }
            found.append(problem.message)
        }
        return found
    }

    /// The problems of `field` of the thresholds as a form holds them.
    public static func problems(of field: String, in thresholds: FlagThresholds) -> [BilingualText] {
        DatasetValidator.validate(Dataset(thresholds: thresholds)).compactMap { problem in
            let components = problem.path.components
            return components.count >= 2 && components[0] == .key("thresholds") && components[1] == .key(field) ? problem.message : nil
        }
    }

    /// Why the workflow does not allow moving a case from `old` to `new`; nil when it does (or
    /// nothing moves).
    public static func transitionProblem(from old: SupportCase.Status, to new: SupportCase.Status) -> BilingualText? {
        guard old != new, !old.allowedNext.contains(new) else { return nil }
        let allowedRu = old.allowedNext.map { "«\($0.russianName)»" }.joined(separator: ", ")
        let allowedEn = old.allowedNext.map { "«\($0.rawValue)»" }.joined(separator: ", ")
        return BilingualText(
            ru: "из статуса «\(old.russianName)» нельзя перейти в «\(new.russianName)»"
                + (allowedRu.isEmpty ? "; случай завершён" : "; можно: \(allowedRu)"),
            en: "a case cannot move from «\(old.rawValue)» to «\(new.rawValue)»"
                + (allowedEn.isEmpty ? "; the case is finished" : "; it can move to \(allowedEn)"))
    }

    /// The field of `record` a problem of its context is about: its own fields at
    /// `$.array[0].field…`; a dependant's centre, for the edited organisation's `role`.
    private static func field(of path: DataPath, record: RecordValue, context: RecordContext) -> String?? {
        let components = path.components
        guard components.count >= 2, case .key(let array) = components[0], case .index(let index) = components[1],
              array == arrayName(of: record.key.kind) else { return nil }
        if index == 0 {
            guard components.count >= 3 else { return .some(nil) }
            if case .key(let field) = components[2] { return .some(field) }
            return nil
        }
        return context.dependants.contains(index) && components.count == 3 && components[2] == .key("centreId") ? .some("role") : nil
    }

    /// The name of the dataset's array of records of `kind`.
    static func arrayName(of kind: RecordKey.Kind) -> String {
        switch kind {
        case .municipality: "municipalities"
        case .organisation: "organisations"
        case .examResult: "examResults"
        case .financing: "financing"
        case .supportCase: "supportCases"
        case .meeting: "meetings"
        case .forecast: "forecasts"
        case .thresholds: "thresholds"
        }
    }
}
