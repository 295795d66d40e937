import KachestvoCore
import TerminalKit

/// The Support screen's filter: stepping a field through its values, the words for each field and
/// value, and the bar on top that shows every field — the one `x` changes in [brackets] — with the
/// day the data stands at on the right.
enum SupportFilterBar {
    /// Moves `field` of the filter `delta` values on (through «all» and back round).
    static func step(_ filter: inout SupportCaseFilter, _ field: SupportState.FilterField, by delta: Int,
                     choices: SupportFilterChoices) {
        func stepped<T: Equatable>(_ current: T?, _ values: [T]) -> T? {
            let all: [T?] = [nil] + values.map { $0 }
            let at = all.firstIndex { $0 == current } ?? 0
            return all[((at + delta) % all.count + all.count) % all.count]
        }
        switch field {
        case .status:
            let all = SupportCaseFilter.StatusChoice.all
            let at = all.firstIndex(of: filter.status) ?? 0
            filter.status = all[((at + delta) % all.count + all.count) % all.count]
        case .curator: filter.curator = stepped(filter.curator, choices.curators)
        case .centre: filter.centre = stepped(filter.centre, choices.centres)
        case .municipality: filter.municipality = stepped(filter.municipality, choices.municipalities)
        }
    }

    static func label(_ field: SupportState.FilterField) -> UIText {
        switch field {
        case .status: .filterStatus
        case .curator: .filterCurator
        case .centre: .filterCentre
        case .municipality: .filterMunicipality
        }
    }

    /// The field's value in words; organisations by their short names.
    static func value(_ field: SupportState.FilterField, _ filter: SupportCaseFilter, _ context: ScreenContext) -> String {
        let index = context.model.index
        func organisation(_ id: Identifier<Organisation>?) -> String {
            id.map { id in index.organisation(id).map { OrganisationShortName.of($0.name) } ?? id.rawValue } ?? context.text(.filterAny)
        }
        switch field {
        case .status:
            switch filter.status {
            case .any: return context.text(.filterAny)
            case .open: return context.text(.filterOpen)
            case .only(let status): return SupportStatusText.name(status, context.language)
            }
        case .curator: return organisation(filter.curator)
        case .centre: return organisation(filter.centre)
        case .municipality:
            return filter.municipality.map { id in index.municipality(id)?.name ?? id.rawValue } ?? context.text(.filterAny)
        }
    }

    /// The filter in words, only its set fields: «Статус: в работе, МР/ГО: Баганский».
    static func summary(_ filter: SupportCaseFilter, _ context: ScreenContext) -> String {
        var parts = SupportState.FilterField.allCases.filter { value($0, filter, context) != value($0, SupportCaseFilter(), context) }
            .map { "\(context.text(label($0))): \(value($0, filter, context))" }
        if filter.overdueOnly { parts.append(context.text(.filterOverdueOnly)) }
        return parts.joined(separator: ", ")
    }

    static func render(_ state: SupportState, _ context: ScreenContext, into buffer: inout Buffer, area: Rect) {
        buffer.fill(area, with: Cell(style: context.style(.background)))
        let measure = buffer.textWidth
        var right: [Span] = []
        if let day = state.figures.asOf {
            right = [Span("\(context.text(.supportAsOf)) ", style: context.style(.muted)), Span(day.dotted + " ", style: context.style(.accent))]
        }
        let rightWidth = min(area.width, Line(right).width(using: measure))
        buffer.write(Line(right), x: area.maxX - rightWidth, y: area.y, maxWidth: rightWidth)
        let room = max(0, area.width - rightWidth - 2)
        let fields = SupportState.FilterField.allCases
        // Each value gets an equal share of what the labels leave; the chosen field is never cut shorter than the rest.
        let labels = fields.map { context.text(label($0)) + ": " }
        let overdue = state.filter.overdueOnly ? "  ! " + context.text(.filterOverdueOnly) : ""
        let fixed = labels.reduce(0) { $0 + measure.width(of: $1) } + 2 * (fields.count - 1) + 2 + measure.width(of: overdue)
        let share = max(3, (room - fixed) / fields.count)
        var spans: [Span] = []
        for (field, fieldLabel) in zip(fields, labels) {
            let chosen = field == state.field
            if !spans.isEmpty { spans.append(Span("  ")) }
            spans.append(Span(chosen ? "[" : "", style: context.style(.accent).adding(.bold)))
            spans.append(Span(fieldLabel, style: context.style(.muted)))
            let text = value(field, state.filter, context)
            let isSet = text != value(field, SupportCaseFilter(), context)
            spans.append(Span(measure.clipped(text, to: share), style: isSet ? context.style(.accent).adding(.bold) : context.style(.text)))
            spans.append(Span(chosen ? "]" : "", style: context.style(.accent).adding(.bold)))
        }
        if !overdue.isEmpty { spans.append(Span(overdue, style: context.style(.danger).adding(.bold))) }
        buffer.write(Line(spans), x: area.x + 1, y: area.y, maxWidth: room, overflow: .ellipsis)
    }
}
