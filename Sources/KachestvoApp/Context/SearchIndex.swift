import Foundation
import KachestvoCore

/// Folded text to search per organisation — name, settlement and id, and its municipality's name —
/// lower-cased with «ё» as «е» (`TextFold`), so «березовская» finds «Берёзовская»; laid out once at
/// load as blocks of UTF-8 bytes, so a keystroke in the search prompt is a plain byte scan (a few
/// milliseconds for 40,000), not a Unicode-aware string search per organisation. A municipality's
/// name is laid out once and searched once, not copied into each of its organisations: the work
/// per keystroke follows the size of the file, whatever a name holds.
public struct SearchIndex: Sendable {
    /// Organisation `o` owns `organisations.bytes[organisations.starts[o]..<organisations.starts[o + 1]]`.
    private let organisations: TextBlocks
    private let municipalities: TextBlocks
    /// The municipality slot of each organisation (nil: not in the dataset's list).
    private let municipalityOf: [Int?]

    /// Needs only the dataset, so it can be built on one core while the index is built on the other.
    public init(_ dataset: Dataset) {
        let slots = Dictionary(firstPositionsOf: dataset.municipalities.map(\.id))
        municipalities = TextBlocks(dataset.municipalities.map { [$0.name] })
        organisations = TextBlocks(dataset.organisations.map { [$0.name, $0.settlement, $0.id.rawValue] })
        municipalityOf = dataset.organisations.map { slots[$0.municipalityId] }
    }

    /// Bytes one search scans: the size of the text, not of the text times its repetitions.
    var searchedByteCount: Int { organisations.bytes.count + municipalities.bytes.count }

    /// Organisations whose name, municipality, settlement or id contains `query` (ignoring case and
    /// ё/е), in dataset order.
    public func matches(_ query: String) -> [Int] {
        var needle: [UInt8] = []
        TextFold.append(query.trimmingCharacters(in: .whitespaces), to: &needle)
        guard !needle.isEmpty else { return [] }
        let municipalityMatches = municipalities.matching(needle)
        let found = organisations.matching(needle) { org in municipalityOf[org].map { municipalityMatches[$0] } ?? false }
        return found.indices.filter { found[$0] }
    }
}

/// Folded fields of each item, one block of bytes per item (fields apart by U+001F).
private struct TextBlocks: Sendable {
    let bytes: [UInt8]
    /// Item `i` owns `bytes[starts[i]..<starts[i + 1]]`.
    let starts: [Int]

    init(_ items: [[String]]) {
        var bytes: [UInt8] = []
        var starts: [Int] = [0]
        starts.reserveCapacity(items.count + 1)
        for fields in items {
            for (position, field) in fields.enumerated() {
                if position > 0 { bytes.append(0x1F) }
                TextFold.append(field, to: &bytes)
            }
            starts.append(bytes.count)
        }
        self.bytes = bytes
        self.starts = starts
    }

    /// For each item, whether it matches already (`matchedAlready`) or its block contains `needle`.
    func matching(_ needle: [UInt8], matchedAlready: (Int) -> Bool = { _ in false }) -> [Bool] {
        bytes.withUnsafeBufferPointer { haystack in
            (0..<(starts.count - 1)).map { item in
                if matchedAlready(item) { return true }
                let end = starts[item + 1] - needle.count
                var position = starts[item]
                while position <= end {
                    if haystack[position] == needle[0],
                       (1..<needle.count).allSatisfy({ haystack[position + $0] == needle[$0] }) { return true }
                    position += 1
                }
                return false
            }
        }
    }
}
