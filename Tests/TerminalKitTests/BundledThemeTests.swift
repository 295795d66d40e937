import Foundation
import Testing
@testable import TerminalKit

/// The themes/ directory of this source tree.
let themesDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("themes").path

@Suite struct BundledThemeTests {
    @Test func builtInCopyIsIdenticalToDefaultJSON() throws {
        let file = try String(contentsOfFile: themesDirectory + "/default.json", encoding: .utf8)
        #expect(BuiltInTheme.defaultJSON == file)
    }

    @Test func builtInDefaultDefinesEveryRole() {
        #expect(Set(Theme.builtInDefault.roles.keys) == Set(ThemeRole.allCases))
    }

    @Test(arguments: ["default", "light", "high-contrast", "mono", "projector"])
    func bundledThemeLoadsAndDefinesEveryRole(name: String) throws {
        let theme = try ThemeLoader.load(path: "\(themesDirectory)/\(name).json")
        #expect(theme.name == name)
        #expect(Set(theme.roles.keys) == Set(ThemeRole.allCases))
        #expect(theme.description?.ru.isEmpty == false)
    }

    @Test func monoHasNoColoursAtAnyDepth() throws {
        let mono = try ThemeLoader.load(path: themesDirectory + "/mono.json")
        for depth in ColorDepth.allCases {
            for role in ThemeRole.allCases {
                let style = mono.style(for: role, depth: depth)
                #expect(style.foreground == .terminalDefault && style.background == .terminalDefault)
            }
        }
        #expect(mono.style(for: .selection, depth: .truecolor).attributes.contains(.reverse))
    }

    @Test func projectorIsLightAndBold() throws {
        let projector = try ThemeLoader.load(path: themesDirectory + "/projector.json")
        let background = projector.style(for: .background, depth: .truecolor)
        #expect(background.background == .rgb(255, 255, 255))
        #expect(projector.style(for: .text, depth: .truecolor).attributes.contains(.bold))
    }

    @Test func selectionDiffersFromTextAtEveryDepth() throws {
        for name in ["default", "light", "high-contrast", "mono", "projector"] {
            let theme = try ThemeLoader.load(path: "\(themesDirectory)/\(name).json")
            for depth in ColorDepth.allCases {
                #expect(theme.style(for: .selection, depth: depth) != theme.style(for: .text, depth: depth), "\(name) \(depth)")
            }
        }
    }
}
