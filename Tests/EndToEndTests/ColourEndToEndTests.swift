import Foundation
import TestSupport
import Testing

/// Colours as a terminal shows them (issue 7): on 8 colours nothing is drawn in a colour that a dark
/// or a light background could swallow; a terminal that says it is light gets the light theme, unless
/// `--theme` says otherwise; the background query leaves nothing behind for the keys.
@Suite(.serialized) struct ColourEndToEndTests {
    private func start(term: String, arguments: [String] = [], environment: [String: String] = [:],
                       windowStyle: String? = nil) throws -> TmuxSession {
        let binary = try #require(BuiltBinary.path, "the kachestvo binary is built by swift test")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("kachestvo-e2e-home").path
        // A config folder of its own: a theme another session chose with `t` is remembered there.
        let config = TemporaryFolder.make("e2e-config")
        return try TmuxSession([binary] + arguments, width: 100, height: 30, environment: [
            "KACHESTVO_LANG": "en", "HOME": home, "XDG_DATA_HOME": home + "/data",
            "XDG_CONFIG_HOME": config, "TERM": term,
            // swift test sets NO_COLOR=1, and the pane would inherit it; empty means unset (no-color.org).
            "NO_COLOR": "",
        ].merging(environment) { $1 }, windowStyle: windowStyle)
    }

    /// The theme in use, read from the message `t` gives (the next theme, in name order).
    private func nextThemeAfterPressingT(_ session: TmuxSession) throws -> String {
        try session.send("t")
        let screen = try session.waitFor("Theme: ")
        let line = screen.split(separator: "\n").first { $0.contains("Theme: ") } ?? ""
        return String(line.split(separator: "Theme: ").last?.prefix { $0 != " " } ?? "")
    }

    @Test func eightColoursDrawEveryWordInTheTerminalsOwnForegroundOrOnAColourOfTheirOwn() throws {
        for windowStyle in [nil, "bg=#ffffff,fg=#000000"] {
            let session = try start(term: "xterm", windowStyle: windowStyle)
            try session.waitFor("DEMO")
            let cells = ScreenColours.cells(of: try session.captureWithColours())
            #expect(cells.count > 500, "the screen was read")
            #expect(cells.contains { $0.background != nil }, "colours are on: the selection and the status bar have their own")
            let vanishing = cells.filter { cell in
                cell.character != " " && (cell.background == nil ? cell.foreground != nil : cell.foreground == cell.background)
            }
            #expect(vanishing.isEmpty, "drawn in a colour on the terminal's background: \(vanishing.prefix(5))")
            #expect(cells.contains { $0.attributes.contains(.dim) }, "secondary text and borders are dim instead of grey")
        }
    }

    @Test func aLightTerminalGetsTheLightThemeAndTheQueryLeavesNoKeysBehind() throws {
        let session = try start(term: "xterm-256color", windowStyle: "bg=#ffffff,fg=#000000")
        let screen = try session.waitFor("DEMO")
        #expect(!screen.contains("Help — keys"), "no reply byte was read as a key (`?` would open help)")
        #expect(screen.contains("Consulting centres"), "still on the Network tab")
        #expect(ScreenColours.cells(of: try session.captureWithColours()).contains { $0.background == "5;231" },
                "the light theme paints its own white background")
        #expect(try nextThemeAfterPressingT(session) == "mono", "light is the theme before mono")
    }

    @Test func aDarkOrSilentTerminalKeepsTheDefaultTheme() throws {
        let session = try start(term: "xterm-256color")
        let screen = try session.waitFor("DEMO")
        #expect(screen.contains("Consulting centres") && !screen.contains("Help — keys"))
        #expect(try nextThemeAfterPressingT(session) == "high-contrast", "default is the theme before high-contrast")
    }

    @Test func colorFGBGAndAnExplicitThemeAreHeard() throws {
        let light = try start(term: "xterm-256color", environment: ["COLORFGBG": "0;15"])
        try light.waitFor("DEMO")
        #expect(try nextThemeAfterPressingT(light) == "mono")
        let explicit = try start(term: "xterm-256color", arguments: ["--theme", "default"], windowStyle: "bg=#ffffff")
        try explicit.waitFor("DEMO")
        #expect(try nextThemeAfterPressingT(explicit) == "high-contrast", "--theme wins over the terminal's background")
    }
}

/// The cells of a `capture-pane -e` screen with the SGR state each was drawn in.
enum ScreenColours {
    struct Cell: CustomStringConvertible {
        var character: Character
        /// SGR colour parameters as tmux writes them ("31", "5;231", "2;250;250;250"); nil = the terminal's own.
        var foreground: String?
        var background: String?
        var attributes: Set<Attribute>
        var description: String { "«\(character)» fg \(foreground ?? "default") bg \(background ?? "default")" }
    }

    enum Attribute: Hashable { case bold, dim, underline, reverse }

    static func cells(of screen: String) -> [Cell] {
        var cells: [Cell] = []
        var state = Cell(character: " ", foreground: nil, background: nil, attributes: [])
        var characters = Array(screen)[...]
        while let character = characters.popFirst() {
            guard character == "\u{1B}", characters.first == "[" else {
                if character != "\n" {
                    state.character = character
                    cells.append(state)
                }
                continue
            }
            characters = characters.dropFirst()
            let body = String(characters.prefix { $0 != "m" })
            characters = characters.dropFirst(body.count + 1)
            apply(body.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }, to: &state)
        }
        return cells
    }

    private static func apply(_ parameters: [Int], to state: inout Cell) {
        var index = 0
        while index < parameters.count {
            let code = parameters[index]
            func extended() -> String {
                let width = parameters[safe: index + 1] == 5 ? 2 : 4
                defer { index += width }
                return parameters[(index + 1)...].prefix(width).map(String.init).joined(separator: ";")
            }
            switch code {
            case 0: state.foreground = nil; state.background = nil; state.attributes = []
            case 1: state.attributes.insert(.bold)
            case 2: state.attributes.insert(.dim)
            case 4: state.attributes.insert(.underline)
            case 7: state.attributes.insert(.reverse)
            case 22: state.attributes.subtract([.bold, .dim])
            case 24: state.attributes.remove(.underline)
            case 27: state.attributes.remove(.reverse)
            case 30...37, 90...97: state.foreground = String(code)
            case 38: state.foreground = extended()
            case 39: state.foreground = nil
            case 40...47: state.background = String(code - 10)
            case 100...107: state.background = String(code - 10)
            case 48: state.background = extended()
            case 49: state.background = nil
            default: break
            }
            index += 1
        }
    }
}

private extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
