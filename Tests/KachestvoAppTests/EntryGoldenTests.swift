import Bilingual
import Foundation
@testable import KachestvoApp
import KachestvoCore
import TerminalKit
import Testing

/// Goldens of the entry overlays at 80×24 in both languages: the organisation card with a rule's
/// message under a field, the results grid of a school and year (also with means of more digits
/// than it shows), and the Support detail pane with a step of the plan selected.
extension GoldenScreenTests {
    @Test(arguments: [Language.ru, .en])
    func organisationForm(language: Language) throws {
        var state = EntryKeyScriptTests.atSchool(language: language)
        // The centre set to a КЦ, which a school may not have: the message shows under the field.
        AppFixture.type([.character("e"), .backTab] + AppFixture.text("лицей") + [.tab], into: &state)
        try check("entry-organisation-80x24-\(language.rawValue)", state)
    }

    @Test(arguments: [Language.ru, .en])
    func resultsGrid(language: Language) throws {
        var state = EntryKeyScriptTests.atSchool(language: language)
        AppFixture.type([.character("r"), .tab] + AppFixture.text("51"), into: &state)
        try check("entry-results-80x24-\(language.rawValue)", state)
    }

    @Test(arguments: [Language.ru, .en])
    func resultsGridAtTheSubjectsDigits(language: Language) throws {
        var state = EntryKeyScriptTests.atSchoolWithPreciseMeans(language: language)
        AppFixture.type([.character("r")], into: &state)
        try check("entry-results-digits-80x24-\(language.rawValue)", state)
    }

    @Test(arguments: [Language.ru, .en])
    func supportDetailWithASelectedStep(language: Language) throws {
        var state = SupportEntryTests.inDetail(language: language)
        AppFixture.type([.down], into: &state)
        try check("support-step-80x24-\(language.rawValue)", state)
    }
}
