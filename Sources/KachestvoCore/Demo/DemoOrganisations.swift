/// Builds the demo's organisations: the 9 КЦ (org-00001…) and 29 УМЦ first, so their ids never depend
/// on the requested size, then the schools area by area.
struct DemoOrganisations {
    private let seed: UInt64
    private let idWidth: Int
    private var namers: [DemoSchoolNamer]
    /// The namer each area uses: Novosibirsk's districts share one, so city school numbers are unique.
    private let namerOfArea: [Int]
    private(set) var schools: [DemoSchool] = []

    /// Generates `total` organisations; `total` must be at least `DemoAllocation.minimumTotal`.
    static func build(total: Int, seed: UInt64) -> [DemoSchool] {
        var builder = DemoOrganisations(total: total, seed: seed)
        builder.addCentres()
        let counts = DemoAllocation.counts(total: total)
        for area in DemoGeography.areas.indices {
            builder.addSchools(count: counts[area] - DemoNetwork.centresInArea[area], area: area)
        }
        return builder.schools
    }

    private init(total: Int, seed: UInt64) {
        self.seed = seed
        idWidth = max(5, String(total).count)
        let areas = DemoGeography.areas
        let firstCity = areas.firstIndex { $0.setting == .city }!
        namerOfArea = areas.indices.map { areas[$0].setting == .city ? firstCity : $0 }
        namers = areas.indices.map { area in
            var random = DemoRandom(seed: seed, stream: DemoStream.naming.stream(area))
            return DemoSchoolNamer(random: &random)
        }
        schools.reserveCapacity(total)
    }

    private mutating func addCentres() {
        var random = DemoRandom(seed: seed, stream: DemoStream.centres.stream(0))
        for (index, centre) in DemoNetwork.consultingCentres.enumerated() {
            let performance = DemoPerformance(
                strength: 1.2 + 0.3 * random.normal(), trend: random.chance(0.3) ? .improving(0.1) : .stable)
            add(kind: centre.kind, area: areaIndex(centre.host), place: centrePlace(centre.host), role: .consultingCentre,
                centreId: nil, consultingCentre: index, performance: performance, random: &random)
            raise(from: 2014, &random)
        }
        for centre in DemoNetwork.methodologicalCentres {
            let consulting = centre.consultingCentre!
            let performance = DemoPerformance(
                strength: 0.8 + 0.3 * random.normal(), trend: random.chance(0.3) ? .improving(0.1) : .stable)
            add(kind: centre.kind, area: areaIndex(centre.host), place: centrePlace(centre.host),
                role: .methodologicalCentre, centreId: schools[consulting].id, consultingCentre: consulting,
                performance: performance, random: &random)
            if random.chance(0.6) { raise(from: 2014, &random) }
        }
    }

    private mutating func addSchools(count: Int, area: Int) {
        guard count > 0, let umc = DemoNetwork.methodologicalCentreOfArea[area] else { return }
        var random = DemoRandom(seed: seed, stream: DemoStream.schools.stream(area))
        let centre = schools[DemoNetwork.consultingCentres.count + umc]
        let urban = DemoGeography.areas[area].setting != .district
        let centreSchools = max(1, (count * 12 + 50) / 100)
        for index in 0..<count {
            let place: DemoPlace =
                urban ? .urban
                : index < centreSchools ? .districtCentre
                : random.chance(0.6) ? .smallVillage : .village
            // A big district without a centre of the project still has its gymnasium.
            let gymnasium = place == .districtCentre && index == 0 && count >= 25 && DemoNetwork.centresInArea[area] == 0
            let kind = gymnasium ? .gymnasium : DemoSchoolTraits.kind(at: place, &random)
            let eligible = place != .smallVillage && [.secondary, .lyceum, .gymnasium, .inDepth].contains(kind)
            let participant = eligible && random.chance(0.08)
            let performance = DemoPerformance(
                strength: DemoSchoolTraits.strength(kind, at: place, &random),
                trend: DemoPerformance.randomTrend(&random))
            add(kind: kind, area: area, place: place, role: participant ? .participant : .none,
                centreId: centre.id, consultingCentre: centre.consultingCentre, performance: performance,
                random: &random)
            if participant && random.chance(0.5) { raiseParticipant(&random) }
        }
    }

    /// A raised-coefficient participant; half of them are deliberately weak or declining, so the
    /// council's «повышенный коэффициент без ожидаемых результатов» list is never empty.
    private mutating func raiseParticipant(_ random: inout DemoRandom) {
        raise(from: 2016, &random)
        guard random.chance(0.5) else { return }
        let last = schools.count - 1
        schools[last].fundedWithoutEffect = true
        schools[last].performance = random.chance(0.5)
            ? DemoPerformance(strength: random.double(in: -1.3 ... -0.6), trend: .stable)
            : DemoPerformance(strength: random.double(in: 0 ... 0.4), trend: .declining(random.double(in: 0.4...0.6)))
    }

    private mutating func raise(from year: Int, _ random: inout DemoRandom) {
        schools[schools.count - 1].raisedFrom = year
        schools[schools.count - 1].raiseFactor = random.double(in: 1.05...1.20)
    }

    private mutating func add(
        kind: Organisation.Kind, area: Int, place: DemoPlace, role: Organisation.Role,
        centreId: Identifier<Organisation>?, consultingCentre: Int, performance: DemoPerformance,
        random: inout DemoRandom
    ) {
        let areaInfo = DemoGeography.areas[area]
        let legal = DemoSchoolTraits.legalForm(kind, at: place, &random)
        let namer = namerOfArea[area]
        let name: String, settlement: String
        switch place {
        case .urban:
            (name, settlement) = (namers[namer].urban(kind, legal, random: &random), areaInfo.centre)
        case .districtCentre:
            name = namers[namer].districtCentre(kind, legal, adjective: areaInfo.centreAdjective)
            settlement = areaInfo.centre
        case .village, .smallVillage:
            (name, settlement) = namers[namer].village(kind, legal)
        }
        let pupils = role == .none || role == .participant
            ? DemoSchoolTraits.pupils(kind, at: place, &random) : random.int(in: place == .urban ? 800...1500 : 500...1000)
        let number = String(schools.count + 1)
        let id = Identifier<Organisation>("org-" + String(repeating: "0", count: idWidth - number.count) + number)
        let organisation = Organisation(
            id: id, name: name, kind: kind, legalForm: legal, municipalityId: areaInfo.id, settlement: settlement,
            pupils: pupils, teachers: DemoSchoolTraits.teachers(pupils: pupils, &random),
            rural: place == .village || place == .smallVillage || areaInfo.centre.hasPrefix("с."),
            small: place == .smallVillage, role: role, centreId: centreId)
        schools.append(DemoSchool(
            organisation: organisation, area: area, consultingCentre: consultingCentre, performance: performance,
            raisedFrom: nil, raiseFactor: 1, fundedWithoutEffect: false))
    }

    private func areaIndex(_ id: Identifier<Municipality>) -> Int {
        DemoGeography.areas.firstIndex { $0.id == id }!
    }

    private func centrePlace(_ id: Identifier<Municipality>) -> DemoPlace {
        DemoGeography.areas[areaIndex(id)].setting == .district ? .districtCentre : .urban
    }
}
