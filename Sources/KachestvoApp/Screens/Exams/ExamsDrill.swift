import KachestvoCore

/// The lists behind the Exams screen's numbers: the scope's schools with a result in the cursor's
/// subject and each one's value of the cursor's figure, or the schools whose mean falls in the
/// histogram's chosen bin.
enum ExamsDrill {
    static func cell(_ state: ExamsState, _ context: ScreenContext) -> OrganisationDrill? {
        guard let row = state.row else { return nil }
        let subject = row.subject, figure = state.figure
        let results = context.model.index.results(in: state.scope, year: context.year, subject: subject.id)
        let scale = figure.isShare ? 100.0 : 1.0
        let organisations = context.model.dataset.organisations
        let rows = results.map { found in
            DrilledOrganisation(id: organisations[found.organisation].id,
                                value: figure.value(in: ExamAggregate(found.result), scale: subject.scale).map { $0 * scale })
        }
        let name = ExamsCells.name(figure, subject, context)
        let decimals = figure.isShare ? 1 : figure == .mean ? MeanText.digits(subject) : 0
        return OrganisationDrill(title: title(subject, name, state, context), valueTitle: figure.isShare ? "\(name), %" : name,
                                 rows: rows, decimals: decimals)
    }

    static func bin(_ state: ExamsState, _ context: ScreenContext) -> OrganisationDrill? {
        guard let row = state.row, let histogram = state.histogram else { return nil }
        let subject = row.subject
        let organisations = context.model.dataset.organisations
        let rows = context.model.index.results(in: state.scope, year: context.year, subject: subject.id)
            .filter { histogram.bin(of: $0.result.mean) == state.bin }
            .map { DrilledOrganisation(id: organisations[$0.organisation].id, value: $0.result.mean) }
        let mean = ExamsCells.name(.mean, subject, context)
        let range = ExamsHistogramView.rangeText(of: state.bin, in: histogram, subject, context.language)
        return OrganisationDrill(title: title(subject, "\(mean) \(range)", state, context), valueTitle: mean,
                                 rows: rows, decimals: MeanText.digits(subject))
    }

    /// «ЕГЭ, Русский язык: ниже минимума — КЦ МАОУ лицей № 9».
    private static func title(_ subject: Subject, _ what: String, _ state: ExamsState, _ context: ScreenContext) -> String {
        let scope = ExamsScopeLabel.path(of: state.scope, context).last ?? ""
        return "\(subject.exam.abbreviation), \(subject.name): \(what.prefix(1).lowercased() + what.dropFirst()) — \(scope)"
    }
}
