/// Which targeted-support cases to list: by status, curator, a centre (КЦ or УМЦ) above the school,
/// the school's municipality (a city district also counts for its city), and only those with an
/// overdue plan step. Empty fields let every case through.
public struct SupportCaseFilter: Hashable, Sendable {
    /// A status, the open ones together, or any.
    public enum StatusChoice: Hashable, Sendable {
        case any, open
        case only(SupportCase.Status)

        /// Every choice in the order a filter steps through them.
        public static let all: [StatusChoice] = [.any, .open] + SupportCase.Status.allCases.map { .only($0) }

        public func admits(_ status: SupportCase.Status) -> Bool {
            switch self {
            case .any: true
            case .open: status.isOpen
            case .only(let wanted): status == wanted
            }
        }
    }

    public var status: StatusChoice = .any
    public var curator: Identifier<Organisation>?
    public var centre: Identifier<Organisation>?
    public var municipality: Identifier<Municipality>?
    public var overdueOnly = false

    public init() {}

    public var isEmpty: Bool { self == SupportCaseFilter() }

    /// Whether the case passes, with overdue steps judged on `day`.
    public func admits(_ supportCase: SupportCase, in index: RegionIndex, on day: Day) -> Bool {
        guard status.admits(supportCase.status),
              curator.map({ $0 == supportCase.curatorId }) ?? true,
              !overdueOnly || supportCase.overdueSteps(on: day) > 0 else { return false }
        let school = index.organisation(supportCase.organisationId)
        if let centre, !(school.map { index.centres(above: $0).contains(centre) } ?? false) { return false }
        if let municipality, !(school.map { index.municipalities(containing: $0).contains(municipality) } ?? false) { return false }
        return true
    }

    /// The indices of `index.dataset.supportCases` that pass: open cases first, then the most
    /// overdue steps, then the oldest, then by id.
    public func cases(in index: RegionIndex, on day: Day) -> [Int] {
        let cases = index.dataset.supportCases
        let passing = cases.indices.filter { admits(cases[$0], in: index, on: day) }
        let overdue = Dictionary(uniqueKeysWithValues: passing.map { ($0, cases[$0].overdueSteps(on: day)) })
        return passing.sorted { a, b in
            let (x, y) = (cases[a], cases[b])
            return (x.status.isOpen ? 0 : 1, -overdue[a]!, x.opened, x.id.rawValue) < (y.status.isOpen ? 0 : 1, -overdue[b]!, y.opened, y.id.rawValue)
        }
    }
}

/// The values each filter field can take, from the cases themselves: the curators, the centres above
/// the schools (КЦ first) and the municipalities (cities before their districts), each in name order.
public struct SupportFilterChoices: Hashable, Sendable {
    public var curators: [Identifier<Organisation>]
    public var centres: [Identifier<Organisation>]
    public var municipalities: [Identifier<Municipality>]

    /// No choices: before any case is known.
    public init() {
        (curators, centres, municipalities) = ([], [], [])
    }

    public init(_ index: RegionIndex) {
        var curators = Set<Identifier<Organisation>>(), centres = Set<Identifier<Organisation>>()
        var municipalities = Set<Identifier<Municipality>>()
        for supportCase in index.dataset.supportCases {
            curators.insert(supportCase.curatorId)
            guard let school = index.organisation(supportCase.organisationId) else { continue }
            centres.formUnion(index.centres(above: school))
            municipalities.formUnion(index.municipalities(containing: school))
        }
        func organisationOrder(_ id: Identifier<Organisation>) -> (Int, Int32, String) {
            let org = index.organisationIndex[id]
            return (org.map { index.dataset.organisations[$0].role == .consultingCentre ? 0 : 1 } ?? 2,
                    org.map { index.namePlaces.organisation[$0] } ?? .max, id.rawValue)
        }
        func municipalityOrder(_ id: Identifier<Municipality>) -> (Int32, String) {
            (index.municipalityIndex[id].map { index.namePlaces.municipality[$0] } ?? .max, id.rawValue)
        }
        self.curators = curators.sorted { organisationOrder($0) < organisationOrder($1) }
        self.centres = centres.sorted { organisationOrder($0) < organisationOrder($1) }
        self.municipalities = municipalities.sorted { municipalityOrder($0) < municipalityOrder($1) }
    }
}

extension RegionIndex {
    /// The centres above a school: its УМЦ, that one's КЦ (at most three steps, ignoring loops).
    public func centres(above school: Organisation) -> [Identifier<Organisation>] {
        var chain: [Identifier<Organisation>] = []
        var next = school.centreId
        while let id = next, !chain.contains(id), chain.count < 3 {
            chain.append(id)
            next = organisation(id)?.centreId
        }
        return chain
    }

    /// A school's municipality and the ones containing it (a city district's city).
    public func municipalities(containing school: Organisation) -> [Identifier<Municipality>] {
        var chain = [school.municipalityId]
        while let parent = municipality(chain.last!)?.parentId, !chain.contains(parent), chain.count < 3 {
            chain.append(parent)
        }
        return chain
    }
}
