import Bilingual

/// Checks that an exam result's figures can exist: the exam was held that year, the counts fit the
/// participants, and the mean is one that whole scores within those counts can give (`ScoreBounds`,
/// with the year's minimum from `ExamRules`); a mark-scale result agrees with its marks.
extension DatasetValidator {
    mutating func checkFigures(of result: ExamResult, subject: Subject, schedule: ExamSchedule?, at path: () -> DataPath) {
        if let schedule, !schedule.isHeld(in: result.year), let first = schedule.firstYear {
            reportMissing("held \(result.year)", subject.id, at: path()["year"],
                          ru: "\(subject.exam.abbreviation) «\(Self.clipped(subject.name))» проводится с \(first) года; в \(result.year) году его не было",
                          en: "the \(subject.exam.abbreviation) «\(Self.clipped(subject.name))» is held from \(first) on; there was none in \(result.year)")
        }
        // A count that is wrong makes every figure after it look wrong: the first one is the cause.
        guard checkRange(result.participants, 0...100_000, at: path()["participants"]) else { return }
        let participants = result.participants
        let meanValid = checkFinite(result.mean, subject.scale.range, at: path()["mean"])
        let belowValid = checkRange(result.belowMinimum, 0...participants, at: path()["belowMinimum"])
        let highValid = checkRange(result.high, 0...participants, at: path()["high"])
        let hundredsValid = checkRange(result.hundreds, 0...(subject.scale == .score100 ? min(participants, max(0, result.high)) : 0),
                                       at: path()["hundreds"])
        switch (subject.scale, result.marks) {
        case (.mark5, let marks?):
            checkMarks(marks, of: result, at: path)
        case (.mark5, nil):
            report(path()["marks"], ru: "для экзамена с отметками 2–5 нужно распределение отметок",
                   en: "an exam marked 2–5 needs the distribution of marks")
        case (.score100, .some):
            report(path()["marks"], ru: "у экзамена со шкалой 0–100 не бывает распределения отметок",
                   en: "an exam scored 0–100 has no distribution of marks")
        case (.score100, nil):
            guard belowValid, highValid, hundredsValid, meanValid, participants > 0 else { return }
            if result.belowMinimum + result.high > participants {
                report(path()["high"], ru: "ниже минимума и 81–100 вместе \(result.belowMinimum + result.high) — больше, чем \(participants) участников",
                       en: "below the minimum and 81–100 together make \(result.belowMinimum + result.high), more than the \(participants) participants")
                return
            }
            checkReachableMean(result, minimum: schedule?.minimum(in: result.year) ?? subject.minimumScore, at: path)
        }
    }

    private mutating func checkMarks(_ marks: MarkCounts, of result: ExamResult, at path: () -> DataPath) {
        if marks.total != result.participants {
            report(path()["marks"], ru: "сумма отметок \(marks.total) не равна числу участников \(result.participants)",
                   en: "marks add up to \(marks.total), not to the \(result.participants) participants")
        }
        if min(marks.two, marks.three, marks.four, marks.five) < 0 {
            report(path()["marks"], ru: "отрицательное количество отметок", en: "negative count of marks")
            return
        }
        if let mean = marks.mean, result.mean.isFinite, abs(mean - result.mean) > 0.01 {
            report(path()["mean"], ru: "средняя отметка \(result.mean) не совпадает с распределением отметок",
                   en: "mean mark \(result.mean) does not match the distribution of marks")
        }
        if result.belowMinimum != marks.two {
            report(path()["belowMinimum"], ru: "ниже минимума \(result.belowMinimum), а отметок «2» — \(marks.two)",
                   en: "\(result.belowMinimum) below the minimum, but \(marks.two) marks «2»")
        }
        if result.high != marks.five {
            report(path()["high"], ru: "высших результатов \(result.high), а отметок «5» — \(marks.five)",
                   en: "\(result.high) top results, but \(marks.five) marks «5»")
        }
    }

    /// The mean of whole test scores must lie where the counts allow and be a total over the
    /// participants (one participant: a whole score).
    private mutating func checkReachableMean(_ result: ExamResult, minimum: Double, at path: () -> DataPath) {
        let bounds = ScoreBounds(participants: result.participants, below: result.belowMinimum, high: result.high,
                                 hundreds: result.hundreds, minimum: minimum)
        let decimals = ScoreBounds.decimals(of: result.mean)
        guard !bounds.allows(mean: result.mean, decimals: decimals) else { return }
        let mean = { (language: Language) in NumberText.fixed(result.mean, digits: decimals, language) }
        guard ScoreBounds.totals(near: result.mean, decimals: decimals, participants: result.participants) != nil else {
            if result.participants == 1 {
                report(path()["mean"], ru: "у одного участника средний балл — его балл, целое число, а не \(mean(.ru))",
                       en: "with one participant the mean is that pupil's score, a whole number, not \(mean(.en))")
            } else {
                report(path()["mean"], ru: "средний балл \(mean(.ru)) не получается из \(result.participants) целых баллов",
                       en: "a mean of \(mean(.en)) cannot come from \(result.participants) whole scores")
            }
            return
        }
        let reach = { (language: Language) -> String in
            guard let totals = bounds.totals else { return "—" }
            let count = Double(result.participants)
            return NumberText.fixed(Double(totals.lowerBound) / count, digits: 2, language) + "…"
                + NumberText.fixed(Double(totals.upperBound) / count, digits: 2, language)
        }
        let minimumText = NumberText.fixed(minimum, digits: ScoreBounds.decimals(of: minimum), .en)
        report(path()["mean"],
               ru: "средний балл \(mean(.ru)) недостижим при таких числах (участников: \(result.participants); ниже минимума \(minimumText): "
                   + "\(result.belowMinimum); 81–100: \(result.high); 100 баллов: \(result.hundreds)): средний лежит в пределах \(reach(.ru))",
               en: "a mean of \(mean(.en)) cannot be reached with these counts (participants: \(result.participants); below the minimum of \(minimumText): "
                   + "\(result.belowMinimum); 81–100: \(result.high); 100 points: \(result.hundreds)): the mean lies within \(reach(.en))")
    }
}
