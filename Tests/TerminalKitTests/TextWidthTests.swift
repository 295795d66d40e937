import CTextWidth
import Glibc
import Testing
@testable import TerminalKit

@Suite struct TextWidthTests {
    let measure = TextWidth.standard

    @Test func latinAndCyrillicAreOneColumnPerLetter() {
        #expect(measure.width(of: "Kachestvo") == 9)
        #expect(measure.width(of: "Качество") == 8)
        #expect(measure.width(of: "Коченёвский") == 11)
    }

    @Test func cjkIsTwoColumns() {
        #expect(measure.width(of: Character("中")) == 2)
        #expect(measure.width(of: "中文") == 4)
    }

    @Test func combiningMarksAddNothing() {
        let decomposed = "e\u{0301}"
        #expect(decomposed.count == 1)
        #expect(measure.width(of: decomposed) == 1)
        #expect(measure.width(of: "и\u{0306}") == 1)
    }

    @Test func emojiAreTwoColumns() {
        #expect(measure.width(of: "😀") == 2)
        #expect(measure.width(of: "❤") == 1)
    }

    /// Clusters terminals draw differently are measured as the certain form they are drawn in.
    @Test func uncertainClustersAreMeasuredAsTheyAreDrawn() {
        #expect(measure.width(of: "👨\u{200D}👩\u{200D}👧") == 6, "three faces, the joiners left out")
        #expect(measure.width(of: "❤\u{FE0F}") == 1, "the selector left out")
        #expect(measure.width(of: "👍🏽") == 2, "the skin tone left out")
        #expect(measure.width(of: "🇷🇺") == 2, "two letters")
        #expect(measure.width(of: "Ку\u{200D}йб") == 4, "a stray joiner takes nothing")
        #expect(measure.width(of: "\u{200D}") == 0)
        #expect(measure.width(of: "1\u{FE0F}\u{20E3}") == 1, "a keycap is its digit")
    }

    @Test func drawnCellsAreOneSpacingScalarWithItsMarks() {
        func cells(_ character: Character) -> [String] { measure.drawnCells(of: character).map(\.symbol) }
        #expect(cells("👨\u{200D}👩\u{200D}👧") == ["👨", "👩", "👧"])
        #expect(cells("🇷🇺") == ["R", "U"])
        #expect(cells("у\u{200D}") == ["у"])
        #expect(cells("e\u{0301}") == ["e\u{0301}"])
        #expect(cells("\u{E0100}") == [], "a selector alone draws nothing")
        #expect(cells("\u{0378}") == ["\u{FFFD}"], "a code point wcwidth does not know")
    }

    @Test func ambiguousCharactersWidenOnlyWhenAsked() {
        let wide = TextWidth(ambiguousWide: true)
        #expect(measure.width(of: "Я─…") == 3)
        #expect(wide.width(of: "Я─…") == 6)
        #expect(wide.width(of: "abc") == 3)
        #expect(wide.width(of: "中") == 2)
    }

    @Test func controlsCountAsTheirStandIn() {
        #expect(measure.width(of: "a\u{1B}b") == 3)
        #expect(measure.width(of: sanitize("a\u{1B}b")) == 3)
    }

    @Test func clippingAddsAnEllipsisOnlyWhenCut() {
        #expect(measure.clipped("Обзор", to: 5) == "Обзор")
        #expect(measure.clipped("Финансирование", to: 6) == "Финан…")
        #expect(measure.clipped("Финансирование", to: 6, ellipsis: false) == "Финанс")
        #expect(measure.clipped("abc", to: 0) == "")
    }

    @Test func clippingNeverSplitsAWideCharacter() {
        #expect(measure.clipped("中文字", to: 5) == "中文…")
        #expect(measure.clipped("中文字", to: 4) == "中…")
        #expect(measure.clipped("中文字", to: 3, ellipsis: false) == "中")
        #expect(measure.fitted("中文字", to: 3, ellipsis: false) == "中 ")
    }

    @Test func clippingNeverExceedsTheWidth() {
        let samples = ["Качество образования", "中文 text 😀 mixed", "e\u{0301}e\u{0301}e\u{0301}", "ab\u{1B}[31mc"]
        for text in samples {
            for columns in 0...25 {
                for ellipsis in [true, false] {
                    let clipped = measure.clipped(text, to: columns, ellipsis: ellipsis)
                    #expect(measure.width(of: clipped) <= columns, "\(text) at \(columns)")
                    #expect(text.hasPrefix(clipped.hasSuffix("…") ? String(clipped.dropLast()) : clipped))
                }
            }
        }
    }

    @Test func paddingAligns() {
        #expect(measure.padded("ab", to: 5) == "ab   ")
        #expect(measure.padded("ab", to: 5, alignment: .right) == "   ab")
        #expect(measure.padded("ab", to: 5, alignment: .center) == " ab  ")
        #expect(measure.padded("中", to: 3, alignment: .right) == " 中")
        #expect(measure.fitted("Сузунский", to: 6, alignment: .right) == "Сузун…")
    }
}

/// `LibcWidth` tables some blocks and asks libc for the rest: both must give what libc gives.
@Suite struct LibcWidthTests {
    @Test func everyScalarOfTheBasicPlaneAndBeyondHasLibcsWidth() throws {
        let locale = try #require(newlocale(LC_CTYPE_MASK, "C.UTF-8", nil))
        defer { freelocale(locale) }
        let previous = uselocale(locale)
        defer { uselocale(previous) }
        let scalars = (0..<0x10000).compactMap(Unicode.Scalar.init) + [0x1F600, 0x20000, 0xE0100].compactMap(Unicode.Scalar.init)
        let differing = scalars.filter { LibcWidth.width(of: $0) != Int(CTextWidth.wcwidth(wchar_t(bitPattern: $0.value))) }
        #expect(differing.isEmpty, "\(differing.prefix(5).map { String($0.value, radix: 16) })")
        #expect(LibcWidth.width(of: "Я") == 1 && LibcWidth.width(of: "中") == 2 && LibcWidth.width(of: "\u{0301}") == 0)
    }
}
