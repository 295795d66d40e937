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

    public init(index: RegionIndex) {
        self.index = index
        search = SearchIndex(index)
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

/// Lower-cased text to search per organisation — name, municipality, settlement and id — laid out
/// once at load as one block of UTF-8 bytes, so a keystroke in the search prompt is a plain byte
/// scan (a few milliseconds for 40,000), not a Unicode-aware string search per organisation.
public struct SearchIndex: Sendable {
    private let bytes: [UInt8]
    /// Organisation `o` owns `bytes[starts[o]..<starts[o + 1]]`.
    private let starts: [Int]

    init(_ index: RegionIndex) {
        var bytes: [UInt8] = []
        var starts: [Int] = [0]
        for org in index.dataset.organisations {
            let municipality = index.municipality(org.municipalityId)?.name ?? ""
            bytes += "\(org.name)\u{1F}\(municipality)\u{1F}\(org.settlement)\u{1F}\(org.id.rawValue)".lowercased().utf8
            starts.append(bytes.count)
        }
        self.bytes = bytes
        self.starts = starts
    }

    /// Organisations whose name, municipality, settlement or id contains `query` (case-insensitive),
    /// in dataset order.
    public func matches(_ query: String) -> [Int] {
        let needle = Array(query.lowercased().trimmingCharacters(in: .whitespaces).utf8)
        guard let first = needle.first else { return [] }
        return bytes.withUnsafeBufferPointer { haystack in
            (0..<(starts.count - 1)).filter { org in
                let end = starts[org + 1] - needle.count
                var position = starts[org]
                while position <= end {
                    if haystack[position] == first,
                       (1..<needle.count).allSatisfy({ haystack[position + $0] == needle[$0] }) { return true }
                    position += 1
                }
                return false
            }
        }
    }
}
