import Bilingual
import TerminalKit

/// A change written with its sign, so that the direction never rests on colour alone.
struct SignedChange {
    let text: String
    let direction: Int

    init(_ value: Double, digits: Int, _ language: Language) {
        let shown = NumberText.fixed(abs(value), digits: digits, language)
        let zero = NumberText.fixed(0, digits: digits, language)
        direction = shown == zero ? 0 : value > 0 ? 1 : -1
        text = direction == 0 ? zero : (direction > 0 ? "+" : "−") + shown
    }

    func style(_ context: ScreenContext) -> Style? {
        direction > 0 ? context.style(.success) : direction < 0 ? context.style(.danger) : nil
    }
}
