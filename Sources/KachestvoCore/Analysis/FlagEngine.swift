/// Applies the flag rules of DESIGN.md §1 to one organisation in one year, with the thresholds of
/// the dataset, and gives each finding the numbers behind it.
struct FlagEngine {
    let index: RegionIndex
    private let thresholds: FlagThresholds
    /// Risk weights in `RiskFactor.allCases` order, looked up once rather than by name per school.
    private let riskWeights: [Double]
    /// The index's records, results and scores, held here once: taken from `index` in each rule, their
    /// arrays were retained and released some millions of times for a region's flags.
    private let records: OrganisationRecords
    private let examResults: ChunkedArray<ExamResult>
    private let riskProfiles: [RiskProfile]
    private let scores: ResultScores

    init(index: RegionIndex) {
        self.index = index
        records = index.records
        examResults = index.dataset.examResults
        riskProfiles = index.dataset.riskProfiles
        scores = index.scores
        thresholds = index.dataset.thresholds
        riskWeights = RiskFactor.allCases.map { index.dataset.thresholds.weight(of: $0) }
    }

    func evaluate(organisation org: Int, yearSlot: Int) -> [FlagFinding] {
        guard hasFigures(organisation: org) else { return [] }
        var findings: [FlagFinding] = []
        let score = scores.score(organisation: org, yearSlot: yearSlot)
        let percentile = scores.percentile(organisation: org, yearSlot: yearSlot)
        if let score, score < thresholds.lowResultZ {
            findings.append(FlagFinding(flag: .lowResult, reasons: [.standardisedScore(value: score, threshold: thresholds.lowResultZ)]
                + weakestSubjects(organisation: org, yearSlot: yearSlot)))
        }
        if let finding = failsMinimum(organisation: org, yearSlot: yearSlot) { findings.append(finding) }
        if let finding = persistentLow(organisation: org, yearSlot: yearSlot) { findings.append(finding) }
        if let finding = stableHigh(organisation: org, yearSlot: yearSlot) { findings.append(finding) }
        let decline = self.decline(organisation: org, yearSlot: yearSlot)
        if let decline { findings.append(decline) }
        if let finding = suspiciousJump(organisation: org, yearSlot: yearSlot) { findings.append(finding) }
        if let financingIndex = records.financing(of: org, yearSlot: yearSlot) {
            let financing = index.dataset.financing[financingIndex]
            if let finding = FundingRule.fundedNoEffect(financing, percentile: percentile, decline: decline,
                                                        threshold: thresholds.fundedNoEffectPercentile) {
                findings.append(finding)
            }
            if let finding = FundingRule.effectiveNoFunding(financing, percentile: percentile,
                                                            threshold: thresholds.effectiveNoFundingPercentile) {
                findings.append(finding)
            }
        }
        if let finding = needsSupport(organisation: org, yearSlot: yearSlot, score: score) { findings.append(finding) }
        return findings
    }

    /// False when no rule can fire for anyone in any year: the dataset has no results, financing or
    /// risk profiles (an outline), and the year windows are sane.
    static func canFire(in dataset: Dataset) -> Bool {
        !windowsAreSane(dataset.thresholds) || !dataset.examResults.isEmpty || !dataset.financing.isEmpty || !dataset.riskProfiles.isEmpty
    }

    /// False when no rule can fire for the organisation in any year: it has no results, financing
    /// or risk profile at all, and the year windows are sane.
    private func hasFigures(organisation org: Int) -> Bool {
        !Self.windowsAreSane(thresholds) || !records.results(of: org).isEmpty
            || (0..<records.yearCount).contains { records.financing(of: org, yearSlot: $0) != nil || records.risk(of: org, yearSlot: $0) != nil }
    }

    /// A persistent-low window of no years would flag a school without any result.
    private static func windowsAreSane(_ thresholds: FlagThresholds) -> Bool {
        thresholds.persistentLowYears >= 1 && thresholds.persistentWindow >= 1
    }

    // MARK: Rules

    private func failsMinimum(organisation org: Int, yearSlot: Int) -> FlagFinding? {
        // The sums come with the scores; the results are copied only for a flagged school.
        let totals = scores.participation(organisation: org, yearSlot: yearSlot)
        let (participants, below) = (totals.participants, totals.belowMinimum)
        guard participants >= thresholds.minimumParticipants else { return nil }
        let share = Double(below) / Double(participants)
        guard share >= thresholds.failsMinimumShare else { return nil }
        func shareBelow(_ result: Int) -> Double {
            Double(examResults[result].belowMinimum) / Double(examResults[result].participants)
        }
        let worst = records.results(of: org, yearSlot: yearSlot).filter { examResults[$0].belowMinimum > 0 }
            .firstTwo { shareBelow($0) > shareBelow($1) }
        return FlagFinding(flag: .failsMinimum, reasons: [
            .belowMinimum(count: below, participants: participants, share: share, threshold: thresholds.failsMinimumShare),
        ] + worst.map { result in
            .subjectBelowMinimum(subject: examResults[result].subjectId, count: examResults[result].belowMinimum,
                                 participants: examResults[result].participants)
        })
    }

    private func persistentLow(organisation org: Int, yearSlot: Int) -> FlagFinding? {
        let window = max(0, yearSlot - thresholds.persistentWindow + 1)...yearSlot
        let lowYears = window.filter { slot in
            scores.score(organisation: org, yearSlot: slot).map { $0 < thresholds.lowResultZ } ?? false
        }
        guard lowYears.count >= thresholds.persistentLowYears else { return nil }
        return FlagFinding(flag: .persistentLow, reasons: [
            .lowYears(years: lowYears.map { index.years[$0] }, window: window.count),
        ])
    }

    private func stableHigh(organisation org: Int, yearSlot: Int) -> FlagFinding? {
        let window = thresholds.persistentWindow
        guard yearSlot + 1 >= window else { return nil }
        let slots = (yearSlot - window + 1)...yearSlot
        let high = slots.compactMap { scores.score(organisation: org, yearSlot: $0) }
        guard high.count == window, high.allSatisfy({ $0 > thresholds.stableHighZ }) else { return nil }
        return FlagFinding(flag: .stableHigh, reasons: [.highInAllYears(scores: high, threshold: thresholds.stableHighZ)])
    }

    private func decline(organisation org: Int, yearSlot: Int) -> FlagFinding? {
        let earlierSlot = yearSlot - thresholds.declineYears
        guard earlierSlot >= 0, let now = scores.score(organisation: org, yearSlot: yearSlot),
              let before = scores.score(organisation: org, yearSlot: earlierSlot),
              before - now >= thresholds.declineZ else { return nil }
        return FlagFinding(flag: .decline, reasons: [.scoreChange(from: before, to: now, sinceYear: index.years[earlierSlot])])
    }

    private func suspiciousJump(organisation org: Int, yearSlot: Int) -> FlagFinding? {
        guard yearSlot >= 1, let now = scores.score(organisation: org, yearSlot: yearSlot),
              let before = scores.score(organisation: org, yearSlot: yearSlot - 1),
              now - before >= thresholds.suspiciousJumpZ else { return nil }
        return FlagFinding(flag: .suspiciousJump, reasons: [.scoreChange(from: before, to: now, sinceYear: index.years[yearSlot - 1])])
    }

    private func needsSupport(organisation org: Int, yearSlot: Int, score: Double?) -> FlagFinding? {
        // The profile is looked up in place and copied only for a flagged school: copying it for every
        // school and year, on both cores at once, was most of the flags' time at 40,000 schools.
        let profileIndex = records.latestRisk(of: org, upTo: yearSlot)
        guard profileIndex != nil || score != nil,
              RiskBreakdown.exceedsThreshold(factors: profileIndex.map { riskProfiles[$0].factors } ?? [:], score: score,
                                             weights: riskWeights, thresholds: thresholds) else { return nil }
        let profile = profileIndex.map { riskProfiles[$0] }
        let risk = RiskBreakdown(profile: profile, score: score, weights: riskWeights, thresholds: thresholds)
        // Flagged: explain with the three largest contributions.
        let top = risk.contributing.prefix(3).map { part -> FlagReason in
            part.factor.map { .riskFactor(factor: $0, level: part.level) } ?? .standardisedScore(value: score ?? 0, threshold: nil)
        }
        return FlagFinding(flag: .needsSupport, reasons: [.riskScore(value: risk.total, threshold: risk.threshold)] + top)
    }

    // MARK: Reasons

    /// The two subjects furthest below the region mean, measured in the region's spread of each.
    private func weakestSubjects(organisation org: Int, yearSlot: Int) -> [FlagReason] {
        // Positions and numbers only, not copies of the results, until the two are chosen.
        let gaps: [(result: Int, mean: Double, regionMean: Double, gap: Double)] = records.results(of: org, yearSlot: yearSlot).compactMap { resultIndex in
            let subjectSlot = Int(records.resultSubjectSlot[resultIndex])
            guard subjectSlot >= 0, let stats = scores.subjectStats(yearSlot: yearSlot, subjectSlot: subjectSlot) else { return nil }
            let mean = examResults[resultIndex].mean
            return (resultIndex, mean, stats.mean, (mean - stats.mean) / stats.spread)
        }
        return gaps.firstTwo { $0.gap < $1.gap }.map { gap in
            .subjectBelowRegion(subject: examResults[gap.result].subjectId, mean: gap.mean, regionMean: gap.regionMean)
        }
    }
}

extension Sequence {
    /// The first two elements of the order `precedes` gives, in one pass instead of a sort; of equal
    /// ones the earlier comes first, as in a stable sort. A reason names the two worst subjects of
    /// thousands of flagged schools.
    func firstTwo(by precedes: (Element, Element) -> Bool) -> [Element] {
        var first: Element?, second: Element?
        for element in self {
            guard let leader = first else {
                first = element
                continue
            }
            if precedes(element, leader) {
                (first, second) = (element, leader)
            } else if second.map({ precedes(element, $0) }) ?? true {
                second = element
            }
        }
        return [first, second].compactMap { $0 }
    }
}
