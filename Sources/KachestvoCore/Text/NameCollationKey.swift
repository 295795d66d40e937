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
        var bytes: [UInt8] = []
        Self.append(name, to: &bytes)
        self.bytes = bytes
    }

    /// Appends the key of `name` (the bytes `init` holds) to `key`: for many keys kept side by side
    /// in one buffer (`CollationKeyTable`).
    static func append(_ name: String, to key: inout [UInt8]) {
        var name = name
        name.makeContiguousUTF8()
        _ = name.utf8.withContiguousStorageIfAvailable { utf8 in
            let rest = UnsafeBufferPointer(rebasing: utf8[Self.nameStart(of: utf8)...])
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: rest.count) { scratch in
                if TextFold.fold(rest, to: scratch) { return Self.collate(UnsafeBufferPointer(scratch), into: &key) }
                var folded: [UInt8] = []
                TextFold.append(utf8: rest, to: &folded)
                folded.withUnsafeBufferPointer { Self.collate($0, into: &key) }
            }
        }
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

    private static func utf8(_ words: [String]) -> [[UInt8]] { words.map { Array($0.utf8) } }
    /// Words that are legal forms though they do not end in «ОУ».
    private static let otherLegalForms = utf8(["АНО", "АНОО", "ЧУ", "ОЧУ"])
    /// Words that qualify a legal form: «ГБОУ НСО» (of the Novosibirsk oblast).
    private static let qualifiers = utf8(["НСО", "ДО"])
    private static let institutionSuffix = Array("ОУ".utf8)

    /// The UTF-8 offset where the name proper begins: after a leading legal form — a word of two
    /// to seven capital Cyrillic letters ending in «ОУ» (учреждение), or one of `otherLegalForms` —
    /// and its qualifier, unless that is all the name holds. Read on bytes: it runs for every name.
    static func nameStart(of utf8: UnsafeBufferPointer<UInt8>) -> Int {
        let form = word(utf8, from: 0)
        guard isLegalForm(utf8[form]) else { return 0 }
        var next = afterSpaces(utf8, from: form.upperBound)
        let qualifier = word(utf8, from: next)
        if qualifiers.contains(where: { $0.elementsEqual(utf8[qualifier]) }) { next = afterSpaces(utf8, from: qualifier.upperBound) }
        return next < utf8.count ? next : 0
    }

    private static func word(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Range<Int> {
        var end = start
        while end < utf8.count, utf8[end] != 0x20 { end += 1 }
        return start..<end
    }

    private static func afterSpaces(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < utf8.count, utf8[index] == 0x20 { index += 1 }
        return index
    }

    /// Two to seven letters А–Я or Ё (`D0 90`–`D0 AF`, `D0 81`), ending in «ОУ» or listed.
    private static func isLegalForm(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard (4...14).contains(word.count), word.count % 2 == 0 else { return false }
        var index = word.startIndex
        while index < word.endIndex {
            guard word[index] == 0xD0, (0x90...0xAF).contains(word[index + 1]) || word[index + 1] == 0x81 else { return false }
            index += 2
        }
        return word.suffix(4).elementsEqual(institutionSuffix) || otherLegalForms.contains { $0.elementsEqual(word) }
    }

    // MARK: - The bytes

    private static let digitRun: UInt8 = 0x30
    private static let punctuation: UInt8 = 0x21
    private static let latinLetter: UInt8 = 0xF8

    /// Folded UTF-8 turned into comparable bytes, appended to `collated`. A digit run becomes `0x30`,
    /// its length without leading zeros (one byte below 255, else 255 and four bytes), and its digits:
    /// equal prefixes meet the marker at the same place, so a shorter number is a smaller one. General
    /// punctuation (U+2000–U+2FFF: dashes, №) leads with `0x21` instead of `0xE2`; a Latin letter
    /// follows `0xF8`, a byte UTF-8 never uses — both so the classes fall in the order documented above.
    private static func collate(_ folded: UnsafeBufferPointer<UInt8>, into collated: inout [UInt8]) {
        // No byte grows to more than three: a one-digit run is marker, length and digit.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 3 * folded.count + 1) { buffer in
            var key = KeyWriter(buffer: buffer)
            var index = 0
            var pendingSpace = false
            while index < folded.count {
                let byte = folded[index]
                // Only ASCII, U+0080–U+00BF and U+2000–U+2FFF hold spaces and quotes.
                if byte < 0xC3 || byte == 0xE2 {
                    if let length = spaceLength(folded, at: index) {
                        pendingSpace = key.count > 0
                        index += length
                        continue
                    }
                    if let length = quoteLength(folded, at: index) {
                        index += length
                        continue
                    }
                }
                if pendingSpace { key.put(0x20) }
                pendingSpace = false
                switch byte {
                case 0x30...0x39:
                    index = putNumber(folded, from: index, into: &key)
                    continue
                case 0x61...0x7A: key.put(latinLetter); key.put(byte)
                case 0xE2: key.put(punctuation)
                default: key.put(byte)
                }
                index += 1
            }
            collated.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<key.count]))
        }
    }

    /// Writes key bytes into a buffer with room for them.
    private struct KeyWriter {
        let buffer: UnsafeMutableBufferPointer<UInt8>
        private(set) var count = 0

        init(buffer: UnsafeMutableBufferPointer<UInt8>) { self.buffer = buffer }

        mutating func put(_ byte: UInt8) {
            buffer[count] = byte
            count += 1
        }
    }

    /// The digit run starting at `start`, written by value; returns the index after it.
    private static func putNumber(_ folded: UnsafeBufferPointer<UInt8>, from start: Int, into key: inout KeyWriter) -> Int {
        var end = start
        while end < folded.count, (0x30...0x39).contains(folded[end]) { end += 1 }
        var first = start
        while first < end, folded[first] == 0x30 { first += 1 }
        let length = end - first
        key.put(digitRun)
        if length < 255 {
            key.put(UInt8(length))
        } else {
            key.put(255)
            let clamped = UInt32(clamping: length)
            for shift in [24, 16, 8, 0] as [UInt32] { key.put(UInt8(truncatingIfNeeded: clamped >> shift)) }
        }
        for digit in folded[first..<end] { key.put(digit) }
        return end
    }

    /// The length of a space at `index`: ASCII blanks, no-break and narrow no-break spaces.
    private static func spaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        switch bytes[index] {
        case 0x09...0x0D, 0x20: return 1
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0: return 2
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xAF: return 3
        default: return nil
        }
    }

    /// The length of a quotation mark at `index`: `"`, « », „ “ ”.
    private static func quoteLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        switch bytes[index] {
        case 0x22: return 1
        case 0xC2 where index + 1 < bytes.count && (bytes[index + 1] == 0xAB || bytes[index + 1] == 0xBB): return 2
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (0x9C...0x9E).contains(bytes[index + 2]):
            return 3
        default: return nil
        }
    }
}
