import Bilingual
import Testing
@testable import TerminalKit

@Suite struct ThemeTests {
    func parse(_ json: String) throws -> Theme {
        try ThemeLoader.parse(json, name: "test", file: "test.json")
    }

    @Test func parsesColoursFallbacksAndAttributes() throws {
        let theme = try parse("""
        {"roles": {"accent": {"fg": "#ff8000", "fg256": 208, "fg16": "brightYellow", "bg": "blue",
                              "attrs": ["bold", "underline"]}}}
        """)
        let accent = try #require(theme.roles[.accent])
        #expect(accent.foreground == ColorSpec(.rgb(255, 128, 0), color256: .indexed(208), color16: .ansi(11)))
        #expect(accent.background == ColorSpec(.ansi(4)))
        #expect(accent.attributes == [.bold, .underline])
    }

    @Test func styleFollowsTheColourDepth() throws {
        let theme = try parse("""
        {"roles": {"accent": {"fg": "#ff8000", "fg256": 208, "fg16": "brightYellow"},
                   "danger": {"fg": "#ff0000"}, "muted": {"fg": 244}}}
        """)
        #expect(theme.declaredStyle(for: .accent, depth: .truecolor).foreground == .rgb(255, 128, 0))
        #expect(theme.declaredStyle(for: .accent, depth: .palette256).foreground == .indexed(208))
        #expect(theme.declaredStyle(for: .accent, depth: .sixteen).foreground == .ansi(11))
        #expect(theme.declaredStyle(for: .accent, depth: .eight).foreground == .ansi(3))
        #expect(theme.declaredStyle(for: .danger, depth: .palette256).foreground == .indexed(196))
        #expect(theme.declaredStyle(for: .danger, depth: .sixteen).foreground == .ansi(9))
        #expect(theme.declaredStyle(for: .danger, depth: .eight).foreground == .ansi(1))
        #expect(theme.declaredStyle(for: .muted, depth: .truecolor).foreground == .indexed(244))
        #expect(theme.declaredStyle(for: .muted, depth: .sixteen).foreground == .ansi(8))
    }

    @Test func attrs16ReplaceAttrsOnSixteenColoursOrFewer() throws {
        let theme = try parse("""
        {"roles": {"muted": {"fg": "#808080", "fg16": "default", "attrs": ["italic"], "attrs16": ["dim"]}}}
        """)
        #expect(theme.roles[.muted]?.attributes16 == .dim)
        #expect(theme.style(for: .muted, depth: .palette256).attributes == .italic)
        for depth in [ColorDepth.sixteen, .eight, .none] {
            #expect(theme.style(for: .muted, depth: depth) == Style(attributes: .dim), "\(depth)")
        }
    }

    @Test func noColourKeepsAttributesAndSelectionStaysVisible() {
        let theme = Theme.builtInDefault
        for role in ThemeRole.allCases {
            let style = theme.style(for: role, depth: .none)
            #expect(style.foreground == .terminalDefault && style.background == .terminalDefault)
        }
        #expect(theme.style(for: .selection, depth: .none).attributes.contains(.reverse))
        #expect(theme.style(for: .title, depth: .none).attributes == .bold)
    }

    @Test func missingRolesFallBackToTheDefaultTheme() throws {
        let theme = try parse(##"{"roles": {"text": {"fg": "#000000"}}}"##)
        #expect(theme.roleStyle(.danger) == Theme.builtInDefault.roleStyle(.danger))
        #expect(theme.style(for: .text, depth: .truecolor).foreground == .rgb(0, 0, 0))
    }

    @Test func missingColoursAreInheritedFromTextAndBackground() throws {
        let theme = try parse("""
        {"roles": {"background": {"bg": "#101010"}, "text": {"fg": "#e0e0e0"}, "title": {"attrs": ["bold"]}}}
        """)
        let title = theme.style(for: .title, depth: .truecolor)
        #expect(title == Style(foreground: .rgb(224, 224, 224), background: .rgb(16, 16, 16), attributes: .bold))
    }

    @Test func resolvedStylesMatchPerRoleStyles() {
        let styles = Theme.builtInDefault.styles(depth: .palette256)
        for role in ThemeRole.allCases {
            #expect(styles[role] == Theme.builtInDefault.style(for: role, depth: .palette256))
        }
    }

    @Test(arguments: [
        (##"{"roles": {"text": {"fg": "#12345"}}}"##, "roles.text.fg"),
        (##"{"roles": {"text": {"fg16": 16, "fg": "red"}}}"##, "roles.text.fg16"),
        (##"{"roles": {"text": {"bg256": 300, "bg": "red"}}}"##, "roles.text.bg256"),
        (##"{"roles": {"text": {"fg256": 12}}}"##, "roles.text.fg"),
        (##"{"roles": {"text": {"attrs": ["bold", "blink"]}}}"##, "roles.text.attrs[1]"),
        (##"{"roles": {"text": {"attrs16": "bold"}}}"##, "roles.text.attrs16"),
        (##"{"roles": {"text": {"colour": "red"}}}"##, "roles.text.colour"),
        (##"{"roles": {"selecton": {}}}"##, "roles.selecton"),
        (##"{"roles": {"text": {"fg": true}}}"##, "roles.text.fg"),
        (##"{"name": "x", "roles": {}}"##, "name"),
        (##"{}"##, "roles"),
        (##"{"roles": [}"##, ""),
    ])
    func errorsNameTheKey(json: String, keyPath: String) {
        #expect {
            try parse(json)
        } throws: { error in
            guard let error = error as? ThemeError else { return false }
            return error.keyPath == keyPath && error.file == "test.json" && !error.message.ru.isEmpty
        }
    }

    @Test func errorsReadInBothLanguages() {
        let error = ThemeError(file: "a.json", keyPath: "roles.text", message: BilingualText(ru: "плохо", en: "bad"))
        #expect(error.formatted(.ru) == "a.json: roles.text: плохо")
        #expect(error.description == "a.json: roles.text: bad")
    }

    @Test func colourConversionsPickNearest() {
        #expect(ColorConversion.to256(.rgb(0, 0, 0)) == .indexed(16))
        #expect(ColorConversion.to256(.rgb(128, 128, 128)) == .indexed(244))
        #expect(ColorConversion.to256(.rgb(95, 135, 175)) == .indexed(67))
        #expect(ColorConversion.to16(.indexed(196)) == .ansi(9))
        #expect(ColorConversion.to16(.indexed(4)) == .ansi(4))
        #expect(ColorConversion.to8(.ansi(12)) == .ansi(4))
        #expect(ColorConversion.to16(.terminalDefault) == .terminalDefault)
    }
}
