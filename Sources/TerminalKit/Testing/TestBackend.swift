/// Renders buffers to plain text for tests (screen golden tests, widget tests): no terminal involved.
public enum TestBackend {
    /// The buffer's rows as text, continuation cells skipped; trailing spaces removed when `trimming`.
    public static func lines(of buffer: Buffer, trimming: Bool = false) -> [String] {
        buffer.lines.map { trimming ? trimTrailingSpaces($0) : $0 }
    }

    /// The rows joined by newlines.
    public static func text(of buffer: Buffer, trimming: Bool = false) -> String {
        lines(of: buffer, trimming: trimming).joined(separator: "\n")
    }

    /// Compares the buffer with expected rows (trailing spaces of both sides ignored when `trimming`).
    /// Returns nil when they match, else a report listing every differing row with both versions, for
    /// use as `#expect(TestBackend.mismatch(buffer, expected: …) == nil)`.
    public static func mismatch(_ buffer: Buffer, expected: [String], trimming: Bool = false) -> String? {
        let actual = lines(of: buffer, trimming: trimming)
        let wanted = expected.map { trimming ? trimTrailingSpaces($0) : $0 }
        guard actual != wanted else { return nil }
        var report = ["buffer \(buffer.width)×\(buffer.height) differs from the expected \(wanted.count) rows:"]
        for row in 0..<max(actual.count, wanted.count) {
            let have = row < actual.count ? actual[row] : "(no row)"
            let want = row < wanted.count ? wanted[row] : "(no row)"
            guard have != want else { continue }
            report.append("row \(row):\n  expected |\(want)|\n  actual   |\(have)|")
        }
        return report.joined(separator: "\n")
    }

    /// `mismatch` for expected text given as one string with newline-separated rows.
    public static func mismatch(_ buffer: Buffer, expected: String, trimming: Bool = false) -> String? {
        mismatch(buffer, expected: expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
                 trimming: trimming)
    }

    /// A map of where cells satisfy `matches`: `mark` there and "." elsewhere, one character per column
    /// (a wide character's continuation cell gets the same mark as its first half). Useful to check
    /// which cells are highlighted: `styleMask(buffer) { $0 == selection }`.
    public static func styleMask(
        _ buffer: Buffer, mark: Character = "#", where matches: (Style) -> Bool
    ) -> [String] {
        (0..<buffer.height).map { y in
            String((0..<buffer.width).map { x -> Character in
                let owner = buffer[x, y].isContinuation && x > 0 ? buffer[x - 1, y] : buffer[x, y]
                return matches(owner.style) ? mark : "."
            })
        }
    }

    /// `styleMask` for cells drawn exactly in `style`.
    public static func styleMask(_ buffer: Buffer, marking style: Style, mark: Character = "#") -> [String] {
        styleMask(buffer, mark: mark) { $0 == style }
    }

    private static func trimTrailingSpaces(_ text: String) -> String {
        var text = Substring(text)
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
