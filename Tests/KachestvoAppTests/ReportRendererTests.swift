import Foundation
import KachestvoCore
import Testing
@testable import KachestvoApp

@Suite struct ReportRendererTests {
    @Test func jsonGivesEachFlaggedOrganisationItsReasonsInWordsAndFigures() throws {
        let index = RegionIndex(AppFixture.dataset())
        let json = try ReportRenderer(summary: RegionSummary(index), language: .en, index: index).render(.json)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let flags = try #require(report["flags"] as? [[String: Any]])
        let organisations = flags.flatMap { $0["organisations"] as? [[String: Any]] ?? [] }
        try #require(!organisations.isEmpty, "the fixture has flagged schools")
        for organisation in organisations {
            let reasons = try #require(organisation["reasons"] as? [[String: Any]])
            #expect(!reasons.isEmpty, "\(organisation["id"] ?? "?") has no reasons")
            for reason in reasons {
                #expect(!(reason["text"] as? String ?? "").isEmpty)
                #expect((reason["figures"] as? [String: Any])?.count == 1, "one kind of reason with its numbers")
            }
        }
    }
}
