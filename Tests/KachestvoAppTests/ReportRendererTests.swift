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

    /// A data file whose names carry a retitle (OSC 2), a screen wipe (CSI 2 J), a C1 CSI, BiDi and
    /// Markdown syntax.
    private func hostileReport(_ format: ReportFormat) throws -> (String, Dataset) {
        var dataset = AppFixture.dataset()
        dataset.regionName = "Область\u{1B}]2;pwned\u{07}"
        for index in dataset.organisations.indices {
            dataset.organisations[index].name += " \u{1B}[2J|*_\u{9B}31m\u{202E}"
        }
        for index in dataset.municipalities.indices { dataset.municipalities[index].name += "\u{1B}]0;x\u{1B}\\" }
        for index in dataset.subjects.indices { dataset.subjects[index].name += "|\u{1B}[5m" }
        let index = RegionIndex(dataset)
        return (try ReportRenderer(summary: RegionSummary(index), language: .ru, index: index).render(format), dataset)
    }

    /// True for a character that drives a terminal (line breaks excepted).
    private func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\n") || (0x7F...0x9F).contains(scalar.value) || (0x202A...0x202E).contains(scalar.value)
    }

    @Test(arguments: [ReportFormat.text, .markdown, .json])
    func namesWithEscapeSequencesReachNoTerminal(format: ReportFormat) throws {
        let (report, _) = try hostileReport(format)
        #expect(!report.unicodeScalars.contains(where: isControl), "\(format) output carries control characters")
        #expect(report.contains("pwned"), "the name is still there, shown inert")
    }

    @Test func textAndMarkdownShowControlsAsStandInsAndMarkdownEscapesItsSyntax() throws {
        let (text, _) = try hostileReport(.text)
        #expect(text.hasPrefix("Область␛]2;pwned␇: "))
        #expect(text.contains("␛[2J|*_�31m�"))
        let (markdown, _) = try hostileReport(.markdown)
        #expect(markdown.hasPrefix("# Область␛\\]2;pwned␇: "))
        #expect(markdown.contains("␛\\[2J\\|\\*\\_�31m�"))
        let tableRows = markdown.split(separator: "\n").filter { $0.hasPrefix("| ЕГЭ") || $0.hasPrefix("| ОГЭ") }
        try #require(!tableRows.isEmpty)
        for row in tableRows {
            #expect(row.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count == 9, "a | in a subject name splits no cell: \(row)")
        }
    }

    @Test func jsonEscapesControlsAndKeepsTheNamesExactly() throws {
        let (json, dataset) = try hostileReport(.json)
        #expect(json.contains(#"\u009b31m\u202e"#))
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(report["region"] as? String == dataset.regionName)
        let names = (report["flags"] as? [[String: Any]] ?? []).flatMap { $0["organisations"] as? [[String: Any]] ?? [] }
        let first = try #require(names.first?["name"] as? String)
        #expect(dataset.organisations.map(\.name).contains(first))
    }
}
