#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CTextWidth

/// The column width libc's `wcwidth` gives a scalar — the table ncurses itself uses.
///
/// `wcwidth` answers by the `LC_CTYPE` locale and returns -1 for every non-ASCII character under "C" (the
/// locale a process starts in, and the one tests run in when `LANG` is unset). Rather than change the
/// process-wide locale behind the application's back, each query runs under a private UTF-8 locale that
/// is installed for the calling thread only (`uselocale`) and restored straight after. The locale object
/// is created once, lazily and thread-safely (a `static let`), and never changed afterwards.
enum LibcWidth {
    /// Immutable after its one-time initialisation; `locale_t` is a C pointer and so not `Sendable`.
    nonisolated(unsafe) private static let utf8Locale: locale_t? = {
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8", "UTF-8"] {
            if let handle = newlocale(LC_CTYPE_MASK, name, nil) { return handle }
        }
        return nil
    }()

    /// `wcwidth` of one scalar: 0, 1, 2, or -1 for controls and unassigned code points. The blocks
    /// of 256 scalars that interface text and the data use are looked up in a table filled once, so
    /// measuring them switches no locale; any other scalar is asked of libc.
    static func width(of scalar: Unicode.Scalar) -> Int {
        let table = Self.table  // one lazy global, checked once a scalar
        let start = table.blockStart[Int(truncatingIfNeeded: scalar.value >> 8) & 0xFF]
        guard scalar.value < 0x10000, start >= 0 else { return query(scalar.value) }
        return Int(table.widths[Int(start) + Int(scalar.value & 0xFF)])
    }

    /// The tabled blocks (by their high byte): Latin, IPA, Greek, Cyrillic, Armenian and Hebrew
    /// (U+0000–05FF); phonetic extensions, Latin and Greek extended (U+1D00–1FFF); punctuation,
    /// currency, arrows, mathematical and technical symbols, box drawing, blocks, shapes, dingbats,
    /// braille (U+2000–2BFF); halfwidth and fullwidth forms and the replacement character (U+FF00–FFFF).
    /// Some 5,600 `wcwidth` calls once, where the whole plane took 65,536 in every first frame.
    private struct Table {
        /// Where each block's widths start in `widths`, or -1 for a block that is not tabled.
        let blockStart: [Int32]
        let widths: [Int8]

        init(blocks: [Int]) {
            blockStart = blocks.enumerated().reduce(into: Array(repeating: -1, count: 256)) { $0[$1.element] = Int32($1.offset << 8) }
            widths = underUTF8 { blocks.flatMap { block in (block << 8..<(block + 1) << 8).map { Int8(CTextWidth.wcwidth(wchar_t($0))) } } }
        }
    }

    private static let table = Table(blocks: Array(0x00...0x05) + Array(0x1D...0x1F) + Array(0x20...0x2B) + [0xFF])

    private static func query(_ value: UInt32) -> Int {
        underUTF8 { Int(CTextWidth.wcwidth(wchar_t(bitPattern: value))) }
    }

    /// Runs `body` with the private UTF-8 locale installed for this thread.
    private static func underUTF8<Result>(_ body: () -> Result) -> Result {
        guard let locale = utf8Locale else { return body() }
        let previous = uselocale(locale)
        defer { uselocale(previous) }
        return body()
    }
}
