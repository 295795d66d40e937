import Bilingual
import Testing
@testable import KachestvoCore

/// Change summaries as the status bar and the journal show them: every editable field has a name
/// for the user in both languages, the summary uses it (the edits keep the JSON keys), and with the
/// dataset at hand the organisation is named by its name.
@Suite struct ChangeSummaryTests {
    @Test func everyEditableFieldHasANameInBothLanguagesAndNoOtherFieldHasOne() {
        for kind in RecordKey.Kind.allCases {
            #expect(kind.displayNames.keys.sorted() == kind.fieldNames, "\(kind): names for exactly the editable fields")
            for field in kind.fieldNames {
                let name = kind.displayName(of: field)
                #expect(name?.ru.isEmpty == false && name?.en.isEmpty == false, "\(kind).\(field)")
                #expect(name?.ru.contains(where: \.isCyrillic) == true || field == "high" || field == "hundreds",
                        "\(kind).\(field) in Russian: \(name?.ru ?? "")")
            }
        }
        #expect(RecordKey.Kind.organisation.displayName(of: "nope") == nil)
    }

    @Test func anOrganisationsSummaryNamesItAndItsFieldsInEachLanguage() {
        let old = EditFixture.organisation(Fixture.school(3))
        var new = old
        new.pupils += 10
        new.teachers += 1
        let change = ChangeBuilder.change(from: .organisation(old), to: .organisation(new), in: EditFixture.dataset)
        #expect(change.summary.ru == "Изменено: организация «\(old.name)» (обучающихся, педагогов)")
        #expect(change.summary.en == "Changed organisation «\(old.name)» (pupils, teachers)")
        #expect(change.edits.map(\.field) == ["pupils", "teachers"], "the journal keeps the JSON keys")
        let bare = ChangeBuilder.change(from: .organisation(old), to: .organisation(new))
        #expect(bare.summary.ru == "Изменено: организация s3 (обучающихся, педагогов)", "without the dataset, by id")
    }

    @Test func aYearlyRecordsSummaryNamesItsSchoolAndYear() throws {
        let old = try #require(EditFixture.dataset.financing.first)
        var new = old
        new.coefficient = 1.4
        let school = EditFixture.organisation(old.organisationId).name
        let change = ChangeBuilder.change(from: .financing(old), to: .financing(new), in: EditFixture.dataset)
        let year = AcademicYear(year: old.year).label
        #expect(change.summary.ru == "Изменено: финансирование «\(school)» \(year) (коэффициент)")
        #expect(change.summary.en == "Changed financing record «\(school)» \(year) (coefficient)")
        let thresholds = ChangeBuilder.change(from: FlagThresholds(), to: {
            var raised = FlagThresholds()
            raised.minimumParticipants += 1
            return raised
        }())
        #expect(thresholds.summary.ru == "Изменено: пороги флагов (минимум участников)")
        #expect(thresholds.summary.en == "Changed flag thresholds (minimum participants)")
    }
}

private extension Character {
    var isCyrillic: Bool { unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) } }
}
