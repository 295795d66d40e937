/// Standard phrases and the abbreviations that replace them in names shown where room is short.
/// Phrases are replaced in the order given, each wherever it occurs, by comparing UTF-8 bytes (names
/// and phrases are in NFC, as the data's writer keeps them): names are shortened every frame, and a
/// byte scan costs a fraction of a Unicode-aware search.
struct Abbreviations: Sendable {
    private let phrases: [(phrase: [UInt8], abbreviation: [UInt8])]

    init(_ phrases: [(String, String)]) {
        self.phrases = phrases.map { (Array($0.utf8), Array($1.utf8)) }
    }

    /// `text` with every phrase replaced by its abbreviation; `text` itself, unread beyond a byte
    /// scan, when it has none of them (most names).
    func apply(to text: String) -> String {
        var text = text
        let found = text.withUTF8 { bytes in phrases.firstIndex { Self.contains($0.phrase, in: bytes) } }
        guard let found else { return text }
        var bytes = Array(text.utf8)
        for (phrase, abbreviation) in phrases[found...] { bytes = Self.replacing(phrase, with: abbreviation, in: bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func contains(_ phrase: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.indices.contains { occurs(phrase, at: $0, in: bytes) }
    }

    /// `text` with every occurrence of `phrase` replaced by `replacement`, left to right.
    private static func replacing(_ phrase: [UInt8], with replacement: [UInt8], in text: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            if occurs(phrase, at: index, in: text) {
                result.append(contentsOf: replacement)
                index += phrase.count
            } else {
                result.append(text[index])
                index += 1
            }
        }
        return result
    }

    /// Whether `phrase` (not empty) starts at `start` of `bytes`.
    private static func occurs<Bytes: RandomAccessCollection<UInt8>>(_ phrase: [UInt8], at start: Int, in bytes: Bytes) -> Bool
        where Bytes.Index == Int {
        start + phrase.count <= bytes.endIndex && bytes[start] == phrase[0]
            && phrase.indices.allSatisfy { bytes[start + $0] == phrase[$0] }
    }
}
