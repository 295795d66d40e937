@testable import KachestvoApp
import KachestvoCore
import TerminalKit
import Testing

/// Text in a data file that must not break the screen: joiners and emoji sequences in names.
@Suite struct HostileTextTests {
    /// The fixture with some organisations renamed.
    private func state(renaming names: [String: String], width: Int, height: Int) -> AppState {
        var dataset = AppFixture.dataset()
        for index in dataset.organisations.indices {
            if let name = names[dataset.organisations[index].id.rawValue] { dataset.organisations[index].name = name }
        }
        return AppState(model: AppModel(index: RegionIndex(dataset)), language: .ru, width: width, height: height,
                        themes: [Theme.builtInDefault], colorDepth: .none)
    }

    /// Where each row has a border or corner: the layout's skeleton, which no name may move.
    private func borders(_ buffer: Buffer) -> [[Int]] {
        (0..<buffer.height).map { y in (0..<buffer.width).filter { "│┌┐└┘".contains(buffer[$0, y].symbol) } }
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func joinersAndEmojiSequencesInNamesKeepEveryBorderInPlace(width: Int, height: Int) {
        let hostile = ["org-01": "МАОУ ли\u{200D}цей 👨\u{200D}👩\u{200D}👧 № 9", "org-03": "МБОУ СОШ\u{200D} № 12 🇷🇺❤\u{FE0F}",
                       "org-04": "МКОУ Баганская 👍🏽\u{200D} СОШ № 1"]
        let plain = ["org-01": "МАОУ лицей № 9", "org-03": "МБОУ СОШ № 12", "org-04": "МКОУ Баганская СОШ № 1"]
        var withJoiners = state(renaming: hostile, width: width, height: height)
        var reference = state(renaming: plain, width: width, height: height)
        // Into «МАОУ лицей № 9» (the second centre by name), whose УМЦ carry the other two names.
        AppFixture.type([.character("j"), .enter], into: &withJoiners)
        AppFixture.type([.character("j"), .enter], into: &reference)
        let screen = AppView.render(withJoiners)
        #expect(TestBackend.text(of: screen).contains("👨👩👧"), "the family is drawn, as three faces")
        #expect(borders(screen) == borders(AppView.render(reference)), "\(TestBackend.text(of: screen))")
        #expect(!screen.cells.contains { $0.symbol.unicodeScalars.contains("\u{200D}") })
    }
}
