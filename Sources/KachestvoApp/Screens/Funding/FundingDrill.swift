import Bilingual
import KachestvoCore

/// The organisations behind what Enter is pressed on: on the plot, the cursor's quadrant; on a
/// list, that list — each with its results percentile.
enum FundingDrill {
    static func request(_ state: FundingState, _ context: ScreenContext) -> OrganisationDrill? {
        let figures = state.figures
        let members: [Int], title: String
        switch state.focus {
        case .plot:
            guard let point = state.selectedPoint else { return nil }
            let quadrant = figures.quadrants[point]
            members = figures.members(of: quadrant)
            title = context.text(FundingPlot.label(of: quadrant))
        case .fundedList, .effectiveList:
            members = figures.list(state.focus)
            title = FundingLists.title(of: state.focus, state, context)
        }
        guard !members.isEmpty else { return nil }
        return OrganisationDrill(
            title: "\(title) — \(AcademicYear(year: context.year).label)", valueTitle: context.text(.fundingPercentileTitle),
            rows: members.map { DrilledOrganisation(id: figures.points[$0].financing.organisationId, value: figures.points[$0].percentile * 100) },
            decimals: 0)
    }
}
