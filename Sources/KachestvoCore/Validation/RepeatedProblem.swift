import Bilingual

/// A problem that one wrong value causes wherever it is used — a year missing from `academicYears`,
/// an organisation id that does not exist — reported once, at its first use, with the number of uses.
struct RepeatedProblem {
    /// Where the problem is in `DatasetValidator.problems`.
    var problem: Int
    var uses: Int
}

/// Reporting references to things that do not exist: once per missing value, not once per record
/// (a renamed УМЦ or a mistyped year would otherwise bury the one cause under thousands of lines).
extension DatasetValidator {
    /// Reports the missing `value` of `kind` at its first use; later uses only add to its count.
    mutating func reportMissing(_ kind: String, _ value: some CustomStringConvertible, at path: @autoclosure () -> DataPath,
                                ru: @autoclosure () -> String, en: @autoclosure () -> String) {
        let key = kind + "\u{0}" + value.description
        if repeated[key] != nil {
            repeated[key]!.uses += 1
            return
        }
        repeated[key] = RepeatedProblem(problem: problems.count, uses: 1)
        report(path(), ru: ru(), en: en())
    }

    mutating func reportMissingMunicipality(_ id: Identifier<Municipality>, at path: @autoclosure () -> DataPath) {
        reportMissing("municipality", id, at: path(), ru: "ссылка на несуществующий муниципалитет «\(Self.clipped(id))»",
                      en: "refers to a municipality «\(Self.clipped(id))» that does not exist")
    }

    mutating func reportMissingSubject(_ id: Identifier<Subject>, at path: @autoclosure () -> DataPath) {
        reportMissing("subject", id, at: path(), ru: "неизвестный предмет «\(Self.clipped(id))»",
                      en: "unknown subject «\(Self.clipped(id))»")
    }

    mutating func reportMissingMeeting(_ id: Identifier<CouncilMeeting>, at path: @autoclosure () -> DataPath) {
        reportMissing("meeting", id, at: path(), ru: "ссылка на несуществующее заседание «\(Self.clipped(id))»",
                      en: "refers to a meeting «\(Self.clipped(id))» that does not exist")
    }

    /// Adds to each repeated problem how many records share its cause.
    mutating func finishRepeatedProblems() {
        for repeated in repeated.values where repeated.uses > 1 {
            problems[repeated.problem].message.ru += " (записей с этим значением: \(NumberText.grouped(repeated.uses, .ru)); первая — здесь)"
            problems[repeated.problem].message.en += " (\(NumberText.grouped(repeated.uses, .en)) records have it; the first is here)"
        }
    }

}
