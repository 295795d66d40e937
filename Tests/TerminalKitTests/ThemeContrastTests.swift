import Foundation
import Testing
@testable import TerminalKit

/// Every bundled theme, drawn at 8, 16, 256 colours and truecolor on a black and on a white terminal
/// (xterm's and PuTTY's palettes), keeps each role above its minimum WCAG contrast (issue 7: no role
/// may degrade to the background's own colour).
@Suite struct ThemeContrastTests {
    static let bundled = ["default", "light", "high-contrast", "mono", "projector"]
    static let depths: [ColorDepth] = [.eight, .sixteen, .palette256, .truecolor]

    func load(_ name: String) throws -> Theme { try ThemeLoader.load(path: "\(themesDirectory)/\(name).json") }

    /// Roles below their minimum: "role at depth on shade: contrast".
    func failures(_ theme: Theme, depth: ColorDepth, shade: TerminalBackground, guarded: Bool) -> [String] {
        ThemeRole.allCases.compactMap { role in
            let style = guarded ? theme.style(for: role, depth: depth, background: shade) : theme.declaredStyle(for: role, depth: depth)
            let contrast = Legibility.worstContrast(of: style, on: shade)
            guard contrast < Legibility.minimumContrast(for: role) else { return nil }
            return "\(role) at \(depth) on \(shade): \(String(format: "%.2f", contrast))"
        }
    }

    /// The files themselves, without the safety net. A theme drawn on the terminal's own background
    /// is made for one shade at 256 colours and up (`default`: dark; a light terminal gets `light`,
    /// see `automaticThemeFollowsTheBackground`), so it is held to that one there; at 16
    /// colours or fewer every theme must read on both.
    @Test(arguments: bundled)
    func bundledThemeFilesReadOnBlackAndWhite(name: String) throws {
        let theme = try load(name)
        let ownBackground = theme.declaredStyle(for: .background, depth: .truecolor).background == .terminalDefault
        for depth in Self.depths {
            for shade in [TerminalBackground.dark, .light] where depth <= .sixteen || !ownBackground || shade == .dark {
                let problems = failures(theme, depth: depth, shade: shade, guarded: false)
                #expect(problems.isEmpty, "\(name): \(problems.joined(separator: "; "))")
            }
        }
    }

    /// What the dashboard draws when the terminal has said its shade, and when it has not (16
    /// colours or fewer): every role reads, every theme.
    @Test(arguments: bundled)
    func drawnThemeReadsOnTheTerminalsBackground(name: String) throws {
        let theme = try load(name)
        for depth in Self.depths {
            for shade in [TerminalBackground.dark, .light] {
                let problems = failures(theme, depth: depth, shade: shade, guarded: true)
                #expect(problems.isEmpty, "\(name): \(problems.joined(separator: "; "))")
            }
        }
        for depth in [ColorDepth.eight, .sixteen] {
            for role in ThemeRole.allCases {
                let style = theme.style(for: role, depth: depth)
                #expect(Legibility.worstContrast(of: style, on: .unknown) >= Legibility.minimumContrast(for: role),
                        "\(name) \(role) at \(depth), background unknown")
            }
        }
    }
}

/// The safety net and the choices that keep colours from vanishing on the terminal's background.
@Suite struct ThemeLegibilityTests {
    /// The default theme as issue 7 found it on 8 colours: text "white", secondary text "brightBlack".
    static let vanishingTheme = """
    {"roles": {"background": {"fg": "#c6c8d1", "fg16": "white", "bg": "default"},
               "text": {"fg": "#c6c8d1", "fg16": "white"}, "muted": {"fg": "#6b7089", "fg16": "brightBlack"},
               "header": {"fg": "#a093c7", "fg16": "magenta", "attrs": ["bold"]},
               "heatHigh": {"fg": "#161821", "fg16": "brightWhite", "bg": "#d75f5f", "bg16": "red"}}}
    """

    @Test func theThemeIssueSevenFoundFailsAndTheSafetyNetRescuesIt() throws {
        let theme = try ThemeLoader.parse(Self.vanishingTheme, name: "old", file: "old.json")
        let muted = theme.declaredStyle(for: .muted, depth: .eight)
        #expect(muted.foreground == .ansi(0))
        #expect(Legibility.worstContrast(of: muted, on: .dark) < 1.01)
        #expect(Legibility.worstContrast(of: theme.declaredStyle(for: .text, depth: .eight), on: .light) < 2)
        for background in TerminalBackground.allCases {
            for role in [ThemeRole.text, .muted, .header, .heatHigh] {
                let style = theme.style(for: role, depth: .eight, background: background)
                #expect(Legibility.worstContrast(of: style, on: background) >= Legibility.minimumContrast(for: role),
                        "\(role) on \(background)")
            }
        }
        #expect(theme.style(for: .muted, depth: .eight).foreground == .terminalDefault)
        #expect(theme.style(for: .header, depth: .eight) == Style(attributes: .bold))
    }

    @Test func aKnownLightBackgroundRescuesADarkThemeAt256Colours() {
        let dark = Theme.builtInDefault
        let declared = dark.declaredStyle(for: .text, depth: .palette256)
        #expect(Legibility.worstContrast(of: declared, on: .light) < 2)
        #expect(dark.style(for: .text, depth: .palette256) == declared)
        #expect(dark.style(for: .text, depth: .palette256, background: .dark) == declared)
        #expect(dark.style(for: .text, depth: .palette256, background: .light).foreground == .terminalDefault)
    }

    @Test func explicitColoursThatClashBecomeBlackOrWhite() throws {
        let theme = try ThemeLoader.parse(##"{"roles": {"text": {"fg": "#fafafa", "bg": "#ffffff"}}}"##, name: "t", file: "t.json")
        #expect(theme.style(for: .text, depth: .truecolor).foreground == .rgb(0, 0, 0))
        #expect(theme.style(for: .text, depth: .palette256).foreground == .indexed(16))
    }

    /// Good and bad values (success, danger) never differ by colour alone; on 16 colours or fewer,
    /// where they have no colour, success, warning and danger all look different.
    @Test(arguments: ThemeContrastTests.bundled)
    func goodAndBadCarryACueBesidesColour(name: String) throws {
        let theme = try ThemeLoader.load(path: "\(themesDirectory)/\(name).json")
        for depth in ColorDepth.allCases {
            let attributes = [ThemeRole.success, .warning, .danger].map { theme.style(for: $0, depth: depth).attributes }
            #expect(attributes[0] != attributes[2], "\(name) \(depth): success and danger")
            if depth <= .sixteen { #expect(Set(attributes).count == 3, "\(name) \(depth)") }
        }
    }

    @Test func automaticThemeFollowsTheBackground() {
        let catalog = ThemeCatalog(userDirectory: nil, bundledDirectory: themesDirectory)
        #expect(catalog.automaticThemeName(for: .light) == "light")
        #expect(catalog.automaticThemeName(for: .dark) == "default")
        #expect(catalog.automaticThemeName(for: .unknown) == "default")
        #expect(ThemeCatalog(userDirectory: nil, bundledDirectory: nil).automaticThemeName(for: .light) == "default")
    }

    @Test func backgroundShadeFromItsColour() {
        #expect(TerminalBackground.shade(red: 255, green: 255, blue: 255) == .light)
        #expect(TerminalBackground.shade(red: 253, green: 246, blue: 227) == .light)
        #expect(TerminalBackground.shade(red: 0, green: 43, blue: 54) == .dark)
        #expect(TerminalBackground.shade(red: 0, green: 0, blue: 0) == .dark)
    }
}
