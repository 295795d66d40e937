/// Edits applied to a built index one record at a time, for data entry: the dataset and everything
/// derived from it along the changed school's path, never a rebuild. Each returns nil (or false)
/// with nothing changed when the edit is not one it can apply; the caller rebuilds then.
///
/// The region's per-subject statistics (the means and spreads that standardise scores) stay as the
/// last build computed them, and so do the other schools' scores, percentiles and flags; only a
/// rebuild (`RegionIndex(dataset)`) refreshes them. The edited school's scores are recomputed with
/// those statistics and its percentile ranked among the other schools' scores.
extension RegionIndex {
    /// Applies one changed exam result: `old` (as it is in the dataset) becomes `new`; `old` nil adds
    /// a result, `new` nil deletes one. Updates `dataset.examResults`, the per-organisation records,
    /// the aggregates of both trees along the school's path, and the school's scores and flags for
    /// every year. A deleted result's place in `dataset.examResults` is taken by the last one.
    ///
    /// Returns the organisations whose flags changed, or nil — with nothing changed — when the edit
    /// cannot be applied here: `old` is not in the dataset, `new` names a school, year or subject
    /// the index does not know, or would repeat another result. Rebuild the index then.
    public mutating func update(examResult old: ExamResult?, to new: ExamResult?) -> [Int]? {
        let removed = old.flatMap(place(of:))
        let added = new.flatMap(slots(of:))
        guard old == nil || removed.map({ dataset.examResults[$0.index] == old }) == true, new == nil || added != nil else { return nil }
        if let added, let existing = records.result(of: added.org, yearSlot: added.year, subjectSlot: added.subject),
           existing != removed?.index { return nil }
        if let removed, let old { applyAggregate(old, at: removed.slots, sign: -1) }
        if let removed, let added, let new, removed.slots == added {
            dataset.examResults[removed.index] = new
        } else {
            if let removed { deleteResult(at: removed.index, of: removed.slots.org) }
            if let added, let new {
                dataset.examResults.append(new)
                records.appendResult(of: added.org, yearSlot: added.year, subjectSlot: added.subject)
            }
        }
        if let added, let new { applyAggregate(new, at: added, sign: 1) }
        var flagsChanged: [Int] = []
        for org in Set([removed?.slots.org, added?.org].compactMap { $0 }).sorted() {
            scores.rescore(organisation: org, results: dataset.examResults, records: records)
            if reevaluateFlags(of: org) { flagsChanged.append(org) }
        }
        return flagsChanged
    }

    /// Applies one changed financing record (`old` nil adds one, `new` nil deletes one) and
    /// re-evaluates the organisation's flags; a deleted record's place in `dataset.financing` is
    /// taken by the last one. Returns the organisations whose flags changed, or nil — with nothing
    /// changed — when `old` is not in the dataset, `new` names an organisation or year the index
    /// does not know, or would repeat another record.
    public mutating func update(financing old: Financing?, to new: Financing?) -> [Int]? {
        let removed = old.flatMap { record in
            financingSlots(of: record).flatMap { slots in records.financing(of: slots.org, yearSlot: slots.year).map { ($0, slots) } }
        }
        let added = new.flatMap(financingSlots(of:))
        guard old == nil || removed.map({ dataset.financing[$0.0] == old }) == true, new == nil || added != nil else { return nil }
        if let added, let existing = records.financing(of: added.org, yearSlot: added.year), existing != removed?.0 { return nil }
        if let (index, slots) = removed {
            records.setFinancing(of: slots.org, yearSlot: slots.year, to: -1)
            let last = dataset.financing.count - 1
            if index != last, let moved = financingSlots(of: dataset.financing[last]),
               records.financing(of: moved.org, yearSlot: moved.year) == last {
                records.setFinancing(of: moved.org, yearSlot: moved.year, to: index)
            }
            dataset.financing.swapAt(index, last)
            dataset.financing.removeLast()
        }
        if let added, let new {
            dataset.financing.append(new)
            records.setFinancing(of: added.org, yearSlot: added.year, to: dataset.financing.count - 1)
        }
        var flagsChanged: [Int] = []
        for org in Set([removed?.1.org, added?.org].compactMap { $0 }).sorted() where reevaluateFlags(of: org) {
            flagsChanged.append(org)
        }
        return flagsChanged
    }

    /// Replaces an organisation's record when that moves it nowhere in either tree — same id, role,
    /// centre, municipality and name — such as a new count of pupils or teachers; false (nothing
    /// changed) otherwise: rebuild then. No flag depends on those fields.
    public mutating func update(organisation new: Organisation) -> Bool {
        guard let org = organisationIndex[new.id] else { return false }
        let old = dataset.organisations[org]
        guard old.role == new.role, old.centreId == new.centreId, old.municipalityId == new.municipalityId,
              old.name == new.name else { return false }
        dataset.organisations[org] = new
        return true
    }

    private func financingSlots(of record: Financing) -> RecordSlots? {
        guard let org = organisationIndex[record.organisationId], let year = yearIndex[record.year] else { return nil }
        return RecordSlots(org: org, year: year, subject: -1)
    }

    /// Where a yearly record counts: its organisation, year slot and subject slot (-1 for financing).
    private struct RecordSlots: Equatable {
        var org: Int
        var year: Int
        var subject: Int
    }

    private func slots(of result: ExamResult) -> RecordSlots? {
        guard let org = organisationIndex[result.organisationId], let year = yearIndex[result.year],
              let subject = subjectIndex[result.subjectId] else { return nil }
        return RecordSlots(org: org, year: year, subject: subject)
    }

    /// The index of `result`'s record (by organisation, year and subject) and its slots.
    private func place(of result: ExamResult) -> (index: Int, slots: RecordSlots)? {
        guard let slots = slots(of: result),
              let index = records.result(of: slots.org, yearSlot: slots.year, subjectSlot: slots.subject) else { return nil }
        return (index, slots)
    }

    private mutating func applyAggregate(_ result: ExamResult, at slots: RecordSlots, sign: Int) {
        let aggregate = ExamAggregate(result)
        networkAggregates.apply(aggregate, at: network.nodeOfOrganisation[slots.org], in: network,
                                yearSlot: slots.year, subjectSlot: slots.subject, sign: sign)
        administrativeAggregates.apply(aggregate, at: administrative.nodeOfOrganisation[slots.org], in: administrative,
                                       yearSlot: slots.year, subjectSlot: slots.subject, sign: sign)
    }

    /// Removes result `index` by moving the last result into its place.
    private mutating func deleteResult(at index: Int, of org: Int) {
        let lastOwner = dataset.examResults.last.flatMap { organisationIndex[$0.organisationId] }
        records.removeResult(index, of: org, lastOwner: lastOwner)
        dataset.examResults.swapAt(index, dataset.examResults.count - 1)
        dataset.examResults.removeLast()
    }

    /// Re-evaluates one organisation's flags for every year; true when any changed.
    private mutating func reevaluateFlags(of org: Int) -> Bool {
        let findings = flags(evaluatedFor: org)
        let count = dataset.organisations.count
        var changed = false
        for (slot, yearFindings) in findings.enumerated() where flagTable[slot * count + org] != yearFindings {
            flagTable[slot * count + org] = yearFindings
            changed = true
        }
        return changed
    }

    /// Evaluated apart from the mutation, so the engine's copy of the index is gone before the
    /// flag table is written (which would otherwise copy the whole table).
    private func flags(evaluatedFor org: Int) -> [[FlagFinding]] {
        let engine = FlagEngine(index: self)
        return years.indices.map { engine.evaluate(organisation: org, yearSlot: $0) }
    }
}
