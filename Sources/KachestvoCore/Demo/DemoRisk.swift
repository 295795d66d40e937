/// Generates risk profiles («500+» factors, 0…1) for every organisation in the last three exam years.
/// The factors rise with weak results, and equipment and staffing risks with small rural size.
enum DemoRisk {
    static let years = Array(2016...2018)

    static func generate(_ schools: [DemoSchool], seed: UInt64) -> [RiskProfile] {
        var profiles: [RiskProfile] = []
        profiles.reserveCapacity(schools.count * years.count)
        for (index, school) in schools.enumerated() {
            var random = DemoRandom(seed: seed, stream: DemoStream.risk.stream(index))
            let organisation = school.organisation
            let small = organisation.small ? 1.0 : 0
            let rural = organisation.rural ? 1.0 : 0
            let needs = random.double(in: 0.02...0.2) + (organisation.kind == .evening ? 0.15 : 0)
            for year in years {
                let weakness = clamped((0.5 - school.performance.level(in: year)) / 2.5, to: 0...1)
                func factor(_ base: Double) -> Double {
                    roundedToHundredths(clamped(base + 0.08 * random.normal(), to: 0...1))
                }
                let factors: [RiskFactor: Double] = [
                    .lowEquipment: factor(0.1 + 0.35 * small + 0.1 * rural + 0.2 * weakness),
                    .teacherShortage: factor(0.1 + 0.4 * small + 0.1 * rural + 0.15 * weakness),
                    .failureRisk: factor(0.05 + 0.65 * weakness),
                    .lowMotivation: factor(0.08 + 0.5 * weakness),
                    .lowParentalInvolvement: factor(0.1 + 0.2 * rural + 0.3 * weakness),
                    .specialNeeds: factor(needs),
                ]
                profiles.append(RiskProfile(organisationId: school.id, year: year, factors: factors))
            }
        }
        return profiles
    }
}
