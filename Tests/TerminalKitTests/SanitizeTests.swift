import Testing
@testable import TerminalKit

@Suite struct SanitizeTests {
    @Test func escapeSequencesBecomeVisible() {
        #expect(sanitize("\u{1B}[2J\u{1B}]0;pwned\u{07}") == "␛[2J␛]0;pwned␇")
    }

    @Test func lineBreaksAndTabs() {
        #expect(sanitize("a\r\nb\tc") == "a␍␊b c")
        #expect(sanitize("\u{00}\u{7F}") == "␀␡")
    }

    @Test func c1ControlsAndBidiAreReplaced() {
        #expect(sanitize("a\u{9B}31mb\u{85}") == "a�31mb�")
        let bidi = "x\u{202E}abc\u{202C}\u{2066}\u{2069}\u{200E}\u{200F}\u{061C}y"
        #expect(sanitize(bidi) == "x�abc�����" + "�y")
    }

    @Test func ordinaryTextIsUntouched() {
        let text = "МБОУ СОШ № 12 — «гимназия» 中文 😀 e\u{0301}"
        #expect(sanitize(text) == text)
    }

    @Test func renderedBufferHoldsNoControlCharacters() {
        var buffer = Buffer(width: 40, height: 3)
        let hostile = "\u{1B}[31mred\u{9B}0m\u{202E}txt\r\nnext\u{7F}\u{07}"
        buffer.write(hostile, x: 0, y: 0)
        buffer.write(Line([Span(hostile), Span("\u{1B}P")]), x: 0, y: 1, maxWidth: 20, overflow: .ellipsis)
        buffer.set("\u{1B}", x: 0, y: 2)
        for cell in buffer.cells {
            for scalar in cell.symbol.unicodeScalars {
                #expect(scalar.value >= 0x20 && !(0x7F...0x9F).contains(scalar.value))
                #expect(!(0x202A...0x202E).contains(scalar.value))
            }
        }
        #expect(buffer.rowText(0).hasPrefix("␛[31mred�0m�txt␍␊next␡␇"))
        #expect(buffer.rowText(2).hasPrefix("␛ "))
    }
}
