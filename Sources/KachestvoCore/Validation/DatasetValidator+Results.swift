/// Checks of the yearly figures: exam results, financing and risk profiles.
extension DatasetValidator {
    mutating func checkExamResults() {
        checkUnique(dataset.examResults.map { RecordKey(organisation: $0.organisationId, year: $0.year, subject: $0.subjectId) },
                    at: "examResults", field: nil)
        for (index, result) in dataset.examResults.enumerated() {
            // Paths are built only when a problem is reported: 1.5 million records must stay cheap.
            let path = { DataPath.root["examResults"][index] }
            checkOrganisationReference(result.organisationId, at: path()["organisationId"])
            checkYear(result.year, at: path()["year"])
            guard let subjectSlot = subjectIndex[result.subjectId] else {
                report(path()["subjectId"], ru: "неизвестный предмет «\(result.subjectId)»",
                       en: "unknown subject «\(result.subjectId)»")
                continue
            }
            checkFigures(of: result, subject: dataset.subjects[subjectSlot], at: path)
        }
    }

    private mutating func checkFigures(of result: ExamResult, subject: Subject, at path: () -> DataPath) {
        checkRange(result.participants, 0...100_000, at: path()["participants"])
        let participants = max(0, result.participants)
        checkFinite(result.mean, subject.scale.range, at: path()["mean"])
        checkRange(result.belowMinimum, 0...participants, at: path()["belowMinimum"])
        checkRange(result.high, 0...participants, at: path()["high"])
        checkRange(result.hundreds, 0...(subject.scale == .score100 ? min(participants, max(0, result.high)) : 0),
                   at: path()["hundreds"])
        switch (subject.scale, result.marks) {
        case (.mark5, let marks?):
            if marks.total != result.participants {
                report(path()["marks"], ru: "сумма отметок \(marks.total) не равна числу участников \(result.participants)",
                       en: "marks add up to \(marks.total), not to the \(result.participants) participants")
            }
            if min(marks.two, marks.three, marks.four, marks.five) < 0 {
                report(path()["marks"], ru: "отрицательное количество отметок", en: "negative count of marks")
            }
            if let mean = marks.mean, result.mean.isFinite, abs(mean - result.mean) > 0.01 {
                report(path()["mean"], ru: "средняя отметка \(result.mean) не совпадает с распределением отметок",
                       en: "mean mark \(result.mean) does not match the distribution of marks")
            }
        case (.mark5, nil):
            report(path()["marks"], ru: "для экзамена с отметками 2–5 нужно распределение отметок",
                   en: "an exam marked 2–5 needs the distribution of marks")
        case (.score100, .some):
            report(path()["marks"], ru: "у экзамена со шкалой 0–100 не бывает распределения отметок",
                   en: "an exam scored 0–100 has no distribution of marks")
        case (.score100, nil):
            break
        }
    }

    mutating func checkFinancing() {
        checkUnique(dataset.financing.map { RecordKey(organisation: $0.organisationId, year: $0.year) },
                    at: "financing", field: nil)
        for (index, financing) in dataset.financing.enumerated() {
            let path = { DataPath.root["financing"][index] }
            checkOrganisationReference(financing.organisationId, at: path()["organisationId"])
            checkYear(financing.year, at: path()["year"])
            checkFinite(financing.normative, 1...10_000_000, at: path()["normative"])
            checkFinite(financing.coefficient, 0.5...3.0, at: path()["coefficient"])
            if financing.raised, financing.coefficient <= 1 {
                report(path()["coefficient"], ru: "повышенный коэффициент должен быть больше 1,00",
                       en: "a raised coefficient must be above 1.00")
            }
        }
    }

    mutating func checkRiskProfiles() {
        checkUnique(dataset.riskProfiles.map { RecordKey(organisation: $0.organisationId, year: $0.year) },
                    at: "riskProfiles", field: nil)
        for (index, profile) in dataset.riskProfiles.enumerated() {
            let path = { DataPath.root["riskProfiles"][index] }
            checkOrganisationReference(profile.organisationId, at: path()["organisationId"])
            checkYear(profile.year, at: path()["year"])
            for (factor, level) in profile.factors.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                checkFinite(level, 0...1, at: path()["factors"][factor.rawValue])
            }
        }
    }
}

/// What identifies a yearly record (a result, a financing line, a risk profile) for duplicate checks.
struct RecordKey: Hashable, CustomStringConvertible {
    var organisation: Identifier<Organisation>
    var year: Int
    var subject: Identifier<Subject>?

    var description: String { [organisation.rawValue, String(year), subject?.rawValue].compactMap { $0 }.joined(separator: " · ") }
}
