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
