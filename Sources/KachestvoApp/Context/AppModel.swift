import Foundation
import KachestvoCore

/// The loaded region as the app sees it: the core index, the digest of the figures the columns
/// show, and what the app derives once (search haystacks, subtree totals).
public struct AppModel: Sendable {
    public private(set) var index: RegionIndex
    private var searchIndex: LazySearchIndex
    public private(set) var totals: NodeTotals
    /// Each organisation's headline mean and flag counts by year, and the inner nodes' aggregates:
    /// what columns show and sort by, without a result lookup per school.
    public private(set) var digest: RegionDigest
    /// True while the model is a snapshot's outline and digest (a reopened file, until its records
    /// are read): every figure of the columns and group panes is there, school details are not.
    public let isDigestOnly: Bool
    /// Changes whenever the model does (a new load, an applied edit): a screen keeps what it computed
    /// from the model with the generation, year and scope it was computed for, and recomputes only
    /// when one of them differs.
    public private(set) var generation = UUID()

    /// The model of a full index.
    public init(index: RegionIndex) {
        self.init(index: index, digest: RegionDigest(index), isDigestOnly: false)
    }

    /// The model of an outline's index with the figures of `digest` (see `RegionIndex(_:digest:)`);
    /// nil when the digest does not fit the outline.
    public init?(outline index: RegionIndex, digest: RegionDigest) {
        guard digest.fits(index) else { return nil }
        self.init(index: index, digest: digest, isDigestOnly: true)
    }

    private init(index: RegionIndex, digest: RegionDigest, isDigestOnly: Bool) {
        self.index = index
        self.digest = digest
        self.isDigestOnly = isDigestOnly
        searchIndex = LazySearchIndex(index.dataset)
        totals = NodeTotals(index, concernCounts: digest.concernCounts)
    }

    /// What the search prompt looks in; built on first use (see `prepareSearch`).
    public var search: SearchIndex { searchIndex.index }

    /// Builds the search index now, so that the first `/` does not wait: the runtime calls it in the
    /// background once the model is on screen.
    public func prepareSearch() { _ = searchIndex.index }

    /// The subject whose mean the Network columns show next to each name.
    public var headlineSubject: Identifier<Subject>? { digest.headlineSubject }

    public var dataset: Dataset { index.dataset }

    /// Applies one edited, added (`old` nil) or deleted (`new` nil) exam result along its school's
    /// path — the index's aggregates, scores and flags, the columns' headline means and the flagged
    /// counts of every ancestor — without a rebuild (see `RegionIndex.update(examResult:to:)`).
    /// Returns false, changing nothing, when the index cannot apply it; rebuild then.
    public mutating func update(examResult old: ExamResult?, to new: ExamResult?) -> Bool {
        let schools = Set([old, new].compactMap { $0.flatMap { index.organisationIndex[$0.organisationId] } })
        guard !isDigestOnly, index.update(examResult: old, to: new) != nil else { return false }
        for org in schools {
            let before = NodeTotals.concernedYears(of: org, in: digest.concernCounts)
            digest.refresh(organisation: org, from: index)
            totals.replaceConcernedYears(of: org, before: before, after: NodeTotals.concernedYears(of: org, in: digest.concernCounts), in: index)
        }
        generation = UUID()
        return true
    }

    /// An organisation's fields that move it nowhere and are not searched: a change of only these keeps
    /// the subtree totals (the pupils moved along the path) and the search haystacks, instead of
    /// recounting 40,000 schools on the key.
    private static let fieldsInPlace: Set<String> = ["pupils", "teachers", "rural", "small"]

    /// Applies a committed change along the changed paths (`RegionIndex.apply(_:)`): the index, the
    /// columns' figures of the organisations it touches and the flagged counts of their ancestors;
    /// when an organisation itself changed (its size, its place), the subtree totals and the search
    /// haystacks too. False, changing nothing, when the index needs a rebuild
    /// (`AppModel(index: RegionIndex(dataset))` of the dataset with the change applied).
    public mutating func apply(_ change: Change) -> Bool {
        guard !isDigestOnly else { return false }
        let schools = Set(change.records.compactMap { $0.organisationId.flatMap { index.organisationIndex[$0] } })
        let before = schools.map { ($0, NodeTotals.concernedYears(of: $0, in: digest.concernCounts)) }
        let pupilsBefore = schools.map { ($0, index.dataset.organisations[$0].pupils) }
        guard index.apply(change) else { return false }
        for org in schools { digest.refresh(organisation: org, from: index) }
        let organisationChanged = change.records.contains { $0.kind == .organisation }
        if organisationChanged, !change.edits.allSatisfy({ Self.fieldsInPlace.contains($0.field ?? "") }) {
            searchIndex = LazySearchIndex(index.dataset)
            totals = NodeTotals(index, concernCounts: digest.concernCounts)
        } else {
            for (org, years) in before {
                totals.replaceConcernedYears(of: org, before: years, after: NodeTotals.concernedYears(of: org, in: digest.concernCounts),
                                             in: index)
            }
            for (org, pupils) in pupilsBefore where organisationChanged {
                totals.replacePupils(of: org, before: pupils, after: index.dataset.organisations[org].pupils, in: index)
            }
        }
        generation = UUID()
        return true
    }
}
