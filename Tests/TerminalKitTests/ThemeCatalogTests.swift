import Foundation
import TestSupport
import Testing
@testable import TerminalKit

@Suite struct ThemeCatalogTests {
    /// A fresh temporary directory with the given files.
    func directory(_ files: [String: String]) throws -> String {
        let path = TemporaryFolder.make("themes")
        for (name, text) in files {
            try text.write(toFile: "\(path)/\(name)", atomically: true, encoding: .utf8)
        }
        return path
    }

    @Test func userThemesOverrideAndAddToBundledOnes() throws {
        let user = try directory([
            "light.json": ##"{"roles": {"text": {"fg": "#010203"}}}"##,
            "mine.json": ##"{"roles": {}}"##,
        ])
        let catalog = ThemeCatalog(userDirectory: user, bundledDirectory: themesDirectory)
        #expect(catalog.names == ["default", "high-contrast", "light", "mine", "mono", "projector"])
        #expect(catalog.entry(named: "light")?.source == .user(path: "\(user)/light.json"))
        #expect(catalog.entry(named: "mono")?.source == .bundled(path: "\(themesDirectory)/mono.json"))
        #expect(catalog.theme(named: "light").style(for: .text, depth: .truecolor).foreground == .rgb(1, 2, 3))
        #expect(catalog.problems.isEmpty)
    }

    @Test func brokenThemeIsReportedAndTheDefaultUsed() throws {
        let user = try directory(["broken.json": ##"{"roles": {"text": {"fg": "pink"}}}"##])
        let catalog = ThemeCatalog(userDirectory: user, bundledDirectory: nil)
        let entry = try #require(catalog.entry(named: "broken"))
        #expect(entry.theme == nil)
        #expect(entry.problems.map(\.keyPath) == ["roles.text.fg"])
        #expect(entry.problems.first?.file == "\(user)/broken.json")
        #expect(catalog.theme(named: "broken") == Theme.builtInDefault)
        #expect(catalog.problems.count == 1)
    }

    @Test func withoutDirectoriesTheBuiltInDefaultRemains() {
        let catalog = ThemeCatalog(userDirectory: "/nonexistent/kachestvo", bundledDirectory: nil)
        #expect(catalog.names == ["default"])
        #expect(catalog.entry(named: "default")?.source == .builtIn)
        #expect(catalog.theme(named: "missing") == Theme.builtInDefault)
    }

    @Test func userDirectoryFollowsXDG() {
        #expect(ThemeCatalog.userDirectory(environment: ["XDG_CONFIG_HOME": "/c", "HOME": "/h"]) == "/c/kachestvo/themes")
        #expect(ThemeCatalog.userDirectory(environment: ["HOME": "/h"]) == "/h/.config/kachestvo/themes")
        #expect(ThemeCatalog.userDirectory(environment: [:]) == nil)
    }

    @Test func locatesTheBundledDirectoryDirectlyOrNested() throws {
        let empty = try directory([:])
        let root = (themesDirectory as NSString).deletingLastPathComponent
        #expect(ThemeCatalog.locateBundledThemes(candidates: [empty, root]) == themesDirectory)
        #expect(ThemeCatalog.locateBundledThemes(candidates: [themesDirectory, root]) == themesDirectory)
        #expect(ThemeCatalog.locateBundledThemes(candidates: [empty]) == nil)
    }

    @Test func candidatesWalkUpToThePackage() {
        let root = (themesDirectory as NSString).deletingLastPathComponent
        let executable = root + "/.build/debug/kachestvo"
        let candidates = ThemeCatalog.bundledCandidates(
            environment: ["KACHESTVO_THEMES": "/opt/themes"], executablePath: executable, sourceFile: nil
        )
        #expect(candidates == ["/opt/themes", root + "/.build/debug", root + "/.build", root])
        #expect(ThemeCatalog.locateBundledThemes(candidates: candidates) == themesDirectory)
    }
}
