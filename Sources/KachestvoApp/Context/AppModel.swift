import Foundation
import KachestvoCore

/// The loaded region as the app sees it: the core index plus what the app derives from it once
/// (search haystacks, subtree totals, the headline subject shown in columns).
public struct AppModel: Sendable {
    public let index: RegionIndex
    public let search: SearchIndex
    public let totals: NodeTotals
    /// The subject whose mean the Network columns show next to each name (ЕГЭ Russian when present).
    public let headlineSubject: Identifier<Subject>?
    /// Each organisation's own mean in the headline subject, `[yearSlot][organisation]` (NaN when it
    /// has none): the key a column sorted by result uses for every school, so sorting 4,000 siblings
    /// costs no result lookups.
    public let headlineMeans: [[Double]]

    /// `search` may be built beforehand, in parallel with the index (`SearchIndex(dataset)`).
    public init(index: RegionIndex, search: SearchIndex? = nil) {
        self.index = index
        self.search = search ?? SearchIndex(index.dataset)
        totals = NodeTotals(index)
        let subjects = index.dataset.subjects
        headlineSubject = subjects.first { $0.id.rawValue == "ege-rus" }?.id
            ?? subjects.first { $0.exam == .ege && $0.scale == .score100 }?.id
            ?? subjects.first?.id
        let subject = headlineSubject
        headlineMeans = index.years.map { year in
            index.dataset.organisations.indices.map { org in
                subject.flatMap { index.result(organisation: org, year: year, subject: $0)?.mean } ?? .nan
            }
        }
    }

    public var dataset: Dataset { index.dataset }
}
