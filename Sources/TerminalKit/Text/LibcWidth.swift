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

    /// `wcwidth` of one scalar: 0, 1, 2, or -1 for controls and unassigned code points. The Basic
    /// Multilingual Plane is looked up in a table filled once, so measuring text switches no locale.
    static func width(of scalar: Unicode.Scalar) -> Int {
        scalar.value < 0x10000 ? Int(basicPlane[Int(scalar.value)]) : query(scalar.value)
    }

    private static let basicPlane: [Int8] = underUTF8 {
        (0..<0x10000).map { code in (0xD800...0xDFFF).contains(code) ? -1 : Int8(CTextWidth.wcwidth(wchar_t(code))) }
    }

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
