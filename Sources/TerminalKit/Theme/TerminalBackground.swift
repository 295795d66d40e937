/// What is known of the terminal's own background — the colour behind every role a theme draws on
/// `"bg": "default"` — as the terminal says it (`COLORFGBG`, or its answer to an OSC 11 query).
/// It picks the theme when the user names none, and tells `Legibility` which backgrounds a role
/// must read on.
public enum TerminalBackground: String, Hashable, Sendable, CaseIterable {
    /// The terminal did not say: a role drawn on its background must read on a dark and a light one.
    case unknown
    case dark
    case light

    /// The backgrounds a role drawn on this one may meet: itself, or both when unknown.
    var possibleShades: [TerminalBackground] {
        self == .unknown ? [.dark, .light] : [self]
    }

    /// Dark or light by which of black and white text would read better on `red`, `green`, `blue`
    /// (0–255 each): the point where the two contrasts are equal is a relative luminance of about 0.18.
    public static func shade(red: Int, green: Int, blue: Int) -> TerminalBackground {
        Legibility.luminance(RGB(red, green, blue)) > 0.179 ? .light : .dark
    }
}
