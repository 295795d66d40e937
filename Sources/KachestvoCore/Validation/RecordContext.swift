/// A record with just the part of its dataset it refers to — its organisation, subject, centre,
/// municipality, meeting, the academic years — as a dataset of its own, with the record first in its
/// array. `FieldRules` validates that small dataset with `DatasetValidator`, so that one field is
/// checked by the very rules, and worded by the very messages, of the whole-file check, at the cost of
/// a few records rather than the whole region.
struct RecordContext {
    var dataset: Dataset
    /// The positions in `dataset.organisations` of the schools (or УМЦ) whose centre is the edited
    /// organisation, one of each role: their centre's role is checked there, and reported for the edited `role`.
    var dependants: Range<Int> = 0..<0

    /// The context of `record` in `full`; an organisation's `dependants` are found in `full` unless
    /// given (a form finds them once, see `FieldRules.dependants`).
    init(_ record: RecordValue, in full: Dataset, dependants known: [Organisation]? = nil) {
        var mini = Dataset(academicYears: full.academicYears, thresholds: full.thresholds)
        func organisation(_ id: Identifier<Organisation>?) {
            guard let id, !mini.organisations.contains(where: { $0.id == id }),
                  case .organisation(let found)? = full.record(.organisation(id)) else { return }
            mini.organisations.append(found)
        }
        func municipality(_ id: Identifier<Municipality>?) {
            guard let id, !mini.municipalities.contains(where: { $0.id == id }),
                  case .municipality(let found)? = full.record(.municipality(id)) else { return }
            mini.municipalities.append(found)
        }
        func subject(_ id: Identifier<Subject>) {
            if let found = full.subjects.first(where: { $0.id == id }) { mini.subjects.append(found) }
        }
        func meeting(_ id: Identifier<CouncilMeeting>?) {
            guard let id, case .meeting(let found)? = full.record(.meeting(id)) else { return }
            mini.meetings.append(found)
        }
        switch record {
        case .municipality(let r):
            mini.municipalities = [r]
            municipality(r.parentId)
        case .organisation(let r):
            mini.organisations = [r]
            organisation(r.centreId)
            municipality(r.municipalityId)
            let start = mini.organisations.count
            mini.organisations += known ?? Self.dependants(of: r.id, in: full, among: full.organisations.indices)
            dependants = start..<mini.organisations.count
        case .examResult(let r):
            mini.examResults = [r]
            organisation(r.organisationId)
            subject(r.subjectId)
        case .financing(let r):
            mini.financing = [r]
            organisation(r.organisationId)
        case .supportCase(let r):
            mini.supportCases = [r]
            organisation(r.organisationId)
            organisation(r.curatorId)
        case .meeting(let r):
            mini.meetings = [r]
            for decision in r.decisions { decision.organisationIds.forEach(organisation) }
        case .forecast(let r):
            mini.forecasts = [r]
            meeting(r.meetingId)
            subject(r.subjectId)
            switch r.scope {
            case .region: break
            case .municipality(let id): municipality(id)
            case .organisation(let id): organisation(id)
            }
        }
        dataset = mini
    }

    /// The organisations naming `id` as their centre, one of each role: what a dependant says of its
    /// centre's role depends on its own role alone, so a УМЦ of 1,400 schools is checked through one.
    /// `positions` are where to look in `dataset.organisations` (its indices for a whole scan).
    static func dependants(of id: Identifier<Organisation>, in dataset: Dataset, among positions: some Sequence<Int>) -> [Organisation] {
        var roles: Set<Organisation.Role> = []
        var found: [Organisation] = []
        for index in positions
            where dataset.organisations[index].centreId == id && dataset.organisations[index].id != id
            && roles.insert(dataset.organisations[index].role).inserted {
            found.append(dataset.organisations[index])
            if roles.count == Organisation.Role.allCases.count { break }
        }
        return found
    }
}
