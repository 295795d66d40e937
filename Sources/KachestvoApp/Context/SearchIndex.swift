import Foundation
import KachestvoCore

/// Lower-cased text to search per organisation — name, municipality, settlement and id — laid out
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
                LowerCase.append(field, to: &bytes)
            }
            starts.append(bytes.count)
        }
        self.bytes = bytes
        self.starts = starts
    }

    /// Organisations whose name, municipality, settlement or id contains `query` (case-insensitive),
    /// in dataset order.
    public func matches(_ query: String) -> [Int] {
        var needle: [UInt8] = []
        LowerCase.append(query.trimmingCharacters(in: .whitespaces), to: &needle)
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

/// `String.lowercased()` as UTF-8 bytes, done byte by byte for ASCII and the Russian alphabet (what
/// nearly every name is made of) — ten times faster at load for 40,000 organisations — and through
/// `lowercased()` for a string with anything else in it.
enum LowerCase {
    static func append(_ text: String, to bytes: inout [UInt8]) {
        let start = bytes.count
        var lead: UInt8 = 0
        for byte in text.utf8 {
            if lead != 0 {
                guard let pair = foldCyrillic(lead, byte) else { return fallBack(text, from: start, in: &bytes) }
                bytes.append(pair.0)
                bytes.append(pair.1)
                lead = 0
            } else if byte < 0x80 {
                bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            } else if byte == 0xD0 || byte == 0xD1 {
                lead = byte
            } else {
                return fallBack(text, from: start, in: &bytes)
            }
        }
    }

    /// U+0400–U+045F as two UTF-8 bytes, lower-cased: Ѐ–Џ (Ё among them) → ѐ–џ, А–Я → а–я; nil for
    /// the rest of the Cyrillic block, which has other case pairs.
    private static func foldCyrillic(_ lead: UInt8, _ trail: UInt8) -> (UInt8, UInt8)? {
        switch (lead, trail) {
        case (0xD0, 0x80...0x8F): (0xD1, trail + 0x10)
        case (0xD0, 0x90...0x9F): (0xD0, trail + 0x20)
        case (0xD0, 0xA0...0xAF): (0xD1, trail - 0x20)
        case (0xD0, 0xB0...0xBF), (0xD1, 0x80...0x9F): (lead, trail)
        default: nil
        }
    }

    private static func fallBack(_ text: String, from start: Int, in bytes: inout [UInt8]) {
        bytes.removeSubrange(start...)
        bytes.append(contentsOf: text.lowercased().utf8)
    }
}
