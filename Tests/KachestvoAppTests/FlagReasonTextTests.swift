import Bilingual
import KachestvoCore
import Testing
@testable import KachestvoApp

/// Every kind of flag reason in the words the dashboard has always used.
@Suite struct FlagReasonTextTests {
    let index = RegionIndex(AppFixture.dataset())

    private func words(_ reason: FlagReason) -> (ru: String, en: String) {
        (FlagReasonText.text(reason, .ru, index: index), FlagReasonText.text(reason, .en, index: index))
    }

    @Test func scoresAndSubjects() {
        #expect(words(.standardisedScore(value: -1.234, threshold: -1)) ==
                ("стандартизированный результат −1,23 (порог −1,00)", "standardised score −1.23 (threshold −1.00)"))
        #expect(words(.standardisedScore(value: -2.5, threshold: nil)) ==
                ("стандартизированный результат −2,50", "standardised score −2.50"))
        #expect(words(.subjectBelowRegion(subject: AppFixture.rus, mean: 54.24, regionMean: 68.06)) ==
                ("ЕГЭ Русский язык: 54,2 при 68,1 по области", "ЕГЭ Русский язык: 54.2 against 68.1 in the region"))
        #expect(words(.subjectBelowMinimum(subject: "unknown", count: 3, participants: 12)) ==
                ("unknown: 3 из 12", "unknown: 3 of 12"))
    }

    @Test func minimumYearsAndChanges() {
        #expect(words(.belowMinimum(count: 4, participants: 20, share: 0.2, threshold: 0.15)) ==
                ("не преодолели минимальный порог 4 из 20 (20%, порог 15%)",
                 "4 of 20 below the minimum score (20%, threshold 15%)"))
        #expect(words(.lowYears(years: [2016, 2017], window: 3)) ==
                ("низкие результаты в 2 из последних 3 лет: 2016, 2017", "low results in 2 of the last 3 years: 2016, 2017"))
        #expect(words(.highInAllYears(scores: [0.8, 1.25, 0.9], threshold: 0.75)) ==
                ("стандартизированный результат выше 0,75 все 3 года: 0,80; 1,25; 0,90",
                 "standardised score above 0.75 in all 3 years: 0.80; 1.25; 0.90"))
        #expect(words(.scoreChange(from: 0.5, to: -0.25, sinceYear: 2015)) ==
                ("стандартизированный результат 0,50 в 2015 → −0,25", "standardised score 0.50 in 2015 → −0.25"))
    }

    @Test func fundingAndRisk() {
        #expect(words(.raisedCoefficient(value: 1.1)) == ("повышенный коэффициент финансирования 1,10", "raised funding coefficient 1.10"))
        #expect(words(.ordinaryCoefficient(value: 1)) ==
                ("коэффициент финансирования 1,00, без доплат", "funding coefficient 1.00, no extra funding"))
        #expect(words(.percentile(value: 0.42)) ==
                ("результаты лучше, чем у 42% школ области", "results better than 42% of the region's schools"))
        #expect(words(.riskScore(value: 0.716, threshold: 0.45)) == ("индекс риска 0,72 (порог 0,45)", "risk score 0.72 (threshold 0.45)"))
        #expect(words(.riskFactor(factor: .teacherShortage, level: 0.9)) ==
                ("\(RiskFactor.teacherShortage.russianName): 90%", "\(RiskFactor.teacherShortage.englishName): 90%"))
    }
}
