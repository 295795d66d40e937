@testable import KachestvoCore
import Testing

@Suite struct ShortNameTests {
    @Test func theLegalFormMovesAsideAndStandardPhrasesShorten() {
        #expect(OrganisationShortName.of("МБОУ Линёвская СОШ № 1") == "Линёвская СОШ № 1")
        #expect(OrganisationShortName.of("ГБОУ НСО «Кадетская школа-интернат № 1»") == "КШИ № 1")
        #expect(OrganisationShortName.of("МАОУ «Линёвская кадетская школа-интернат № 2»") == "Линёвская КШИ № 2")
        #expect(OrganisationShortName.of("МАОУ СОШ № 10 с углублённым изучением отдельных предметов") == "СОШ № 10 с УИОП")
        #expect(OrganisationShortName.of("МКОУ средняя общеобразовательная школа № 3") == "СОШ № 3")
        #expect(OrganisationShortName.of("гимназия № 1") == "гимназия № 1")
        #expect(OrganisationShortName.of("МБОУ") == "МБОУ", "nothing left: the name stays")
        #expect(OrganisationShortName.of("МБОУ «Школа» № 5 «Радуга»") == "«Школа» № 5 «Радуга»")
    }

    @Test func theLegalFormIsFoundAtTheStartOnly() {
        #expect(OrganisationShortName.legalForm(of: "ГБОУ НСО «КШИ № 1»") == "ГБОУ НСО")
        #expect(OrganisationShortName.legalForm(of: "МКОУ Урезская ООШ") == "МКОУ")
        #expect(OrganisationShortName.legalForm(of: "СОШ № 5 МБОУ") == nil)
        #expect(OrganisationShortName.legalForm(of: "Лицей № 9") == nil)
    }

    @Test func demoSubjectsHaveShortNamesThatStayApart() {
        let subjects = DemoSubjects.subjects
        let short = Dictionary(uniqueKeysWithValues: subjects.map { ($0.id.rawValue, $0.shortName) })
        #expect(short["ege-math-base"] == "Матем. (база)")
        #expect(short["ege-math-profile"] == "Матем. (проф.)")
        #expect(short["ege-rus"] == "Рус. яз.")
        #expect(short["ege-informatics"] == "Информ.")
        for exam in ExamKind.allCases {
            let names = subjects.filter { $0.exam == exam }.map(\.shortName)
            #expect(Set(names).count == names.count, "\(exam): \(names)")
        }
        #expect(subjects.allSatisfy { $0.shortName.count <= 14 })
    }
}
