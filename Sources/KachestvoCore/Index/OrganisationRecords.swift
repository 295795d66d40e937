/// Per-organisation lookups into the dataset's big arrays, built in one pass: the exam results of an
/// organisation (a contiguous run of indices, each with its year and subject slot so lookups compare
/// integers, not strings), and its financing and risk profile for a year.
public struct OrganisationRecords: Sendable {
    /// Indices into `dataset.examResults`, grouped by organisation: the results of organisation `o`
    /// are `resultIndices[resultStarts[o]..<resultStarts[o + 1]]`.
    private(set) var resultIndices: [Int32]
    private(set) var resultStarts: [Int32]
    /// Year and subject slot of each result in `dataset.examResults` (-1 when unknown).
    private(set) var resultYearSlot: [Int16]
    private(set) var resultSubjectSlot: [Int16]
    /// `financingSlot[o * yearCount + y]` = index into `dataset.financing`, or -1.
    private(set) var financingSlot: [Int32]
    let riskSlot: [Int32]
    let yearCount: Int

    init(_ dataset: Dataset, organisationIndex: [Identifier<Organisation>: Int], yearIndex: [Int: Int],
         subjectIndex: [Identifier<Subject>: Int]) {
        let count = dataset.organisations.count
        yearCount = yearIndex.count
        // One pass over the results (a region has millions): each one's year, subject and owner,
        // with no hashing for the common case (see `YearSlots`, `SubjectLookup`, `OrganisationLookup`).
        let resultCount = dataset.examResults.count
        var yearSlots = [Int16](repeating: -1, count: resultCount)
        var subjectSlots = [Int16](repeating: -1, count: resultCount)
        var owner = [Int32](repeating: -1, count: resultCount)
        var counts = [Int32](repeating: 0, count: count + 1)
        var lookup = OrganisationLookup(organisationIndex)
        var subjects = SubjectLookup(subjectIndex)
        let years = YearSlots(yearIndex)
        dataset.examResults.withUnsafeBufferPointer { results in
            for index in results.indices {
                yearSlots[index] = Int16(years[results[index].year] ?? -1)
                subjectSlots[index] = Int16(subjects(results[index].subjectId) ?? -1)
                guard let org = lookup(results[index].organisationId) else { continue }
                owner[index] = Int32(org)
                counts[org + 1] += 1
            }
        }
        resultYearSlot = yearSlots
        resultSubjectSlot = subjectSlots
        // Counting sort of result indices by organisation.
        for org in 0..<count { counts[org + 1] += counts[org] }
        resultStarts = counts
        var next = counts
        var grouped = [Int32](repeating: 0, count: Int(counts[count]))
        for (index, org) in owner.enumerated() where org >= 0 {
            grouped[Int(next[Int(org)])] = Int32(index)
            next[Int(org)] += 1
        }
        resultIndices = grouped

        func slots(_ pairs: [(Identifier<Organisation>, Int)]) -> [Int32] {
            var slots = [Int32](repeating: -1, count: count * yearIndex.count)
            var lookup = OrganisationLookup(organisationIndex)
            for (index, pair) in pairs.enumerated() {
                guard let org = lookup(pair.0), let year = yearIndex[pair.1] else { continue }
                slots[org * yearIndex.count + year] = Int32(index)
            }
            return slots
        }
        financingSlot = slots(dataset.financing.map { ($0.organisationId, $0.year) })
        riskSlot = slots(dataset.riskProfiles.map { ($0.organisationId, $0.year) })
    }

    /// Indices into `dataset.examResults` of one organisation's results.
    func results(of org: Int) -> ArraySlice<Int32> {
        resultIndices[Int(resultStarts[org])..<Int(resultStarts[org + 1])]
    }

    /// Indices of one organisation's results in one year.
    func results(of org: Int, yearSlot: Int) -> [Int] {
        results(of: org).lazy.map(Int.init).filter { resultYearSlot[$0] == yearSlot }
    }

    /// Index of one organisation's result in one year and subject.
    func result(of org: Int, yearSlot: Int, subjectSlot: Int) -> Int? {
        results(of: org).lazy.map(Int.init).first {
            resultYearSlot[$0] == yearSlot && resultSubjectSlot[$0] == subjectSlot
        }
    }

    func financing(of org: Int, yearSlot: Int) -> Int? {
        let slot = financingSlot[org * yearCount + yearSlot]
        return slot < 0 ? nil : Int(slot)
    }

    func risk(of org: Int, yearSlot: Int) -> Int? {
        let slot = riskSlot[org * yearCount + yearSlot]
        return slot < 0 ? nil : Int(slot)
    }

    // MARK: Edits (see `RegionIndex.update(examResult:to:)`)

    /// Records a result appended to `dataset.examResults` for organisation `org`.
    mutating func appendResult(of org: Int, yearSlot: Int, subjectSlot: Int) {
        let index = resultYearSlot.count
        resultYearSlot.append(Int16(yearSlot))
        resultSubjectSlot.append(Int16(subjectSlot))
        resultIndices.insert(Int32(index), at: Int(resultStarts[org + 1]))
        for later in (org + 1)..<resultStarts.count { resultStarts[later] += 1 }
    }

    /// Forgets result `index` of organisation `org`, removed from `dataset.examResults` by moving
    /// the last result (of organisation `lastOwner`, nil when it has none) into its place.
    mutating func removeResult(_ index: Int, of org: Int, lastOwner: Int?) {
        let last = resultYearSlot.count - 1
        if let position = position(of: index, in: org) {
            resultIndices.remove(at: position)
            for later in (org + 1)..<resultStarts.count { resultStarts[later] -= 1 }
        }
        if index != last {
            if let lastOwner, let position = position(of: last, in: lastOwner) { resultIndices[position] = Int32(index) }
            resultYearSlot[index] = resultYearSlot[last]
            resultSubjectSlot[index] = resultSubjectSlot[last]
        }
        resultYearSlot.removeLast()
        resultSubjectSlot.removeLast()
    }

    /// Points organisation `org`'s financing of `yearSlot` at `index` (-1: none).
    mutating func setFinancing(of org: Int, yearSlot: Int, to index: Int) {
        financingSlot[org * yearCount + yearSlot] = Int32(index)
    }

    private func position(of index: Int, in org: Int) -> Int? {
        resultIndices[Int(resultStarts[org])..<Int(resultStarts[org + 1])].firstIndex(of: Int32(index))
    }
}
