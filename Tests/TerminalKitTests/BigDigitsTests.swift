import Testing
@testable import TerminalKit

@Suite struct BigDigitsTests {
    @Test func digitsAndSignsInThreeRows() {
        var buffer = Buffer(width: 40, height: 3)
        BigDigits("66,4 −1.2%+").render(into: &buffer, area: buffer.area)
        #expect(buffer.lines == [
            "█▀▀ █▀▀   █ █      ▀█    ▀▀█ ▀ █  ▄     ",
            "█▀█ █▀█   ▀▀█   ▀▀  █    █▀▀ ▄▀  ▀█▀    ",
            "▀▀▀ ▀▀▀ █   ▀      ▀▀▀ ▀ ▀▀▀ ▀ ▀  ▀     ",
        ])
        #expect(BigDigits.size(of: "66,4 −1.2%+")! == (36, 3))
    }
}

extension BigDigitsTests {
    @Test func fiveRowsAndASCII() {
        #expect(BigDigits("12", rows: .five).lines(width: 7, height: 5) == ["██  ███", " █    █", " █  ███", " █  █  ", "███ ███"])
        #expect(BigDigits("10", glyphs: .ascii).lines(width: 7, height: 3) == ["     _ ", "  | | |", "  | |_|"])
        #expect(BigDigits("1", rows: .five, glyphs: .ascii).lines(width: 3, height: 5).first == "## ")
    }

    /// A figure is never shown cut: what does not fit, or what the font has no shapes for, is plain text.
    @Test func whatCannotBeDrawnBigIsWrittenPlainly() {
        #expect(BigDigits("100").lines(width: 5, height: 3) == ["100  ", "     ", "     "])
        #expect(BigDigits("12 шк.").lines(width: 30, height: 3)[0].hasPrefix("12 шк."))
        #expect(BigDigits("1").lines(width: 0, height: 0) == [])
        #expect(BigDigits.size(of: "abc") == nil)
        #expect(BigDigits.size(of: "1 408", rows: .five)! == (17, 5), "a grouping space is a narrow space")
        #expect(BigDigits.size(of: "1\u{00A0}408")! == BigDigits.size(of: "1 408")!)
    }
}
