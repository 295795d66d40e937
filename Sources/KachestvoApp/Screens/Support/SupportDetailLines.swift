import Bilingual
import KachestvoCore
import TerminalKit

/// The text of the Support detail pane: for a case — the school, status, curator, plan progress,
/// reasons, risk factors with levels and weights, the plan's steps with dates and marks, and the
/// history; for a candidate — the school, its NEEDS_SUPPORT reasons, risk factors and past cases;
/// for a Σ row — the list in numbers.
enum SupportDetailLines {
    static func lines(_ state: SupportState, _ context: ScreenContext, width: Int) -> [Line] {
        caseText(state, context, width: width)?.lines ?? otherLines(state, context, width: width)
    }

    /// The row the selected step starts on and the rows in all (as the pane wraps them), when a case
    /// with steps is described.
    static func selectedStepRow(_ state: SupportState, _ context: ScreenContext, width: Int) -> (row: Int, rows: Int)? {
        guard let text = caseText(state, context, width: width), let step = SupportNavigator.selectedStep(state, context)?.index else {
            return nil
        }
        func rows(_ lines: ArraySlice<Line>) -> Int { Paragraph(Array(lines), wrap: true).rowCount(width: width, measure: context.textWidth) }
        return (rows(text.lines[..<text.stepRows[step]]), rows(text.lines[...]))
    }

    /// The described case's lines and where each step starts; nil when no case is described.
    private static func caseText(_ state: SupportState, _ context: ScreenContext, width: Int) -> (lines: [Line], stepRows: [Int])? {
        guard state.described != .candidates, case .entry(let id) = state.caseRow, let asOf = state.figures.asOf,
              let supportCase = context.model.dataset.supportCases.first(where: { $0.id == id }) else { return nil }
        let selected = state.focus == .detail ? SupportNavigator.selectedStep(state, context)?.index : nil
        return caseLines(supportCase, asOf: asOf, selected: selected, context, width: width)
    }

    private static func otherLines(_ state: SupportState, _ context: ScreenContext, width: Int) -> [Line] {
        if state.described == .candidates {
            guard case .entry(let id) = state.candidateRow,
                  let candidate = state.figures.candidates.first(where: { $0.organisation == id }) else {
                return candidatesSummary(state, context)
            }
            return candidateLines(candidate, context, width: width)
        }
        return casesSummary(state, context)
    }

    // MARK: A case

    /// The case's lines; the `selected` step marked `▸` in the selection's style.
    private static func caseLines(_ supportCase: SupportCase, asOf: Day, selected: Int?, _ context: ScreenContext,
                                  width: Int) -> (lines: [Line], stepRows: [Int]) {
        let index = context.model.index
        var lines = identity(supportCase.organisationId, context)
        var status = labelled(.supportStatus, SupportStatusText.name(supportCase.status, context.language), context)
            + [Span(" · \(context.text(.opened)) \(supportCase.opened.dotted)", style: context.style(.muted))]
        if let closed = supportCase.closed { status.append(Span(" → \(closed.dotted)", style: context.style(.muted))) }
        lines.append(Line(status))
        let curator = index.organisation(supportCase.curatorId)
        let curatorName = curator.map { [$0.role.abbreviation, $0.name].filter { !$0.isEmpty }.joined(separator: " ") }
            ?? supportCase.curatorId.rawValue
        lines += wrapped([Span("\(context.text(.filterCurator)): ", style: context.style(.muted))], [Span(curatorName)], context, width: width)
        let overdue = supportCase.overdueSteps(on: asOf)
        let label = Span("\(context.text(.supportPlan)): ", style: context.style(.muted))
        let overdueSpans = overdue == 0 ? [] : [Span(" · ", style: context.style(.muted)),
                                               Span("! \(context.text(.supportOverdue)) \(overdue)", style: context.style(.danger).adding(.bold))]
        // The gauge takes what the label and the overdue count leave, so the line does not wrap.
        let room = width - Line([label] + overdueSpans).width(using: context.textWidth)
        lines.append(Line([label] + PlanGauge.line(supportCase, width: min(16, max(8, room)), context).spans + overdueSpans))
        lines += ["", section(.supportPlan, context)]
        var stepRows: [Int] = []
        for (index, step) in supportCase.plan.enumerated() {
            let mark = step.done ? Span("✓ ", style: context.style(.success))
                : supportCase.isOverdue(step, on: asOf) ? Span("! ", style: context.style(.danger).adding(.bold))
                : Span("· ", style: context.style(.muted))
            let isSelected = index == selected
            let titleStyle = isSelected ? context.style(.selection) : supportCase.isOverdue(step, on: asOf) ? context.style(.danger) : nil
            stepRows.append(lines.count)
            lines += wrapped([isSelected ? Span("▸", style: context.style(.selection)) : Span(" "), mark,
                              Span(step.due.dotted + " ", style: context.style(.muted))],
                             [Span(step.title, style: titleStyle)], context, width: width)
        }
        lines += ["", section(.supportReasons, context)]
        for reason in supportCase.reasons { lines += bullet([Span(reason)], context, width: width) }
        lines += riskLines(supportCase.organisationId, context, width: width)
        lines += ["", section(.supportHistory, context)] + history(supportCase, context, width: width)
        return (lines, stepRows)
    }

    /// What the case's dates tell: opened, each step done (on the day it was marked, else by its due
    /// date), closed or cancelled.
    private static func history(_ supportCase: SupportCase, _ context: ScreenContext, width: Int) -> [Line] {
        var events: [(Day, String)] = [(supportCase.opened, context.text(.supportCaseOpened))]
        events += supportCase.plan.filter(\.done).map { ($0.doneOn ?? $0.due, "\(context.text(.supportStepDone)): \($0.title)") }
        if let closed = supportCase.closed {
            events.append((closed, context.text(supportCase.status == .cancelled ? .supportCaseCancelled : .supportCaseClosed)))
        }
        return events.sorted { $0.0 < $1.0 }.flatMap { day, text in
            wrapped([Span(" \(day.dotted) ", style: context.style(.muted))], [Span(text)], context, width: width)
        }
    }

    // MARK: A candidate

    private static func candidateLines(_ candidate: SupportCandidate, _ context: ScreenContext, width: Int) -> [Line] {
        let index = context.model.index
        var lines = identity(candidate.organisation, context)
        lines.append(Line([Span("\(context.text(.supportRiskTotal)) ", style: context.style(.muted)),
                           Span(NumberText.fixed(candidate.riskScore, digits: 2, context.language), style: context.style(.warning).adding(.bold)),
                           Span(" · \(AcademicYear(year: context.year).label)", style: context.style(.muted))]))
        lines += ["", Line([Span("⚑ ", style: context.style(.danger)),
                            Span(Flag.needsSupport.title.text(context.language), style: context.style(.danger).adding(.bold)),
                            Span(" \(Flag.needsSupport.rawValue)", style: context.style(.muted))])]
        for reason in candidate.reasons {
            lines += bullet([Span(FlagReasonText.text(reason, context.language, index: index))], context, width: width)
        }
        lines += riskLines(candidate.organisation, context, width: width)
        let past = index.organisationIndex[candidate.organisation].map { index.supportCases(organisation: $0) } ?? []
        if !past.isEmpty {
            lines += ["", section(.supportHistory, context)]
            for supportCase in past {
                let dates = supportCase.opened.dotted + (supportCase.closed.map { " → \($0.dotted)" } ?? "")
                lines.append(Line([Span(" \(dates) ", style: context.style(.muted)),
                                   Span(SupportStatusText.name(supportCase.status, context.language))]))
            }
        }
        return lines
    }

    // MARK: The Σ rows

    private static func casesSummary(_ state: SupportState, _ context: ScreenContext) -> [Line] {
        let dataset = context.model.dataset
        let cases = state.figures.cases.map { dataset.supportCases[$0] }
        let filter = SupportFilterBar.summary(state.filter, context)
        var lines = [Line(context.text(.supportCases), style: context.style(.title)),
                     Line([Span("\(context.text(.filterChanged)): ", style: context.style(.muted)),
                           Span(filter.isEmpty ? context.text(.filterAny) : filter)]),
                     "", section(.supportCasesByStatus, context)]
        if cases.isEmpty { lines.append(context.missingFigures(state.figures.asOf == nil ? .supportNoCases : .noCasesMatch)) }
        for status in SupportCase.Status.allCases {
            let count = cases.count { $0.status == status }
            guard count > 0 else { continue }
            lines.append(Line([Span(" · \(SupportStatusText.name(status, context.language)) ", style: context.style(.muted)),
                               Span(NumberText.grouped(count, context.language))]))
        }
        if let asOf = state.figures.asOf {
            let overdue = cases.map { $0.overdueSteps(on: asOf) }
            lines += ["", Line([Span("! ", style: context.style(.danger).adding(.bold)),
                                Span("\(context.text(.supportOverdueCases)): ", style: context.style(.muted)),
                                Span(NumberText.grouped(overdue.count { $0 > 0 }, context.language), style: context.style(.danger).adding(.bold)),
                                Span(" (\(context.text(.supportSteps)): \(NumberText.grouped(overdue.reduce(0, +), context.language)))",
                                     style: context.style(.muted))])]
        }
        return lines
    }

    private static func candidatesSummary(_ state: SupportState, _ context: ScreenContext) -> [Line] {
        let scores = state.figures.candidates.map(\.riskScore)
        var lines = [Line(context.text(.supportCandidates), style: context.style(.title)),
                     Line(AcademicYear(year: context.year).label, style: context.style(.accent)), "",
                     Line([Span("\(context.text(.organisations)): ", style: context.style(.muted)),
                           Span(NumberText.grouped(scores.count, context.language))])]
        if let low = scores.min(), let high = scores.max() {
            lines.append(Line([Span("\(context.text(.supportCandidateRange)): ", style: context.style(.muted)),
                               Span("\(NumberText.fixed(low, digits: 2, context.language))–\(NumberText.fixed(high, digits: 2, context.language))")]))
        }
        return lines
    }

    // MARK: Shared parts

    /// The school's full name, its municipality and the centres above it (УМЦ → КЦ).
    private static func identity(_ id: Identifier<Organisation>, _ context: ScreenContext) -> [Line] {
        let index = context.model.index
        guard let school = index.organisation(id) else { return [Line(id.rawValue, style: context.style(.title))] }
        let centres = index.centres(above: school).compactMap(index.organisation)
            .map { "\($0.role.abbreviation) \(OrganisationShortName.of($0.name))" }
        let place = index.municipality(school.municipalityId)?.name ?? school.municipalityId.rawValue
        return [Line(school.name, style: context.style(.title)), Line(place, style: context.style(.accent))]
            + (centres.isEmpty ? [] : [Line(centres.joined(separator: " → "), style: context.style(.accent))])
    }

    /// The risk score of the year, part by part: «дефицит педагогов: 55% × 0,15 = 0,08».
    private static func riskLines(_ id: Identifier<Organisation>, _ context: ScreenContext, width: Int) -> [Line] {
        let index = context.model.index
        var lines: [Line] = ["", Line([Span(context.text(.supportRiskFactors), style: context.style(.header)),
                                       Span(" \(AcademicYear(year: context.year).label)", style: context.style(.muted))])]
        guard let org = index.organisationIndex[id], let risk = index.riskBreakdown(organisation: org, year: context.year) else {
            return lines + [context.missingFigures(.supportNoRisk)]
        }
        func number(_ value: Double) -> String { NumberText.fixed(value, digits: 2, context.language) }
        lines.append(Line([Span(" \(context.text(.supportRiskTotal)) ", style: context.style(.muted)),
                           Span(number(risk.total), style: risk.exceedsThreshold ? context.style(.warning).adding(.bold) : context.style(.text)),
                           Span(" (\(context.text(.supportThreshold)) \(number(risk.threshold)))", style: context.style(.muted))]))
        for part in (risk.factors + [risk.lowResults]).sorted(by: { $0.contribution > $1.contribution }) {
            let name = part.factor.map { SupportReasonText.factorName($0, context.language) }
                ?? context.text(.supportLowResults) + (risk.standardisedScore.map { " (\(number($0)))" } ?? "")
            lines += bullet([Span("\(name): "),
                             Span("\(NumberText.percent(part.level, context.language)) × \(number(part.weight)) = ", style: context.style(.muted)),
                             Span(number(part.contribution), style: part.contribution > 0 ? context.style(.text).adding(.bold) : context.style(.muted))],
                            context, width: width)
        }
        return lines
    }

    private static func section(_ title: UIText, _ context: ScreenContext) -> Line {
        Line(context.text(title), style: context.style(.header))
    }

    private static func labelled(_ label: UIText, _ value: String, _ context: ScreenContext) -> [Span] {
        [Span("\(context.text(label)): ", style: context.style(.muted)), Span(value, style: context.style(.text).adding(.bold))]
    }

    private static func bullet(_ body: [Span], _ context: ScreenContext, width: Int) -> [Line] {
        wrapped([Span(" · ", style: context.style(.muted))], body, context, width: width)
    }

    private static func wrapped(_ prefix: [Span], _ body: [Span], _ context: ScreenContext, width: Int) -> [Line] {
        HangingIndent.lines(prefix: prefix, body: body, width: width, measure: context.textWidth)
    }
}
