import Bilingual

/// The answer to a `ConfirmPrompt`.
public enum ConfirmAnswer: Hashable, Sendable {
    case yes, no
}

/// A yes/no question in a dialog («Discard the changes?»), as a value for the app's state. The safe
/// answer, No, has the focus at first. ←/→ and Tab move between the two buttons and Enter gives the
/// focused one; `y` or `д` says yes, `n` or Esc no. (`н` is on the Y key of the Russian layout, so it
/// answers nothing either way.)
public struct ConfirmPrompt: Hashable, Sendable {
    public var title: String
    public var question: String
    /// The buttons' words; nil: «Да» / «Нет» or «Yes» / «No».
    public var yesLabel: String?
    public var noLabel: String?
    public private(set) var focusesYes: Bool

    public init(title: String, question: String, yesLabel: String? = nil, noLabel: String? = nil) {
        self.title = title
        self.question = question
        self.yesLabel = yesLabel
        self.noLabel = noLabel
        self.focusesYes = false
    }

    /// The answer the key gives, or nil (the focus may have moved).
    public mutating func apply(_ key: Key) -> ConfirmAnswer? {
        switch key {
        case .left, .right, .tab, .backTab:
            focusesYes.toggle()
            return nil
        case .enter: return focusesYes ? .yes : .no
        case .character("y"), .character("Y"), .character("д"), .character("Д"): return .yes
        case .character("n"), .character("N"), .escape: return .no
        default: return nil
        }
    }

    /// Draws the question centred in `area`, with the buttons under it.
    public func render(into buffer: inout Buffer, area: Rect, language: Language, styles: FormStyles = .mono) {
        let yes = " " + (yesLabel ?? Self.capitalised(FormText.yes.text(language))) + " "
        let no = " " + (noLabel ?? Self.capitalised(FormText.no.text(language))) + " "
        let measure = buffer.textWidth
        let buttonsWidth = measure.width(of: sanitize(yes)) + measure.width(of: sanitize(no)) + 4
        let width = min(area.width, max(buttonsWidth, measure.width(of: sanitize(question)), measure.width(of: sanitize(title)) + 4) + 4)
        let textWidth = max(1, width - 4)
        let questionRows = WordWrap.wrap(Line(question), width: textWidth, measure: measure).count
        let dialog = Dialog(title: title, lines: [Line(question)], width: width, height: questionRows + 4,
                            style: styles.value, borderStyle: styles.border, titleStyle: styles.focusedLabel)
        let content = dialog.render(into: &buffer, area: area)
        let y = content.maxY - 1
        var x = content.x + max(0, (content.width - buttonsWidth) / 2)
        for (label, focused) in [(yes, focusesYes), (no, !focusesYes)] {
            let marked = focused ? "[" + label + "]" : " " + label + " "
            x += buffer.write(marked, x: x, y: y, maxWidth: content.maxX - x, style: focused ? styles.focusedValue : styles.value)
        }
    }

    private static func capitalised(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }
}
