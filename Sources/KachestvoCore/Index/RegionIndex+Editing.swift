/// A `Change` applied to a built index along the changed paths, through the one-record updates
/// (`update(examResult:to:)`, `update(financing:to:)`, `update(organisation:)`), for data entry
/// without a rebuild per edit.
extension RegionIndex {
    /// Applies `change` to the index and its dataset; false — with nothing changed — when it needs
    /// a rebuild (`RegionIndex(dataset)` of the dataset the change was applied to): a record the index
    /// cannot place (a new year or subject), an organisation renamed, given another role, added or
    /// deleted, or moved where `moveTargets` cannot take it (a УМЦ with its schools), a municipality
    /// or the thresholds changed, or an edit that does not apply (stale). A school moved to another
    /// УМЦ or municipality moves along both paths.
    /// Support cases, council meetings and forecasts are applied to the dataset as they are.
    public mutating func apply(_ change: Change) -> Bool {
        var steps: [(before: RecordValue?, after: RecordValue?)] = []
        for record in change.records {
            // Not `try?`, which would flatten a deleted record's nil into a failure.
            guard let before = currentRecord(record),
                  case .success(let after) = Result(catching: { () throws(EditError) in try change.checkedState(of: record, from: before) }),
                  canUpdate(from: before, to: after) else { return false }
            steps.append((before, after))
        }
        var supportCasesChanged = false
        for (record, step) in zip(change.records, steps) {
            switch (step.before ?? step.after) {
            case .examResult?:
                _ = update(examResult: step.before?.examResult, to: step.after?.examResult)
            case .financing?:
                _ = update(financing: step.before?.financing, to: step.after?.financing)
            case .organisation(let old)?:
                let new = step.after!.organisation!
                let org = organisationIndex[old.id]!
                if let targets = moveTargets(of: org, to: new), targets.network != nil || targets.administrative != nil {
                    move(org, to: new, targets: targets)
                } else {
                    _ = update(organisation: new)
                }
            case .supportCase?, .meeting?, .forecast?:
                for edit in change.edits where edit.record == record { try? dataset.apply(edit) }
                supportCasesChanged = supportCasesChanged || record.kind == .supportCase
            case .municipality?, nil:
                break
            }
        }
        if supportCasesChanged {
            supportCaseIndices = RegionIndex.supportCaseIndices(of: dataset.supportCases, organisationIndex: organisationIndex)
        }
        return true
    }

    /// The record as the index holds it: `.some(nil)` when it is not there, nil for a record the
    /// index cannot look up (the thresholds, a result of an organisation it does not know).
    private func currentRecord(_ record: RecordKey) -> RecordValue?? {
        switch record {
        case .examResult(let id, let year, let subject):
            guard let org = organisationIndex[id] else { return nil }
            return .some(result(organisation: org, year: year, subject: subject).map(RecordValue.examResult))
        case .financing(let id, let year):
            guard let org = organisationIndex[id] else { return nil }
            return .some(financing(organisation: org, year: year).map(RecordValue.financing))
        case .organisation(let id):
            return .some(organisation(id).map(RecordValue.organisation))
        case .supportCase, .meeting, .forecast:
            return .some(dataset.record(record))
        case .municipality, .thresholds:
            return nil
        }
    }

    /// Whether the one-record updates can take the record from `before` to `after`.
    private func canUpdate(from before: RecordValue?, to after: RecordValue?) -> Bool {
        switch (before, after) {
        case (_, .examResult(let result)?):
            return organisationIndex[result.organisationId] != nil && yearIndex[result.year] != nil
                && subjectIndex[result.subjectId] != nil
        case (_, .financing(let record)?):
            return organisationIndex[record.organisationId] != nil && yearIndex[record.year] != nil
        case (.examResult?, nil), (.financing?, nil):
            return true
        case (.organisation(let old)?, .organisation(let new)?):
            return organisationIndex[old.id].flatMap { moveTargets(of: $0, to: new) } != nil
        case (.supportCase?, _), (_, .supportCase?), (.meeting?, _), (_, .meeting?), (.forecast?, _), (_, .forecast?):
            return true
        default:
            return false
        }
    }
}
