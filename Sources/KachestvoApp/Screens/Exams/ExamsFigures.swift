import Foundation
import KachestvoCore

/// One subject's row of the Exams table: the scope's figures this year and last, the region's,
/// and the year's minimum score.
struct ExamsRow: Sendable, Equatable {
    let subject: Subject
    /// The minimum of the year (ExamRules, else the subject's own); a mark scale's is 3.
    let minimum: Double?
    let scope: ExamAggregate
    /// The scope's figures the year before; nil when the data has no earlier year.
    let lastYear: ExamAggregate?
    let region: ExamAggregate
}

/// What the Exams screen shows for one model, year, scope and exam: the table's rows and the
/// histogram of school means of every subject in them. Built in `refresh` and when the scope or
/// exam changes, never per frame; moving the cursor reads it as it is.
struct ExamsFigures: Sendable, Equatable {
    /// What the figures were computed for.
    struct Source: Sendable, Equatable {
        let generation: UUID
        let year: Int
        let scope: ExamScope
        let exam: ExamKind
    }

    let source: Source
    let rows: [ExamsRow]
    let histograms: [Identifier<Subject>: ScoreHistogram]
    /// The year the changes are taken against, if the data has one before `source.year`.
    let previousYear: Int?

    init(_ source: Source, index: RegionIndex) {
        self.source = source
        let year = source.year, scope = source.scope
        let previous = index.years.last { $0 < year }
        previousYear = previous
        rows = index.dataset.subjects.filter { $0.exam == source.exam }.compactMap { subject in
            let now = index.aggregate(of: scope, year: year, subject: subject.id)
            guard !now.isEmpty else { return nil }
            let minimum = ExamRules.schedule(for: subject.id)?.minimum(in: year) ?? subject.minimumScore
            return ExamsRow(subject: subject, minimum: minimum, scope: now,
                            lastYear: previous.map { index.aggregate(of: scope, year: $0, subject: subject.id) },
                            region: index.regionAggregate(year: year, subject: subject.id))
        }
        .sorted { Subject.listedBefore(($0.subject, $0.region.participants), ($1.subject, $1.region.participants)) }
        histograms = index.meanHistograms(in: scope, year: year, subjects: rows.map(\.subject.id))
    }

    /// The figures for the state's place, computed anew only when what they depend on changed; the
    /// cursor is then put back on its subject (or the first) and within the histogram.
    static func bringUpToDate(_ state: inout ExamsState, _ context: ScreenContext) {
        let index = context.model.index
        if index.node(of: state.scope) == nil { state.scope = .region }
        let source = Source(generation: context.model.generation, year: context.year, scope: state.scope, exam: state.exam)
        if state.figures?.source != source { state.figures = ExamsFigures(source, index: index) }
        let rows = state.figures?.rows ?? []
        if !rows.contains(where: { $0.subject.id == state.subject }) {
            let remembered = state.subjectOfExam[state.exam]
            state.subject = rows.first { $0.subject.id == remembered }?.subject.id ?? rows.first?.subject.id
        }
        if !ExamFigure.columns(of: state.exam).contains(state.figure) { state.figure = .mean }
        let bins = state.histogram?.counts.count ?? 1
        state.bin = min(max(state.bin, 0), bins - 1)
    }
}

extension ExamsState {
    /// The row of the cursor's subject.
    var row: ExamsRow? { figures?.rows.first { $0.subject.id == subject } }

    /// The histogram of the cursor's subject.
    var histogram: ScoreHistogram? { subject.flatMap { figures?.histograms[$0] } }
}
