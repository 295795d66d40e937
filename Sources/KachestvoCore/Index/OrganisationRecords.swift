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

    /// The records of `dataset` from the slots of its results, found in `parts` (in order, covering
    /// every result; see `ResultSlots`) — two parts read on two cores.
    init(_ dataset: Dataset, parts: [ResultSlots], organisationIndex: [Identifier<Organisation>: Int], yearIndex: [Int: Int]) {
        let count = dataset.organisations.count
        yearCount = yearIndex.count
        let yearSlots = parts.flatMap(\.yearSlots), subjectSlots = parts.flatMap(\.subjectSlots), owner = parts.flatMap(\.owner)
        var counts = [Int32](repeating: 0, count: count + 1)
        for part in parts {
            for org in 0..<count { counts[org + 1] += part.counts[org] }
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

    /// The risk profile of the year slot, or else the latest one before it.
    func latestRisk(of org: Int, upTo yearSlot: Int) -> Int? {
        for slot in stride(from: yearSlot, through: 0, by: -1) {
            if let index = risk(of: org, yearSlot: slot) { return index }
        }
        return nil
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

/// The year slot, subject slot and owner of one range of a dataset's results, and how many each
/// organisation owns there: the one pass over millions of results, in parts that cores share, with
/// no hashing for the common case (see `YearSlots`, `SubjectLookup`, `OrganisationLookup`).
struct ResultSlots: Sendable {
    let yearSlots: [Int16]
    let subjectSlots: [Int16]
    let owner: [Int32]
    let counts: [Int32]

    init(_ results: ChunkedArray<ExamResult>, range: Range<Int>, organisationCount: Int, organisationIndex: [Identifier<Organisation>: Int],
         yearIndex: [Int: Int], subjectIndex: [Identifier<Subject>: Int]) {
        var yearSlots = [Int16](repeating: -1, count: range.count)
        var subjectSlots = [Int16](repeating: -1, count: range.count)
        var owner = [Int32](repeating: -1, count: range.count)
        var counts = [Int32](repeating: 0, count: organisationCount)
        var lookup = OrganisationLookup(organisationIndex)
        var subjects = SubjectLookup(subjectIndex)
        let years = YearSlots(yearIndex)
        results.withBuffers(in: range) { results, start in
            for index in results.indices {
                let slot = start - range.lowerBound + index
                yearSlots[slot] = Int16(years[results[index].year] ?? -1)
                subjectSlots[slot] = Int16(subjects(results[index].subjectId) ?? -1)
                guard let org = lookup(results[index].organisationId) else { continue }
                owner[slot] = Int32(org)
                counts[org] += 1
            }
        }
        (self.yearSlots, self.subjectSlots, self.owner, self.counts) = (yearSlots, subjectSlots, owner, counts)
    }

    /// The slots of all `dataset`'s results in two halves, one on each core beside `besides`.
    static func halves<Other>(of dataset: Dataset, organisationIndex: [Identifier<Organisation>: Int], yearIndex: [Int: Int],
                              subjectIndex: [Identifier<Subject>: Int], besides other: @Sendable () -> Other) -> ([ResultSlots], Other) {
        let results = dataset.examResults, organisations = dataset.organisations.count, half = results.count / 2
        let (first, second, result) = Concurrently.run(
            { ResultSlots(results, range: 0..<half, organisationCount: organisations, organisationIndex: organisationIndex,
                          yearIndex: yearIndex, subjectIndex: subjectIndex) },
            { ResultSlots(results, range: half..<results.count, organisationCount: organisations, organisationIndex: organisationIndex,
                          yearIndex: yearIndex, subjectIndex: subjectIndex) },
            other)
        return ([first, second], result)
    }
}
