import Bilingual
import KachestvoCore
import TerminalKit

/// The lines of the selected organisation's pane: name, municipality, coefficient and normative,
/// result index and percentile, its quadrant, and its flags with their reasons — the funding flags
/// as the thresholds on screen decide them.
enum FundingDetail {
    static func lines(_ state: FundingState, _ context: ScreenContext, width: Int) -> [Line] {
        guard let place = state.selectedPoint else { return [] }
        let index = context.model.index, language = context.language
        let point = state.figures.points[place], financing = point.financing
        let organisation = index.dataset.organisations[point.organisation]
        let muted = context.style(.muted)
        var lines: [Line] = [
            Line(organisation.name, style: context.style(.title)),
            Line(index.municipality(organisation.municipalityId)?.name ?? organisation.municipalityId.rawValue, style: context.style(.accent)),
            Line([Span("\(context.text(.coefficient)) ", style: muted),
                  Span(NumberText.fixed(financing.coefficient, digits: 2, language),
                       style: financing.raised ? context.style(.warning).adding(.bold) : context.style(.text)),
                  Span(financing.raised ? " · \(context.text(.fundingRaisedMark))" : "", style: context.style(.warning))]),
            Line([Span("\(context.text(.normative)) ", style: muted),
                  Span("\(NumberText.grouped(Int(financing.normative.rounded()), language)) ₽"),
                  Span(" \(context.text(.perPupilYear))", style: muted)]),
            Line([Span("\(context.text(.fundingResultIndex)) ", style: muted),
                  Span(NumberText.fixed(point.score, digits: 2, language)),
                  Span(" · \(context.text(.fundingPercentileWord)) ", style: muted),
                  Span(NumberText.percent(point.percentile, language))]),
            Line([Span("\(context.text(.fundingQuadrant)): ", style: muted),
                  Span(context.text(FundingPlot.label(of: state.figures.quadrants[place])),
                       style: FundingPlot.style(of: state.figures.quadrants[place], context))]),
            "",
        ]
        let funding: Set<Flag> = [.fundedNoEffect, .effectiveNoFunding]
        let findings = index.flags(organisation: point.organisation, year: context.year).filter { !funding.contains($0.flag) }
            + [point.finding(state.thresholds(context))].compactMap { $0 }
        if findings.isEmpty { lines.append(Line(context.text(.noFlags), style: muted)) }
        lines += FlagLines.lines(findings.sorted { $0.flag < $1.flag }, context, width: width, codes: width >= 40)
        return lines
    }
}
