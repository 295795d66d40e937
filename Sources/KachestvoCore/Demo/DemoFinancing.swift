/// Generates each organisation's funding per year: a per-pupil normative that grows yearly (higher in
/// villages) and a coefficient by type (1.00 ordinary, 1.15–1.35 lyceums, gymnasiums and in-depth
/// schools, 1.3–2.5 small rural schools), multiplied by the project's raised factor where it applies.
enum DemoFinancing {
    static func generate(_ schools: [DemoSchool], seed: UInt64) -> [Financing] {
        var financing: [Financing] = []
        financing.reserveCapacity(schools.count * DemoSubjects.years.count)
        for (index, school) in schools.enumerated() {
            var random = DemoRandom(seed: seed, stream: DemoStream.financing.stream(index))
            let normative2014 = baseNormative(school) * random.double(in: 0.95...1.05)
            let coefficient = baseCoefficient(school, &random)
            for year in DemoSubjects.years {
                let growth = 1 + 0.045 * Double(year - 2014)
                let raised = school.raisedFrom.map { year >= $0 } ?? false
                financing.append(Financing(
                    organisationId: school.id, year: year,
                    normative: (normative2014 * growth / 100).rounded() * 100,
                    coefficient: roundedToHundredths(raised ? coefficient * school.raiseFactor : coefficient),
                    raised: raised))
            }
        }
        return financing
    }

    /// Roubles per pupil a year in 2014, by where the school is.
    private static func baseNormative(_ school: DemoSchool) -> Double {
        let organisation = school.organisation
        if organisation.small { return 98_000 }
        if organisation.rural { return 84_000 }
        return DemoGeography.areas[school.area].setting == .district ? 72_000 : 64_000
    }

    /// The coefficient before any raise: the smaller a small school, the higher its coefficient.
    private static func baseCoefficient(_ school: DemoSchool, _ random: inout DemoRandom) -> Double {
        let organisation = school.organisation
        if organisation.small {
            return roundedToHundredths(2.5 - 1.2 * Double(organisation.pupils - 10) / 90)
        }
        switch organisation.kind {
        case .lyceum, .gymnasium, .inDepth: return roundedToHundredths(random.double(in: 1.15...1.35))
        case .cadetBoarding: return roundedToHundredths(random.double(in: 1.4...1.6))
        default: return 1
        }
    }
}
