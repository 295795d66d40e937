import KachestvoCore
import TerminalKit

/// The Support screen's filter: stepping a field through its values, the words for each field and
/// value, and the bar on top that shows every field — the one `x` changes in [brackets] — with the
/// day the data stands at on the right; a field left at «all» may show its label alone where the
/// bar is crowded.
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
        // On the right: «на 01.03.2019», or with overdue only «! просроченные на 01.03.2019».
        var right: [Span] = []
        if state.filter.overdueOnly {
            right.append(Span("! \(context.text(.filterOverdue)) ", style: context.style(.danger).adding(.bold)))
        }
        if let day = state.figures.asOf {
            right += [Span("\(context.text(.supportAsOf)) ", style: context.style(.muted)), Span(day.dotted + " ", style: context.style(.accent))]
        }
        let rightWidth = min(area.width, Line(right).width(using: buffer.textWidth))
        buffer.write(Line(right), x: area.maxX - rightWidth, y: area.y, maxWidth: rightWidth)
        let room = max(0, area.width - rightWidth - 2)
        buffer.write(fieldsLine(state, context, room: room), x: area.x + 1, y: area.y, maxWidth: room, overflow: .ellipsis)
    }

    /// Every field as «Label: value», the chosen one in [brackets], two spaces apart. Where that is too
    /// wide, fields left at «all» (but the chosen one) show their label alone, then the longest values
    /// are cut to the same width until the line fits.
    private static func fieldsLine(_ state: SupportState, _ context: ScreenContext, room: Int) -> Line {
        let measure = context.textWidth
        let fields = SupportState.FilterField.allCases
        let values = fields.map { value($0, state.filter, context) }
        let isSet = fields.map { value($0, state.filter, context) != value($0, SupportCaseFilter(), context) }
        func width(_ line: Line) -> Int { line.width(using: measure) }
        func line(compact: Bool, valueWidth: Int) -> Line {
            var spans: [Span] = []
            for (number, field) in fields.enumerated() {
                let chosen = field == state.field
                if !spans.isEmpty { spans.append(Span("  ")) }
                if chosen { spans.append(Span("[", style: context.style(.accent).adding(.bold))) }
                if compact, !chosen, !isSet[number] {
                    spans.append(Span(context.text(label(field)), style: context.style(.muted)))
                    continue
                }
                spans.append(Span(context.text(label(field)) + ": ", style: context.style(.muted)))
                spans.append(Span(measure.clipped(values[number], to: valueWidth),
                                  style: isSet[number] ? context.style(.accent).adding(.bold) : context.style(.text)))
                if chosen { spans.append(Span("]", style: context.style(.accent).adding(.bold))) }
            }
            return Line(spans)
        }
        let widest = values.map { measure.width(of: $0) }.max() ?? 0
        let full = line(compact: false, valueWidth: widest)
        guard width(full) > room else { return full }
        var cap = widest
        var compact = line(compact: true, valueWidth: cap)
        while width(compact) > room, cap > 3 {
            cap -= 1
            compact = line(compact: true, valueWidth: cap)
        }
        return compact
    }
}
