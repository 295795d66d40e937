import Foundation
import KachestvoCore

/// Lower-cased text to search per organisation — name, settlement and id, and its municipality's
/// name — laid out once at load as blocks of UTF-8 bytes, so a keystroke in the search prompt is a
/// plain byte scan (a few milliseconds for 40,000), not a Unicode-aware string search per
/// organisation. A municipality's name is laid out once and searched once, not copied into each of
/// its organisations: the work per keystroke follows the size of the file, whatever a name holds.
public struct SearchIndex: Sendable {
    /// Organisation `o` owns `organisations.bytes[organisations.starts[o]..<organisations.starts[o + 1]]`.
    private let organisations: TextBlocks
    private let municipalities: TextBlocks
    /// The municipality slot of each organisation (nil: not in the dataset's list).
    private let municipalityOf: [Int?]

    /// Needs only the dataset, so it can be built on one core while the index is built on the other.
    public init(_ dataset: Dataset) {
        let slots = Dictionary(dataset.municipalities.enumerated().map { ($1.id, $0) }) { first, _ in first }
        municipalities = TextBlocks(dataset.municipalities.map { [$0.name] })
        organisations = TextBlocks(dataset.organisations.map { [$0.name, $0.settlement, $0.id.rawValue] })
        municipalityOf = dataset.organisations.map { slots[$0.municipalityId] }
    }

    /// Bytes one search scans: the size of the text, not of the text times its repetitions.
    var searchedByteCount: Int { organisations.bytes.count + municipalities.bytes.count }

    /// Organisations whose name, municipality, settlement or id contains `query` (case-insensitive),
    /// in dataset order.
    public func matches(_ query: String) -> [Int] {
        var needle: [UInt8] = []
        LowerCase.append(query.trimmingCharacters(in: .whitespaces), to: &needle)
        guard !needle.isEmpty else { return [] }
        let municipalityMatches = municipalities.matching(needle)
        let found = organisations.matching(needle) { org in municipalityOf[org].map { municipalityMatches[$0] } ?? false }
        return found.indices.filter { found[$0] }
    }
}

/// Lower-cased fields of each item, one block of bytes per item (fields apart by U+001F).
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
                LowerCase.append(field, to: &bytes)
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

/// `String.lowercased()` as UTF-8 bytes, done byte by byte for ASCII, the Russian alphabet and the
/// caseless punctuation names are written with (`№`, `«»`, `—`, `…`) — ten times faster at load for
/// 40,000 organisations — and through `lowercased()` for a string with anything else in it.
enum LowerCase {
    static func append(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.makeContiguousUTF8()
        let folded = text.utf8.withContiguousStorageIfAvailable { fold($0, into: &bytes) } ?? false
        if !folded { bytes.append(contentsOf: text.lowercased().utf8) }
    }

    /// Appends `utf8` lower-cased; false, appending nothing, when it holds a character not handled here.
    private static func fold(_ utf8: UnsafeBufferPointer<UInt8>, into bytes: inout [UInt8]) -> Bool {
        let start = bytes.count
        var index = 0
        while index < utf8.count {
            let lead = utf8[index]
            let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            guard index + length <= utf8.count else { break }
            let second = length > 1 ? utf8[index + 1] : 0
            let third = length > 2 ? utf8[index + 2] : 0
            switch (length, lead, second) {
            case (1, 0x41...0x5A, _): bytes.append(lead + 0x20)
            case (1, _, _): bytes.append(lead)
            // U+0400–U+045F: Ѐ–Џ (Ё among them) → ѐ–џ, А–Я → а–я, the lower-case ones as they are.
            case (2, 0xD0, 0x80...0x8F): bytes.append(0xD1); bytes.append(second + 0x10)
            case (2, 0xD0, 0x90...0x9F): bytes.append(0xD0); bytes.append(second + 0x20)
            case (2, 0xD0, 0xA0...0xAF): bytes.append(0xD1); bytes.append(second - 0x20)
            // Lower-case Cyrillic, and U+0080–U+00BF (« » · and the like), which has no case.
            case (2, 0xD0, 0xB0...0xBF), (2, 0xD1, 0x80...0x9F), (2, 0xC2, _): bytes.append(lead); bytes.append(second)
            // U+2000–U+207F (dashes, quotes, …) and № (U+2116) have no case.
            case (3, 0xE2, 0x80...0x81): bytes.append(lead); bytes.append(second); bytes.append(third)
            case (3, 0xE2, 0x84) where third == 0x96: bytes.append(lead); bytes.append(second); bytes.append(third)
            default:
                bytes.removeSubrange(start...)
                return false
            }
            index += length
        }
        guard index == utf8.count else {
            bytes.removeSubrange(start...)
            return false
        }
        return true
    }
}
