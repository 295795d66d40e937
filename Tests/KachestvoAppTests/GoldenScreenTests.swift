import Bilingual
import Foundation
import KachestvoCore
import TerminalKit
import Testing
@testable import KachestvoApp

/// Screen goldens: the Network screen rendered to text at 80×24 and 120×40 in both languages and
/// compared line by line with `Golden/*.txt`. Run with `KACHESTVO_RECORD_GOLDENS=1` to rewrite them
/// after an intended change, then read the diff.
@Suite struct GoldenScreenTests {
    private static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    func check(_ name: String, _ state: AppState) throws {
        let actual = TestBackend.lines(of: AppView.render(state))
        let file = Self.directory.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["KACHESTVO_RECORD_GOLDENS"] == "1" {
            try (actual.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast().map(String.init)
        #expect(actual.count == expected.count, "\(name): \(actual.count) rows, golden has \(expected.count)")
        for (row, (got, want)) in zip(actual, expected).enumerated() where got != want {
            Issue.record("\(name) row \(row):\n  got:  «\(got)»\n  want: «\(want)»")
        }
    }

    /// The school «МКОУ Палецкая СОШ»: КЦ → УМЦ → school, with a flag, raised funding and a support case.
    private func atSchool(width: Int, height: Int, language: Language) -> AppState {
        var state = AppFixture.state(width: width, height: height, language: language)
        AppFixture.type([.character("j"), .enter, .enter], into: &state)
        return state
    }

    @Test(arguments: [(80, 24), (120, 40)], [Language.ru, .en])
    func networkAtASchool(size: (Int, Int), language: Language) throws {
        try check("network-school-\(size.0)x\(size.1)-\(language.rawValue)",
                  atSchool(width: size.0, height: size.1, language: language))
    }

    @Test(arguments: [Language.ru, .en])
    func networkTopLevel(language: Language) throws {
        try check("network-top-80x24-\(language.rawValue)", AppFixture.state(language: language))
    }

    @Test(arguments: [Language.ru, .en])
    func networkAtASchoolAt100x30(language: Language) throws {
        try check("network-school-100x30-\(language.rawValue)", atSchool(width: 100, height: 30, language: language))
    }

    /// Esc from the top column: the region alone, a preview of its centres, its totals in the detail.
    @Test func theRegionItself() throws {
        var state = AppFixture.state()
        AppFixture.type([.escape], into: &state)
        try check("network-region-80x24-ru", state)
    }

    @Test func administrativeView() throws {
        var state = AppFixture.state(width: 120, height: 40)
        AppFixture.type([.character("j"), .character("v"), .enter], into: &state)
        try check("network-administrative-120x40-ru", state)
    }

    @Test func helpOverlay() throws {
        var state = AppFixture.state(language: .en)
        AppFixture.type([.character("?")], into: &state)
        try check("help-80x24-en", state)
    }

    @Test func tooSmall() throws {
        try check("too-small-60x15-ru", AppFixture.state(width: 60, height: 15))
    }
}
