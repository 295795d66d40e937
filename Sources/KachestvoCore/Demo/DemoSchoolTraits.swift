/// Where in an area a school stands; this decides its likely type, legal form, size and results.
enum DemoPlace {
    /// Novosibirsk or another town.
    case urban
    /// The centre of a municipal district.
    case districtCentre
    /// A village school of ordinary size.
    case village
    /// A very small (малокомплектная) village school.
    case smallVillage
}

/// The random traits of demo schools: type, legal form, size, staff and latent strength.
enum DemoSchoolTraits {
    static func kind(at place: DemoPlace, _ random: inout DemoRandom) -> Organisation.Kind {
        let kinds: [Organisation.Kind]
        let weights: [Double]
        switch place {
        case .urban:
            kinds = [.secondary, .lyceum, .gymnasium, .inDepth, .basic, .primary, .evening, .cadetBoarding]
            weights = [58, 9, 9, 10, 4, 3, 3, 1.5]
        case .districtCentre:
            kinds = [.secondary, .inDepth, .basic, .evening, .cadetBoarding, .gymnasium]
            weights = [78, 5, 5, 4, 4, 3]
        case .village:
            kinds = [.secondary, .basic]
            weights = [85, 15]
        case .smallVillage:
            kinds = [.secondary, .basic, .primary]
            weights = [30, 45, 25]
        }
        return kinds[random.weightedIndex(weights)]
    }

    static func legalForm(
        _ kind: Organisation.Kind, at place: DemoPlace, _ random: inout DemoRandom
    ) -> Organisation.LegalForm {
        let elite = kind == .lyceum || kind == .gymnasium
        switch (kind, place) {
        case (.cadetBoarding, _): return .gbouNSO
        case (_, .urban): return random.chance(elite ? 0.7 : 0.25) ? .maou : .mbou
        case (_, .districtCentre):
            return elite ? (random.chance(0.5) ? .maou : .mbou) : [.mbou, .mkou, .maou][random.weightedIndex([60, 30, 10])]
        case (_, .village), (_, .smallVillage): return random.chance(0.85) ? .mkou : .mbou
        }
    }

    /// Pupils: city schools 400–1300, lyceums and gymnasiums 600–1500, small rural 10–100, others
    /// mostly 100–450; large sizes are rarer than small ones.
    static func pupils(_ kind: Organisation.Kind, at place: DemoPlace, _ random: inout DemoRandom) -> Int {
        func skewed(_ low: Int, _ high: Int) -> Int {
            low + Int(Double(high - low) * min(random.unit(), random.unit()))
        }
        switch (kind, place) {
        case (_, .smallVillage): return random.int(in: 10...100)
        case (.lyceum, .urban), (.gymnasium, .urban): return random.int(in: 600...1500)
        case (.lyceum, _), (.gymnasium, _): return random.int(in: 500...1000)
        case (.evening, _): return random.int(in: 60...300)
        case (.cadetBoarding, _): return random.int(in: 150...400)
        case (.basic, .village): return random.int(in: 100...250)
        case (.basic, _), (.primary, _): return random.int(in: 150...450)
        case (_, .urban): return skewed(400, 1300)
        case (_, .districtCentre): return skewed(250, 900)
        case (_, .village): return skewed(100, 450)
        }
    }

    /// About one teacher per 12–18 pupils, and never fewer than three.
    static func teachers(pupils: Int, _ random: inout DemoRandom) -> Int {
        max(3, Int((Double(pupils) / random.double(in: 12...18)).rounded()))
    }

    /// Latent strength: lyceums and gymnasiums above average, evening and small village schools below.
    static func strength(_ kind: Organisation.Kind, at place: DemoPlace, _ random: inout DemoRandom) -> Double {
        let kindBonus: Double = switch kind {
        case .lyceum: 0.9
        case .gymnasium: 0.8
        case .inDepth: 0.6
        case .cadetBoarding: 0.3
        case .basic: -0.3
        case .evening: -1.5
        case .secondary, .primary: 0
        }
        let placeBonus: Double = switch place {
        case .urban: 0.2
        case .districtCentre: 0
        case .village: -0.3
        case .smallVillage: -0.6
        }
        return kindBonus + placeBonus + 0.75 * random.normal()
    }
}
