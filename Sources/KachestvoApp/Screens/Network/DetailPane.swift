import Bilingual
import KachestvoCore
import TerminalKit

/// The text of the Network detail pane for the selected node: who it is, its exam figures for the
/// year, its flags with reasons, its funding and its open support cases. Width-aware: wider panes
/// get more columns and a trend over the years.
enum DetailPane {
    static func lines(for node: Int, _ state: NetworkState, _ context: ScreenContext, width: Int) -> [Line] {
        let index = context.model.index
        let tree = index.hierarchy(state.view)
        var lines: [Line] = [Line(NodeLabel.name(node, state, context), style: context.style(.title))]
        if case .organisation(let org) = tree.nodes[node] {
            lines += identity(of: index.dataset.organisations[org], context)
        }
        if !tree.children[node].isEmpty {
            let view = state.view
            let slot = index.yearIndex[context.year] ?? 0
            let flagged = context.model.totals.flagged(node: node, view: view, yearSlot: slot)
            lines.append(Line([
                Span("\(context.text(.organisations)): ", style: context.style(.muted)),
                Span(NumberText.grouped(context.model.totals.organisations(node: node, view: view), context.language)),
                Span(" · \(context.text(.pupils)): ", style: context.style(.muted)),
                Span(NumberText.grouped(context.model.totals.pupils(node: node, view: view), context.language)),
                // «⚑17» with no space, like the badge in the rows: word wrap never parts the flag from its count.
                Span(" · ⚑", style: context.style(.muted)),
                Span(NumberText.grouped(flagged, context.language), style: flagged > 0 ? context.style(.danger) : context.style(.text)),
            ]))
        }
        lines.append("")
        lines += ExamTableLines.lines(for: node, state, context, width: width)
        if case .organisation(let org) = tree.nodes[node] {
            lines += flagLines(org, context, width: width)
            lines += financingLines(org, context)
            lines += supportLines(org, context, width: width)
        }
        return lines
    }

    private static func identity(of org: Organisation, _ context: ScreenContext) -> [Line] {
        let index = context.model.index
        var description = "\(org.legalForm.abbreviation) · \(org.kind.abbreviation)"
        if !org.role.abbreviation.isEmpty { description += " · \(org.role.abbreviation)" }
        if org.small { description += " · " + context.text(.smallSchool) }
        let municipality = index.municipality(org.municipalityId)?.name ?? org.municipalityId.rawValue
        // An urban district is its own settlement: «г. Искитим», not «г. Искитим, г. Искитим».
        let place = org.settlement.isEmpty || org.settlement == municipality ? municipality : "\(municipality), \(org.settlement)"
        var lines = [
            Line(description, style: context.style(.accent)),
            labelled(.municipality, place, context),
            Line([Span("\(context.text(.pupils)): ", style: context.style(.muted)),
                  Span(NumberText.grouped(org.pupils, context.language)),
                  Span(" · \(context.text(.teachers)): ", style: context.style(.muted)),
                  Span(NumberText.grouped(org.teachers, context.language))]),
        ]
        var chain: [String] = []
        var centre = org.centreId
        while let id = centre, let found = index.organisation(id), chain.count < 3 {
            chain.append("\(found.role.abbreviation) \(found.name)")
            centre = found.centreId
        }
        if !chain.isEmpty { lines.append(labelled(.centre, chain.joined(separator: " → "), context)) }
        return lines
    }

    private static func labelled(_ label: UIText, _ value: String, _ context: ScreenContext) -> Line {
        Line([Span("\(context.text(label)): ", style: context.style(.muted)), Span(value)])
    }

    private static func section(_ title: UIText, _ context: ScreenContext) -> Line {
        Line(context.text(title), style: context.style(.header))
    }

    private static func flagLines(_ org: Int, _ context: ScreenContext, width: Int) -> [Line] {
        let findings = context.model.index.flags(organisation: org, year: context.year)
        var lines: [Line] = ["", section(.flagsTitle, context)]
        if findings.isEmpty { lines.append(context.missingFigures(.noFlags)) }
        return lines + FlagLines.lines(findings, context, width: width)
    }

    private static func financingLines(_ org: Int, _ context: ScreenContext) -> [Line] {
        var lines: [Line] = ["", section(.financingTitle, context)]
        guard let financing = context.model.index.financing(organisation: org, year: context.year) else {
            return lines + [context.missingFigures(.noFinancing)]
        }
        let normative = NumberText.grouped(Int(financing.normative.rounded()), context.language)
        lines.append(Line([
            Span("\(context.text(.normative)) ", style: context.style(.muted)), Span("\(normative) ₽"),
            Span(" \(context.text(.perPupilYear))", style: context.style(.muted)),
            Span(" · \(context.text(.coefficient)) ", style: context.style(.muted)),
            Span(NumberText.fixed(financing.coefficient, digits: 2, context.language),
                 style: financing.raised ? context.style(.warning).adding(.bold) : nil),
        ]))
        if financing.raised { lines.append(Line("  " + context.text(.raisedCoefficient), style: context.style(.warning))) }
        return lines
    }

    private static func supportLines(_ org: Int, _ context: ScreenContext, width: Int) -> [Line] {
        let cases = context.model.index.supportCases(organisation: org).filter(\.status.isOpen)
        var lines: [Line] = ["", section(.supportTitle, context)]
        if cases.isEmpty { lines.append(context.missingFigures(.noSupport)) }
        for supportCase in cases {
            let curator = context.model.index.organisation(supportCase.curatorId)?.name ?? supportCase.curatorId.rawValue
            let done = supportCase.plan.filter(\.done).count
            lines.append(Line([Span("● ", style: context.style(.warning)),
                               Span(SupportStatusText.name(supportCase.status, context.language), style: context.style(.text).adding(.bold)),
                               Span(" · \(context.text(.opened)) \(supportCase.opened.dotted) · \(context.text(.planProgress)) \(done)/\(supportCase.plan.count)",
                                    style: context.style(.muted))]))
            lines.append(Line([Span("  \(context.text(.curator)): ", style: context.style(.muted)), Span(curator)]))
            for reason in supportCase.reasons {
                lines += HangingIndent.lines(prefix: [Span("  · ", style: context.style(.muted))], body: [Span(reason)], width: width,
                                             measure: context.textWidth)
            }
        }
        return lines
    }
}
