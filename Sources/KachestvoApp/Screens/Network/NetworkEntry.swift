import KachestvoCore

/// What the entry keys mean on the Network screen's selection: `e` and `d` the selected
/// organisation, `r` its results for the year on show, `a` a new school under the selected УМЦ
/// (or the selected school's УМЦ) — in the administrative view, in the selected municipality.
enum NetworkEntry {
    static func request(_ command: CommandID, _ state: NetworkState, _ context: ScreenContext) -> EntryRequest? {
        let dataset = context.model.dataset
        let selected: Organisation? = state.focusedKey.flatMap {
            guard case .organisation(let id) = $0 else { return nil }
            return context.model.index.organisation(id)
        }
        switch command {
        case .editRecord: return selected.map { .edit($0.id) }
        case .deleteRecord: return selected.map { .delete($0.id) }
        case .editResults, .editFinancing:
            guard let school = selected else { return nil }
            return command == .editResults ? .results(school.id, year: context.year) : .financing(school.id, year: context.year)
        case .addRecord:
            if state.view == .administrative {
                let municipality: Identifier<Municipality>? = state.selection.reversed().lazy.compactMap {
                    if case .municipality(let id) = $0 { return id }
                    return nil
                }.first ?? selected?.municipalityId
                return .add(centre: selected?.centreId, municipality: municipality)
            }
            let centre = selected.map { $0.role == .methodologicalCentre ? $0.id : $0.centreId } ?? nil
            let municipality = (centre.flatMap { context.model.index.organisation($0) } ?? selected)?.municipalityId
            return .add(centre: centre, municipality: municipality ?? dataset.municipalities.first?.id)
        default: return nil
        }
    }
}
