import Foundation

/// The order of names as a Russian reader expects it, as bytes compared with `memcmp`: computed
/// once per name, so sorting 40,000 schools never re-reads their text.
///
/// - A leading legal form («МБОУ», «МАОУ», «МКОУ», «ГБОУ НСО», «ЧОУ», «АНО» …) is skipped, so
///   «МАОУ СОШ № 7» and «МБОУ СОШ № 8» sort by «СОШ».
/// - Case is ignored and «ё» is «е» (`TextFold`).
/// - A run of digits compares by its value: «№ 5» before «№ 11».
/// - Quotes are ignored and runs of spaces count as one; punctuation comes before digits, digits
///   before letters, Cyrillic letters before Latin ones.
///
/// Names with equal keys («МАОУ СОШ № 5», «МБОУ СОШ № 5») need a tiebreak of their own.
public struct NameCollationKey: Comparable, Sendable {
    private let bytes: [UInt8]

    public init(_ name: String) {
        var folded: [UInt8] = []
        folded.reserveCapacity(name.utf8.count)
        TextFold.append(name[Self.nameStart(of: name)...], to: &folded)
        bytes = Self.collated(folded)
    }

    public static func < (lhs: NameCollationKey, rhs: NameCollationKey) -> Bool {
        lhs.ordering(rhs) < 0
    }

    /// Negative when `self` sorts first, zero when the keys are equal, positive otherwise.
    public func ordering(_ other: NameCollationKey) -> Int {
        bytes.withUnsafeBufferPointer { left in
            other.bytes.withUnsafeBufferPointer { right in
                let common = min(left.count, right.count)
                let order = common == 0 ? 0 : memcmp(left.baseAddress!, right.baseAddress!, common)
                return order != 0 ? Int(order) : left.count - right.count
            }
        }
    }

    // MARK: - The legal form

    /// Words that are legal forms though they do not end in «ОУ».
    private static let otherLegalForms: Set<String> = ["АНО", "АНОО", "ЧУ", "ОЧУ"]
    /// Words that qualify a legal form: «ГБОУ НСО» (of the Novosibirsk oblast).
    private static let qualifiers: Set<String> = ["НСО", "ДО"]

    /// Where the name proper begins: after a leading legal form — a word of capital Cyrillic
    /// letters ending in «ОУ» (учреждение) or one of `otherLegalForms`, with its qualifier — unless
    /// that is all the name holds.
    static func nameStart(of name: String) -> String.Index {
        var words = name.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)[...]
        guard let first = words.popFirst(), isLegalForm(first) else { return name.startIndex }
        if let qualifier = words.first, qualifiers.contains(String(qualifier)) { words.removeFirst() }
        return words.first?.startIndex ?? name.startIndex
    }

    private static func isLegalForm(_ word: Substring) -> Bool {
        let capitals = word.unicodeScalars.allSatisfy { ("А"..."Я").contains($0) || $0 == "Ё" }
        guard capitals, (2...7).contains(word.count) else { return false }
        return word.hasSuffix("ОУ") || otherLegalForms.contains(String(word))
    }

    // MARK: - The bytes

    private static let digitRun: UInt8 = 0x30
    private static let punctuation: UInt8 = 0x21
    private static let latinLetter: UInt8 = 0xF8

    /// Folded UTF-8 turned into comparable bytes. A digit run becomes `0x30`, its length without
    /// leading zeros (one byte below 255, else 255 and four bytes), and its digits: equal prefixes
    /// meet the marker at the same place, so a shorter number is a smaller one. General punctuation
    /// (U+2000–U+2FFF: dashes, №) leads with `0x21` instead of `0xE2`; a Latin letter follows `0xF8`,
    /// a byte UTF-8 never uses — both so the classes fall in the order documented above.
    private static func collated(_ folded: [UInt8]) -> [UInt8] {
        var key: [UInt8] = []
        key.reserveCapacity(folded.count + 4)
        var index = 0
        var pendingSpace = false
        while index < folded.count {
            let byte = folded[index]
            if let length = spaceLength(folded, at: index) {
                pendingSpace = !key.isEmpty
                index += length
                continue
            }
            if let length = quoteLength(folded, at: index) {
                index += length
                continue
            }
            if pendingSpace { key.append(0x20) }
            pendingSpace = false
            switch byte {
            case 0x30...0x39:
                index = appendNumber(folded, from: index, to: &key)
                continue
            case 0x61...0x7A: key.append(latinLetter); key.append(byte)
            case 0xE2: key.append(punctuation)
            default: key.append(byte)
            }
            index += 1
        }
        return key
    }

    /// The digit run starting at `start`, appended by value; returns the index after it.
    private static func appendNumber(_ folded: [UInt8], from start: Int, to key: inout [UInt8]) -> Int {
        var end = start
        while end < folded.count, (0x30...0x39).contains(folded[end]) { end += 1 }
        var first = start
        while first < end, folded[first] == 0x30 { first += 1 }
        let length = end - first
        key.append(digitRun)
        if length < 255 {
            key.append(UInt8(length))
        } else {
            key.append(255)
            let clamped = UInt32(clamping: length)
            key.append(contentsOf: [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: clamped >> $0) })
        }
        key.append(contentsOf: folded[first..<end])
        return end
    }

    /// The length of a space at `index`: ASCII blanks, no-break and narrow no-break spaces.
    private static func spaceLength(_ bytes: [UInt8], at index: Int) -> Int? {
        switch bytes[index] {
        case 0x09...0x0D, 0x20: return 1
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0: return 2
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xAF: return 3
        default: return nil
        }
    }

    /// The length of a quotation mark at `index`: `"`, « », „ “ ”.
    private static func quoteLength(_ bytes: [UInt8], at index: Int) -> Int? {
        switch bytes[index] {
        case 0x22: return 1
        case 0xC2 where index + 1 < bytes.count && (bytes[index + 1] == 0xAB || bytes[index + 1] == 0xBB): return 2
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (0x9C...0x9E).contains(bytes[index + 2]):
            return 3
        default: return nil
        }
    }
}
