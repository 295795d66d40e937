import Foundation
import KachestvoCore

/// The loaded region as the app sees it: the core index plus what the app derives from it once
/// (search haystacks, subtree totals, the headline subject shown in columns).
public struct AppModel: Sendable {
    public private(set) var index: RegionIndex
    public let search: SearchIndex
    public private(set) var totals: NodeTotals
    /// The subject whose mean the Network columns show next to each name (ЕГЭ Russian when present).
    public let headlineSubject: Identifier<Subject>?
    /// Each organisation's own mean in the headline subject, `[yearSlot][organisation]` (NaN when it
    /// has none): the key a column sorted by result uses for every school, so sorting 4,000 siblings
    /// costs no result lookups.
    public private(set) var headlineMeans: [[Double]]

    /// `search` may be built beforehand, in parallel with the index (`SearchIndex(dataset)`).
    public init(index: RegionIndex, search: SearchIndex? = nil) {
        self.index = index
        self.search = search ?? SearchIndex(index.dataset)
        totals = NodeTotals(index)
        let subjects = index.dataset.subjects
        headlineSubject = subjects.first { $0.id.rawValue == "ege-rus" }?.id
            ?? subjects.first { $0.exam == .ege && $0.scale == .score100 }?.id
            ?? subjects.first?.id
        let subject = index.dataset.examResults.isEmpty ? nil : headlineSubject
        headlineMeans = index.years.map { year in
            // An outline has no results: no lookups to make for its 40,000 schools.
            guard let subject else { return [Double](repeating: .nan, count: index.dataset.organisations.count) }
            return index.dataset.organisations.indices.map { org in
                index.result(organisation: org, year: year, subject: subject)?.mean ?? .nan
            }
        }
    }

    public var dataset: Dataset { index.dataset }

    /// Applies one edited, added (`old` nil) or deleted (`new` nil) exam result along its school's
    /// path — the index's aggregates, scores and flags, the columns' headline means and the flagged
    /// counts of every ancestor — without a rebuild (see `RegionIndex.update(examResult:to:)`).
    /// Returns false, changing nothing, when the index cannot apply it; rebuild then.
    public mutating func update(examResult old: ExamResult?, to new: ExamResult?) -> Bool {
        let schools = Set([old, new].compactMap { $0.flatMap { index.organisationIndex[$0.organisationId] } })
        let concernedBefore = schools.map { totals.concernedYears(of: $0, in: index) }
        guard index.update(examResult: old, to: new) != nil else { return false }
        for (org, before) in zip(schools, concernedBefore) {
            totals.replaceConcernedYears(of: org, before: before, after: totals.concernedYears(of: org, in: index), in: index)
            for (slot, year) in index.years.enumerated() {
                headlineMeans[slot][org] = headlineSubject.flatMap { index.result(organisation: org, year: year, subject: $0)?.mean } ?? .nan
            }
        }
        return true
    }
}
