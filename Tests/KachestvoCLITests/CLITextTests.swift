import Bilingual
import Foundation
import Testing
@testable import kachestvo

@Suite struct CLITextTests {
    /// One value of every case; `everyCaseHasAnExample` keeps the list complete.
    let examples: [CLIText] = [
        .loading(path: "big.json", megabytes: 42), .noSuchTheme("blue", available: ["default", "light"]),
        .noSuchChartGlyphs("dots", available: ["braille", "ascii"]),
        .noDataForYear(2030, yearsWithData: [2016, 2017]),
        .valid(file: "data.json", organisations: 10), .problemsFound(2), .moreProblems(1_330),
        .wroteDemo(file: "demo.json", consultingCentres: 9, methodologicalCentres: 29, organisations: 1000),
        .builtInTheme, .themeHasErrors,
        .historyOfDemo, .historyNoJournal(journal: "data.json.journal.jsonl"), .historyNothingAbout(entity: "s-1"),
        .historyTime, .historyUser, .historyClient, .historyRecord, .historyField, .historyChange, .historyLocal,
        .historyRecordAdded, .historyRecordDeleted, .readOnlyFlag,
        .changesNotSaved(2, reason: BilingualText(ru: "диск заполнен", en: "the disk is full")),
        .badScope(BilingualText(ru: "в данных нет «umc-9»", en: "the data has no «umc-9»")),
    ]

    private func caseName(_ text: CLIText) -> String {
        Mirror(reflecting: text).children.first?.label ?? "\(text)"
    }

    /// Sources/kachestvo, found from this file's own path.
    private let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/kachestvo")

    private func source(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func everyTextExistsInBothLanguages() {
        for text in examples {
            #expect(!text(.ru).isEmpty && !text(.en).isEmpty && text(.ru) != text(.en), "\(caseName(text))")
        }
        #expect(CLIText.problemsFound(2)(.ru) == "Найдено ошибок: 2")
        #expect(CLIText.noDataForYear(2030, yearsWithData: [2016, 2017])(.en) == "No data for 2030; years with data: 2016, 2017")
    }

    @Test func everyCaseHasAnExampleAndIsUsed() throws {
        let table = try source("CLIText.swift")
        let declared = try NSRegularExpression(pattern: #"^    case (\w+)"#, options: .anchorsMatchLines)
            .matches(in: table, range: NSRange(table.startIndex..., in: table))
            .map { String(table[Range($0.range(at: 1), in: table)!]) }
        #expect(Set(declared) == Set(examples.map(caseName)))
        let users = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".swift") && $0 != "CLIText.swift" }.map(source)
        for name in declared {
            #expect(users.contains { $0.contains("CLIText.\(name)") }, "CLIText.\(name) is never used")
        }
    }
}
