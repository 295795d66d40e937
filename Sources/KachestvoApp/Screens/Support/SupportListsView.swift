import Bilingual
import KachestvoCore
import TerminalKit

/// The two lists of the Support screen, each a table under a Σ row for the whole list: the cases
/// passing the filter (overdue mark, school, district on wide screens, status, plan progress) and
/// the NEEDS_SUPPORT candidates without an open case (school, risk score, main factor).
enum SupportListsView {
    static func renderCases(_ state: SupportState, _ context: ScreenContext, into buffer: inout Buffer, area: Rect) {
        let figures = state.figures, dataset = context.model.dataset
        let focused = state.focus == .cases
        let count = "\(NumberText.grouped(figures.cases.count, context.language)) \(context.text(.supportOf)) "
            + NumberText.grouped(dataset.supportCases.count, context.language)
        let inner = PaneBox.render(.supportCases, rightTitle: count, focused: focused, context, into: &buffer, area: area)
        guard figures.asOf != nil else { return empty(context.missingFigures(.supportNoCases), context, into: &buffer, area: inner) }
        let wide = inner.width >= 60
        let planWidth = wide ? 12 : 8
        var columns = [TableColumn("", width: .length(2)), TableColumn(context.text(.supportSchool), width: .fill(1))]
        if wide { columns.append(TableColumn(context.text(.filterMunicipality), width: .length(16))) }
        columns += [TableColumn(context.text(.supportStatus), width: .length(10)),
                    TableColumn(context.text(.supportPlan), width: .length(planWidth))]
        let asOf = figures.asOf!
        let table = TableView(
            columns: columns, rowCount: figures.caseRowCount,
            row: { row in
                guard row > 0 else { return [Line(""), Line(context.text(.supportAllCases), style: context.style(.accent))] }
                return caseRow(dataset.supportCases[figures.cases[row - 1]], asOf: asOf, wide: wide, planWidth: planWidth, context)
            },
            selected: figures.position(of: state.caseRow, in: dataset), offset: state.caseOffset,
            style: context.style(.text), headerStyle: context.style(.header),
            selectionStyle: PaneBox.selectionStyle(focused: focused, context))
        table.render(into: &buffer, area: inner)
        if figures.cases.isEmpty { empty(Line(context.text(.noCasesMatch), style: context.style(.muted)), context, into: &buffer, area: inner.splitTop(2).rest) }
    }

    static func renderCandidates(_ state: SupportState, _ context: ScreenContext, into buffer: inout Buffer, area: Rect) {
        let figures = state.figures
        let focused = state.focus == .candidates
        let inner = PaneBox.render(.supportCandidates, rightTitle: NumberText.grouped(figures.candidates.count, context.language),
                        focused: focused, context, into: &buffer, area: area)
        let table = TableView(
            columns: [TableColumn(context.text(.supportSchool), width: .fill(1)),
                      TableColumn(context.text(.supportRisk), width: .length(5), alignment: .right),
                      TableColumn(context.text(.supportMainReason), width: .fill(1))],
            rowCount: figures.candidateRowCount,
            row: { row in
                guard row > 0 else { return [Line(context.text(.supportAllCandidates), style: context.style(.accent))] }
                return candidateRow(figures.candidates[row - 1], context)
            },
            selected: figures.position(of: state.candidateRow), offset: state.candidateOffset,
            style: context.style(.text), headerStyle: context.style(.header),
            selectionStyle: PaneBox.selectionStyle(focused: focused, context))
        table.render(into: &buffer, area: inner)
        if figures.candidates.isEmpty {
            empty(context.missingFigures(.noCandidates), context, into: &buffer, area: inner.splitTop(2).rest)
        }
    }

    /// A case's row: `!2 Палецкая СОШ  в работе  █░░ 1/4`.
    private static func caseRow(_ supportCase: SupportCase, asOf: Day, wide: Bool, planWidth: Int, _ context: ScreenContext) -> [Line] {
        let index = context.model.index
        let school = index.organisation(supportCase.organisationId)
        let overdue = supportCase.overdueSteps(on: asOf)
        var row = [Line(overdue > 0 ? "!\(overdue)" : "", style: context.style(.danger).adding(.bold)),
                   Line(school.map { OrganisationShortName.of($0.name) } ?? supportCase.organisationId.rawValue)]
        if wide {
            row.append(Line(school.flatMap { index.municipality($0.municipalityId)?.name } ?? "", style: context.style(.muted)))
        }
        row.append(Line(SupportStatusText.name(supportCase.status, context.language),
                        style: supportCase.status.isOpen ? context.style(.text) : context.style(.muted)))
        row.append(PlanGauge.line(supportCase, width: planWidth, context))
        return row
    }

    private static func candidateRow(_ candidate: SupportCandidate, _ context: ScreenContext) -> [Line] {
        let name = context.model.index.organisation(candidate.organisation).map { OrganisationShortName.of($0.name) }
            ?? candidate.organisation.rawValue
        return [Line(name), Line(NumberText.fixed(candidate.riskScore, digits: 2, context.language), style: context.style(.warning)),
                Line(candidate.reasons.first.map { SupportReasonText.short($0, context) } ?? "", style: context.style(.muted))]
    }

    private static func empty(_ line: Line, _ context: ScreenContext, into buffer: inout Buffer, area: Rect) {
        Paragraph([line], style: context.style(.text), wrap: true).render(into: &buffer, area: area.inset(horizontal: 1, vertical: 0))
    }
}
