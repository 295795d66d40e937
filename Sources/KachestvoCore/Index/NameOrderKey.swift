import Foundation

/// A sort key for tree rows — a rank, then a name — ordering exactly as `(Int, String) <` does, only
/// faster: `String <` compares the NFC forms of non-ASCII text, normalising on every comparison,
/// which dominated building the index of 40,000 Russian school names. When both names are already
/// in NFC with no combining marks (checked once per name, for ASCII, Latin-1, Russian Cyrillic and
/// common punctuation), comparing their UTF-8 bytes gives the same order, since UTF-8 preserves
/// the order of scalars; any other name is compared as `String` compares it.
struct NameOrderKey: Comparable {
    let rank: Int
    let name: String
    private let plain: Bool

    init(rank: Int, name: String) {
        self.rank = rank
        self.name = name
        plain = NameOrderKey.isPlain(name)
    }

    static func < (lhs: NameOrderKey, rhs: NameOrderKey) -> Bool {
        if lhs.rank != rhs.rank { return lhs.rank < rhs.rank }
        guard lhs.plain, rhs.plain,
              let precedes = lhs.name.utf8.withContiguousStorageIfAvailable({ left in
                  rhs.name.utf8.withContiguousStorageIfAvailable { right in bytesPrecede(left, right) }
              }) ?? nil else { return lhs.name < rhs.name }
        return precedes
    }

    private static func bytesPrecede(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
        let common = min(left.count, right.count)
        let order = common == 0 ? 0 : memcmp(left.baseAddress!, right.baseAddress!, common)
        return order == 0 ? left.count < right.count : order < 0
    }

    static func == (lhs: NameOrderKey, rhs: NameOrderKey) -> Bool {
        lhs.rank == rhs.rank && lhs.name == rhs.name
    }

    /// Whether every scalar is one that is its own NFC form, has no canonical combining class and
    /// composes with nothing: U+0000–U+00FF, Cyrillic U+0400–U+04FF but for the combining marks
    /// U+0483–U+0489, U+2010–U+2027 and U+2116 (№).
    private static func isPlain(_ name: String) -> Bool {
        var utf8 = name.utf8.makeIterator()
        while let lead = utf8.next() {
            switch lead {
            case 0x00..<0x80: continue
            case 0xC2, 0xC3, 0xD0, 0xD1, 0xD3:
                guard utf8.next() != nil else { return false }
            case 0xD2:
                guard let next = utf8.next(), !(0x83...0x89).contains(next) else { return false }
            case 0xE2:
                guard let second = utf8.next(), let third = utf8.next() else { return false }
                guard (second == 0x80 && (0x90...0xA7).contains(third)) || (second == 0x84 && third == 0x96) else { return false }
            default:
                return false
            }
        }
        return true
    }
}
