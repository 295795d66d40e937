import Foundation
import KachestvoCore

/// Folded text to search per organisation — name, municipality, settlement and id, lower-cased
/// with «ё» as «е» (`TextFold`), so «березовская» finds «Берёзовская» — laid out
/// once at load as one block of UTF-8 bytes, so a keystroke in the search prompt is a plain byte
/// scan (a few milliseconds for 40,000), not a Unicode-aware string search per organisation.
public struct SearchIndex: Sendable {
    private let bytes: [UInt8]
    /// Organisation `o` owns `bytes[starts[o]..<starts[o + 1]]`.
    private let starts: [Int]

    /// Needs only the dataset, so it can be built on one core while the index is built on the other.
    public init(_ dataset: Dataset) {
        let municipalities = Dictionary(dataset.municipalities.map { ($0.id, $0.name) }) { first, _ in first }
        var bytes: [UInt8] = []
        var starts: [Int] = [0]
        starts.reserveCapacity(dataset.organisations.count + 1)
        for org in dataset.organisations {
            for (position, field) in [org.name, municipalities[org.municipalityId] ?? "", org.settlement,
                                      org.id.rawValue].enumerated() {
                if position > 0 { bytes.append(0x1F) }
                TextFold.append(field, to: &bytes)
            }
            starts.append(bytes.count)
        }
        self.bytes = bytes
        self.starts = starts
    }

    /// Organisations whose name, municipality, settlement or id contains `query` (ignoring case and
    /// ё/е), in dataset order.
    public func matches(_ query: String) -> [Int] {
        var needle: [UInt8] = []
        TextFold.append(query.trimmingCharacters(in: .whitespaces), to: &needle)
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
