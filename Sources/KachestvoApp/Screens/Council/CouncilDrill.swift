import KachestvoCore

/// The organisations behind a Council row: a forecast's scope's schools with their own value of its
/// indicator in its year (the numbers its actual value is made of), or the organisations a decision
/// names. Nil, with the reason in the status bar, when there are none.
enum CouncilDrill {
    static func drill(_ state: CouncilState, _ context: inout ScreenContext) -> OrganisationDrill? {
        let found = state.focus == .forecasts ? forecast(state, context) : decision(state, context)
        if found == nil, state.focus == .forecasts ? state.forecast != nil : CouncilMeetingView.selectedMeeting(state, context) != nil {
            context.message = context.text(state.focus == .forecasts ? .councilNoActual : .councilNoOrganisations)
        }
        return found
    }

    private static func forecast(_ state: CouncilState, _ context: ScreenContext) -> OrganisationDrill? {
        let index = context.model.index
        guard let forecast = index.dataset.forecasts.first(where: { $0.id == state.forecast }) else { return nil }
        let subject = index.subject(forecast.subjectId)
        let results = index.results(in: index.examScope(of: forecast.scope), year: forecast.year, subject: forecast.subjectId)
        guard !results.isEmpty else { return nil }
        let rows = results.map { found in
            DrilledOrganisation(id: index.dataset.organisations[found.organisation].id,
                                value: ExamAggregate(found.result).value(of: forecast.indicator).map { ForecastText.shown($0, forecast.indicator) })
        }
        let name = ForecastText.indicatorName(forecast.indicator, subject, context)
        let title = "\(context.text(.councilForecast)): \(subject.map { "\($0.exam.abbreviation), \($0.name)" } ?? forecast.subjectId.rawValue)"
            + ": \(name.prefix(1).lowercased() + name.dropFirst()) — \(ForecastText.scope(forecast.scope, context))"
            + " · \(AcademicYear(year: forecast.year).label)"
        return OrganisationDrill(title: title, valueTitle: ForecastText.isShare(forecast.indicator) ? "\(name), %" : name,
                                 rows: rows, decimals: ForecastText.digits(forecast.indicator, subject))
    }

    private static func decision(_ state: CouncilState, _ context: ScreenContext) -> OrganisationDrill? {
        guard let meeting = CouncilMeetingView.selectedMeeting(state, context), meeting.decisions.indices.contains(state.decision) else {
            return nil
        }
        let decision = meeting.decisions[state.decision]
        guard !decision.organisationIds.isEmpty else { return nil }
        return OrganisationDrill(title: "\(context.text(.councilDecision)) \(meeting.date.dotted): \(decision.text)",
                                 rows: decision.organisationIds.map { DrilledOrganisation(id: $0) })
    }
}
