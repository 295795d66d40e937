/// The shapes of `BigDigits`: digits, `.` `,` `−` `+` `%` and space, 3 or 5 rows high, built from block
/// characters (half blocks ▀▄ for 3 rows, whole blocks for 5) or, in ASCII, from `_|` segments and `#`.
enum BigDigitFont {
    /// The rows of one character's shape, nil for a character the font does not have.
    static func shape(of character: Character, rows: BigDigits.Rows, glyphs: ChartGlyphs) -> [String]? {
        guard let key = key(for: character) else { return nil }
        switch (rows, glyphs) {
        case (.three, .ascii): return segments[key]
        case (.three, _): return halfBlocks[key]
        case (.five, .ascii): return wholeBlocks[key]?.map { String($0.map { $0 == "█" ? "#" : $0 }) }
        case (.five, _): return wholeBlocks[key]
        }
    }

    /// Digits and signs under one name: ASCII and Unicode minus, any space (a grouping space too).
    private static func key(for character: Character) -> Character? {
        if character.isWhitespace { return " " }
        if character == "-" || character == "\u{2212}" { return "−" }
        return halfBlocks[character] == nil ? nil : character
    }

    private static let halfBlocks: [Character: [String]] = [
        "0": ["█▀█", "█ █", "▀▀▀"], "1": ["▀█ ", " █ ", "▀▀▀"], "2": ["▀▀█", "█▀▀", "▀▀▀"],
        "3": ["▀▀█", " ▀█", "▀▀▀"], "4": ["█ █", "▀▀█", "  ▀"], "5": ["█▀▀", "▀▀█", "▀▀▀"],
        "6": ["█▀▀", "█▀█", "▀▀▀"], "7": ["▀▀█", "  █", "  ▀"], "8": ["█▀█", "█▀█", "▀▀▀"],
        "9": ["█▀█", "▀▀█", "▀▀▀"], ".": [" ", " ", "▀"], ",": [" ", " ", "█"], "−": ["  ", "▀▀", "  "],
        "+": [" ▄ ", "▀█▀", " ▀ "], "%": ["▀ █", "▄▀ ", "▀ ▀"], " ": [" ", " ", " "],
    ]

    private static let segments: [Character: [String]] = [
        "0": [" _ ", "| |", "|_|"], "1": ["   ", "  |", "  |"], "2": [" _ ", " _|", "|_ "],
        "3": [" _ ", " _|", " _|"], "4": ["   ", "|_|", "  |"], "5": [" _ ", "|_ ", " _|"],
        "6": [" _ ", "|_ ", "|_|"], "7": [" _ ", "  |", "  |"], "8": [" _ ", "|_|", "|_|"],
        "9": [" _ ", "|_|", " _|"], ".": [" ", " ", "."], ",": [" ", " ", ","], "−": ["  ", "__", "  "],
        "+": ["   ", "_|_", " | "], "%": ["o /", " / ", "/ o"], " ": [" ", " ", " "],
    ]

    private static let wholeBlocks: [Character: [String]] = [
        "0": ["███", "█ █", "█ █", "█ █", "███"], "1": ["██ ", " █ ", " █ ", " █ ", "███"],
        "2": ["███", "  █", "███", "█  ", "███"], "3": ["███", "  █", "███", "  █", "███"],
        "4": ["█ █", "█ █", "███", "  █", "  █"], "5": ["███", "█  ", "███", "  █", "███"],
        "6": ["███", "█  ", "███", "█ █", "███"], "7": ["███", "  █", "  █", "  █", "  █"],
        "8": ["███", "█ █", "███", "█ █", "███"], "9": ["███", "█ █", "███", "  █", "███"],
        ".": [" ", " ", " ", " ", "█"], ",": ["  ", "  ", "  ", " █", "█ "],
        "−": ["   ", "   ", "███", "   ", "   "], "+": ["   ", " █ ", "███", " █ ", "   "],
        "%": ["█ █", "  █", " █ ", "█  ", "█ █"], " ": [" ", " ", " ", " ", " "],
    ]
}
