import KachestvoCore

/// The region's figures the Overview draws as sparklines over every year of the data.
enum RegionTrend: CaseIterable, Hashable, Sendable {
    case russianMean, mathsMean
    /// The share of ЕГЭ results (every 0–100 subject) below that year's minimum.
    case belowMinimum
    /// How many organisations carry a concern flag.
    case flagged

    /// Each trend's value per year of the model (nil where the year has none).
    static func values(_ model: AppModel) -> [RegionTrend: [Double?]] {
        let index = model.index
        let egeSubjects = index.dataset.subjects.filter { $0.exam == .ege && $0.scale == .score100 }
        func mean(_ exam: HeadlineExam, _ year: Int) -> Double? { index.regionAggregate(year: year, subject: exam.subject).mean }
        var values: [RegionTrend: [Double?]] = [:]
        values[.russianMean] = index.years.map { mean(.russian, $0) }
        values[.mathsMean] = index.years.map { mean(.profileMaths, $0) }
        values[.belowMinimum] = index.years.map { year in
            var total = ExamAggregate()
            for subject in egeSubjects { total.add(index.regionAggregate(year: year, subject: subject.id)) }
            return total.belowMinimumShare
        }
        values[.flagged] = index.years.indices.map { slot in
            Double(model.totals.flagged(node: Hierarchy.rootNode, view: .network, yearSlot: slot))
        }
        return values
    }
}
