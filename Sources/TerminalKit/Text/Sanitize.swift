/// Makes any data string inert for a terminal, so that text from a data file can never move the cursor,
/// change colours, ring the bell or reorder what is shown.
///
/// - C0 controls (U+0000–U+001F) become their Control Pictures (U+2400–U+241F: "␛" for ESC, "␊" for LF,
///   "␍" for CR, "␇" for BEL), except TAB, which becomes one space.
/// - DEL (U+007F) becomes "␡".
/// - C1 controls (U+0080–U+009F), BiDi embeddings, overrides, isolates and marks (U+202A–U+202E,
///   U+2066–U+2069, U+200E, U+200F, U+061C) and the line/paragraph separators (U+2028, U+2029) become "�".
///
/// Strings that need no change are returned as they are, without copying.
public func sanitize(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: drivesTerminal) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
        if drivesTerminal(scalar) {
            result.append(standIn(for: scalar))
        } else {
            result.append(scalar)
        }
    }
    return String(result)
}

/// Whether `sanitize(_:)` replaces `scalar`: a control, or a character that reorders what is shown.
public func drivesTerminal(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: return true
    case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
}

private func standIn(for scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar.value {
    case 0x09: return " "
    case 0x00...0x1F: return Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}"
    case 0x7F: return "\u{2421}"
    default: return "\u{FFFD}"
    }
}
