/// Generates ГИА results: per school, year and subject, ЕГЭ for kinds with `hasEGE`, ОГЭ for `hasOGE`.
///
/// A school's mean follows its latent strength in that year plus sampling noise that shrinks with the
/// number of participants, so small rural schools are both weaker and noisier. Counts below the
/// minimum (of that year, from `ExamRules`) and in 81–100 come from a normal spread of pupils around
/// the school mean, and the mean is then one that whole scores within those counts can give. An exam
/// is sat only in years it was held.
struct DemoExams {
    private(set) var results: [ExamResult] = []
    /// Results of organisation i are `results[firstResult[i]..<firstResult[i + 1]]`.
    private(set) var firstResult: [Int] = [0]
    private(set) var totals = DemoTotals()

    /// Subject indexes in id order, so each school's results come out already normalised.
    private static let subjectsInIdOrder = DemoSubjects.all.indices.sorted {
        DemoSubjects.all[$0].id < DemoSubjects.all[$1].id
    }

    init(schools: [DemoSchool], seed: UInt64) {
        results.reserveCapacity(schools.count * DemoSubjects.years.count * 7)
        firstResult.reserveCapacity(schools.count + 1)
        for (index, school) in schools.enumerated() {
            var random = DemoRandom(seed: seed, stream: DemoStream.exams.stream(index))
            let offered = Self.offeredSubjects(school, &random)
            for year in DemoSubjects.years {
                addYear(year, school: school, offered: offered, random: &random)
            }
            firstResult.append(results.count)
        }
    }

    /// Which subjects a school's pupils sit: all compulsory ones plus a few electives, more in big schools.
    private static func offeredSubjects(_ school: DemoSchool, _ random: inout DemoRandom) -> [Bool] {
        var offered = Array(repeating: false, count: DemoSubjects.all.count)
        let kind = school.kind
        if kind.hasEGE {
            for subject in [DemoSubjects.egeRussian, DemoSubjects.egeMathsProfile, DemoSubjects.egeMathsBase,
                            DemoSubjects.egeSocial] { offered[subject] = true }
            let graduates = school.organisation.pupils / 14
            let electives = graduates >= 40 ? 4 : graduates >= 15 ? 3 : graduates >= 6 ? 1 : 0
            var weights = DemoSubjects.egeElectiveWeights
            if kind == .lyceum || kind == .inDepth { weights[0] *= 2; weights[5] *= 2 }
            pick(electives, of: DemoSubjects.egeElectives, weights: weights, into: &offered, &random)
        }
        if kind.hasOGE {
            offered[DemoSubjects.ogeRussian] = true
            offered[DemoSubjects.ogeMaths] = true
            pick(2, of: DemoSubjects.ogeElectives, weights: DemoSubjects.ogeElectiveWeights, into: &offered, &random)
        }
        return offered
    }

    private static func pick(
        _ count: Int, of subjects: [Int], weights: [Double], into offered: inout [Bool], _ random: inout DemoRandom
    ) {
        var weights = weights
        for _ in 0..<count {
            let chosen = random.weightedIndex(weights)
            offered[subjects[chosen]] = true
            weights[chosen] = 0
        }
    }

    private mutating func addYear(_ year: Int, school: DemoSchool, offered: [Bool], random: inout DemoRandom) {
        let pupils = Double(school.organisation.pupils)
        let graduates = random.stochasticRound(pupils / 14 * random.double(in: 0.85...1.15))
        let ninthGrade = random.stochasticRound(pupils / 11 * random.double(in: 0.85...1.15))
        let level = school.performance.level(in: year) + 0.2 * random.normal()
        for subject in Self.subjectsInIdOrder where offered[subject] {
            let spec = DemoSubjects.all[subject]
            guard spec.schedule.isHeld(in: year) else { continue }
            let cohort = spec.subject.exam == .ege ? graduates : ninthGrade
            let share = spec.share(in: year)
            let participants = share >= 1 ? cohort : min(cohort, random.stochasticRound(
                Double(cohort) * share * Self.uptake(subject, school) * random.double(in: 0.7...1.3)))
            guard participants > 0 else { continue }
            let result = spec.isMark
                ? Self.markResult(spec, year: year, level: level, participants: participants, school: school.id, &random)
                : Self.scoreResult(spec, year: year, level: level, participants: participants, school: school.id, &random)
            totals.add(result, subject: subject, consultingCentre: school.consultingCentre)
            results.append(result)
        }
    }

    /// How keen a school's pupils are on an optional exam, against the region (profile maths above all).
    private static func uptake(_ subject: Int, _ school: DemoSchool) -> Double {
        guard subject == DemoSubjects.egeMathsProfile else { return 1 }
        switch school.kind {
        case .lyceum, .gymnasium, .inDepth: return 1.4
        case .evening: return 0.2
        default: return school.organisation.small ? 0.7 : 1
        }
    }

    private static func scoreResult(
        _ spec: DemoSubject, year: Int, level: Double, participants: Int, school: Identifier<Organisation>,
        _ random: inout DemoRandom
    ) -> ExamResult {
        let expected = spec.mean + spec.yearShift[year - DemoSubjects.years[0]] + spec.schoolSpread * level
        let sampled = expected + spec.pupilSpread * random.normal() / Double(participants).squareRoot()
        let mean = clamped(sampled, to: 12...97)
        let count = Double(participants)
        let minimum = spec.schedule.minimum(in: year) ?? spec.subject.minimumScore
        let belowShare = DemoNormal.cdf(minimum - 0.5, mean: mean, deviation: spec.pupilSpread)
        let below = min(participants, random.stochasticRound(count * belowShare))
        let highShare = 1 - DemoNormal.cdf(80.5, mean: mean, deviation: spec.pupilSpread)
        let high = min(participants - below, random.stochasticRound(count * highShare))
        let hundredsChance = level > 0.8 ? spec.hundredsWeight * 0.3 * min(1, count / 40) : 0
        let hundreds = random.chance(hundredsChance) ? min(high, random.chance(0.15) ? 2 : 1) : 0
        // Whole scores that fit the counts: the mean of a total they can reach (one pupil: a score).
        let bounds = ScoreBounds(participants: participants, below: below, high: high, hundreds: hundreds, minimum: minimum)
        return ExamResult(
            organisationId: school, year: year, subjectId: spec.id, participants: participants,
            mean: roundedToHundredths(bounds.nearestMean(to: mean) ?? mean), belowMinimum: below, high: high, hundreds: hundreds)
    }

    private static func markResult(
        _ spec: DemoSubject, year: Int, level: Double, participants: Int, school: Identifier<Organisation>,
        _ random: inout DemoRandom
    ) -> ExamResult {
        let expected = spec.mean + spec.yearShift[year - DemoSubjects.years[0]] + spec.schoolSpread * level
        let latent = expected + spec.pupilSpread * random.normal() / Double(participants).squareRoot()
        let count = Double(participants)
        func upTo(_ cut: Double) -> Int {
            random.stochasticRound(count * DemoNormal.cdf(cut, mean: latent, deviation: spec.pupilSpread))
        }
        let twos = upTo(2.5)
        let threesOrLess = max(twos, upTo(3.5))
        let foursOrLess = max(threesOrLess, upTo(4.5))
        let marks = MarkCounts(
            two: twos, three: threesOrLess - twos, four: foursOrLess - threesOrLess, five: participants - foursOrLess)
        return ExamResult(
            organisationId: school, year: year, subjectId: spec.id, participants: participants,
            mean: roundedToHundredths(marks.mean ?? 0), belowMinimum: marks.two, high: marks.five, hundreds: 0,
            marks: marks)
    }
}
