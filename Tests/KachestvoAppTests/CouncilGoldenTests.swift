import Bilingual
@testable import KachestvoApp
import KachestvoCore
import TerminalKit
import Testing

/// Goldens of the Council screen: the open meeting of the fixture in Russian at 120×40 and in
/// English at 80×24, once with the meetings list focused and once with a forecast selected.
extension GoldenScreenTests {
    @Test(arguments: [(120, 40, Language.ru), (80, 24, .en)])
    func councilMeeting(width: Int, height: Int, language: Language) throws {
        let state = CouncilFixture.atOpenMeeting(width: width, height: height, language: language)
        try check("council-\(width)x\(height)-\(language.rawValue)", state)
    }

    @Test(arguments: [(120, 40, Language.ru), (80, 24, .en)])
    func councilForecast(width: Int, height: Int, language: Language) throws {
        var state = CouncilFixture.atOpenMeeting(.forecasts, width: width, height: height, language: language)
        AppFixture.type([.down, .down, .down], into: &state)
        try check("council-forecast-\(width)x\(height)-\(language.rawValue)", state)
    }
}
