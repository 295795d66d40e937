/// Scalars that are a grapheme cluster of their own whatever stands beside them, so text made only of
/// them is measured scalar by scalar. A cluster joins scalars only across an extending mark, a joiner,
/// a spacing mark, a prepended one, a Hangul jamo, a regional indicator or CR LF (UAX #29): the blocks
/// listed hold none of them — the letters, punctuation and signs Russian and English text and the
/// dashboard's charts and frames are written in. Emoji are left out: they take a variation selector.
enum ScalarClusters {
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0xAC, 0xAE...0xFF: true        // ASCII and Latin-1 signs, without the soft hyphen
        case 0x400...0x482, 0x48A...0x4FF: true                  // Cyrillic, without its combining marks
        case 0x2010...0x2027, 0x2030...0x203B, 0x203D...0x2048, 0x204A...0x205E: true  // dashes, quotes, bullets, …; not ‼ ⁉
        case 0x2116, 0x2212: true                                // №, minus
        case 0x2500...0x25A9, 0x25AC...0x25B5, 0x25B7...0x25BF, 0x25C1...0x25FA: true  // box drawing, blocks, shapes; not ▪ ▫ ▶ ◀ ◻ ◼
        case 0x2800...0x28FF: true                               // braille (charts)
        default: false
        }
    }
}
