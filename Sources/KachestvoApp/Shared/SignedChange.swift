import Bilingual
import TerminalKit

/// A change written with its sign, so that the direction never rests on colour alone: «+1,2»,
/// «−0,3», and «0,0» for one too small to show at the digits given.
struct SignedChange {
    let text: String
    let direction: Int

    init(_ value: Double, digits: Int, _ language: Language) {
        let shown = NumberText.fixed(abs(value), digits: digits, language)
        let zero = NumberText.fixed(0, digits: digits, language)
        direction = shown == zero ? 0 : value > 0 ? 1 : -1
        text = direction == 0 ? zero : (direction > 0 ? "+" : "−") + shown
    }

    /// Green for a change for the better, red for the worse, none for no change or where neither
    /// way is better: `better` is 1 when a rise is good, −1 when a fall is, 0 when neither.
    func style(_ context: ScreenContext, better: Int = 1) -> Style? {
        let judged = direction * better
        return judged > 0 ? context.style(.success) : judged < 0 ? context.style(.danger) : nil
    }
}
