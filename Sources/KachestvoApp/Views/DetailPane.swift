import Bilingual
import KachestvoCore
import TerminalKit

/// The text of the Network detail pane for the selected node: who it is, its exam figures for the
/// year, its flags with reasons, its funding and its open support cases. Width-aware: wider panes
/// get more columns and a trend over the years.
enum DetailPane {
    static func lines(for node: Int, _ state: AppState, width: Int) -> [Line] {
        let index = state.model.index
        let tree = index.hierarchy(state.network.view)
        var lines: [Line] = [Line(NodeLabel.name(node, state), style: state.style(.title))]
        if case .organisation(let org) = tree.nodes[node] {
            lines += identity(of: index.dataset.organisations[org], state)
        }
        if !tree.children[node].isEmpty {
            let view = state.network.view
            let slot = index.yearIndex[state.year] ?? 0
            let flagged = state.model.totals.flagged(node: node, view: view, yearSlot: slot)
            lines.append(Line([
                Span("\(state.text(.organisations)): ", style: state.style(.muted)),
                Span(NumberText.grouped(state.model.totals.organisations(node: node, view: view), state.language)),
                Span(" · \(state.text(.pupils)): ", style: state.style(.muted)),
                Span(NumberText.grouped(state.model.totals.pupils(node: node, view: view), state.language)),
                Span(" · ⚑ ", style: state.style(.muted)),
                Span("\(flagged)", style: flagged > 0 ? state.style(.danger) : state.style(.text)),
            ]))
        }
        lines.append("")
        lines += ExamTableLines.lines(for: node, state, width: width)
        if case .organisation(let org) = tree.nodes[node] {
            lines += flagLines(org, state, width: width)
            lines += financingLines(org, state)
            lines += supportLines(org, state, width: width)
        }
        return lines
    }

    private static func identity(of org: Organisation, _ state: AppState) -> [Line] {
        let index = state.model.index
        var description = "\(org.legalForm.abbreviation) · \(org.kind.abbreviation)"
        if !org.role.abbreviation.isEmpty { description += " · \(org.role.abbreviation)" }
        if org.small { description += " · \(state.text(.smallSchool))" }
        let municipality = index.municipality(org.municipalityId)?.name ?? org.municipalityId.rawValue
        var lines = [
            Line(description, style: state.style(.accent)),
            labelled(.municipality, "\(municipality), \(org.settlement)", state),
            Line([Span("\(state.text(.pupils)): ", style: state.style(.muted)), Span("\(org.pupils)"),
                  Span(" · \(state.text(.teachers)): ", style: state.style(.muted)), Span("\(org.teachers)")]),
        ]
        var chain: [String] = []
        var centre = org.centreId
        while let id = centre, let found = index.organisation(id), chain.count < 3 {
            chain.append("\(found.role.abbreviation) \(found.name)")
            centre = found.centreId
        }
        if !chain.isEmpty { lines.append(labelled(.centre, chain.joined(separator: " → "), state)) }
        return lines
    }

    private static func labelled(_ label: UIText, _ value: String, _ state: AppState) -> Line {
        Line([Span("\(state.text(label)): ", style: state.style(.muted)), Span(value)])
    }

    private static func section(_ title: UIText, _ state: AppState) -> Line {
        Line(state.text(title), style: state.style(.header))
    }

    private static func flagLines(_ org: Int, _ state: AppState, width: Int) -> [Line] {
        let findings = state.model.index.flags(organisation: org, year: state.year)
        var lines: [Line] = ["", section(.flagsTitle, state)]
        if findings.isEmpty { lines.append(Line(state.text(.noFlags), style: state.style(.muted))) }
        for finding in findings {
            let style = finding.flag.isPositive ? state.style(.success) : state.style(.danger)
            lines.append(Line([Span(finding.flag.isPositive ? "★ " : "⚑ ", style: style),
                               Span(finding.flag.title.text(state.language), style: style.adding(.bold)),
                               Span(" \(finding.flag.rawValue)", style: state.style(.muted))]))
            for reason in finding.reasons {
                lines += HangingIndent.lines(prefix: [Span("  · ", style: state.style(.muted))],
                                             body: [Span(FlagReasonText.text(reason, state.language, index: state.model.index))],
                                             width: width)
            }
        }
        return lines
    }

    private static func financingLines(_ org: Int, _ state: AppState) -> [Line] {
        var lines: [Line] = ["", section(.financingTitle, state)]
        guard let financing = state.model.index.financing(organisation: org, year: state.year) else {
            return lines + [Line(state.text(.noFinancing), style: state.style(.muted))]
        }
        let normative = NumberText.grouped(Int(financing.normative.rounded()), state.language)
        lines.append(Line([
            Span("\(state.text(.normative)) ", style: state.style(.muted)), Span("\(normative) ₽"),
            Span(" · \(state.text(.coefficient)) ", style: state.style(.muted)),
            Span(NumberText.fixed(financing.coefficient, digits: 2, state.language),
                 style: financing.raised ? state.style(.warning).adding(.bold) : nil),
        ]))
        if financing.raised { lines.append(Line("  " + state.text(.raisedCoefficient), style: state.style(.warning))) }
        return lines
    }

    private static func supportLines(_ org: Int, _ state: AppState, width: Int) -> [Line] {
        let cases = state.model.index.supportCases(organisation: org).filter(\.status.isOpen)
        var lines: [Line] = ["", section(.supportTitle, state)]
        if cases.isEmpty { lines.append(Line(state.text(.noSupport), style: state.style(.muted))) }
        for supportCase in cases {
            let curator = state.model.index.organisation(supportCase.curatorId)?.name ?? supportCase.curatorId.rawValue
            let done = supportCase.plan.filter(\.done).count
            lines.append(Line([Span("● ", style: state.style(.warning)),
                               Span(SupportStatusText.name(supportCase.status, state.language), style: state.style(.text).adding(.bold)),
                               Span(" · \(state.text(.opened)) \(supportCase.opened.dotted) · \(state.text(.planProgress)) \(done)/\(supportCase.plan.count)",
                                    style: state.style(.muted))]))
            lines.append(Line([Span("  \(state.text(.curator)): ", style: state.style(.muted)), Span(curator)]))
            for reason in supportCase.reasons {
                lines += HangingIndent.lines(prefix: [Span("  · ", style: state.style(.muted))], body: [Span(reason)], width: width)
            }
        }
        return lines
    }
}

/// Names of support-case statuses in each language.
enum SupportStatusText {
    static func name(_ status: SupportCase.Status, _ language: Language) -> String {
        BilingualText(ru: status.russianName, en: englishName(status)).text(language)
    }

    private static func englishName(_ status: SupportCase.Status) -> String {
        switch status {
        case .proposed: "proposed"
        case .active: "active"
        case .monitoring: "monitoring"
        case .closed: "closed"
        case .cancelled: "cancelled"
        }
    }
}
