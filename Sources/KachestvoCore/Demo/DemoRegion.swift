/// The built-in demo region: a synthetic but plausible Novosibirsk oblast (35 municipalities and the
/// city's 10 districts, 9 КЦ, 29 УМЦ, schools, ГИА 2014–2018, funding, risk profiles, support cases,
/// the council's meetings, directions and forecasts). Shown when no data file is given, and always
/// marked `demo: true`.
///
/// Generation is deterministic: the same `schools` and `seed` give identical data on every machine.
public enum DemoRegion {
    /// The fewest organisations `generate` accepts: the 38 centres plus a school in each area.
    public static var minimumSchools: Int { DemoAllocation.minimumTotal }

    /// Generates the demo region with `schools` organisations in all (КЦ and УМЦ included, so
    /// `schools` must be at least `minimumSchools`), already in `Dataset.normalised()` order.
    public static func generate(schools: Int = 1000, seed: UInt64 = 2017) -> Dataset {
        precondition(schools >= minimumSchools, "the demo region needs at least \(minimumSchools) organisations")
        let demoSchools = DemoOrganisations.build(total: schools, seed: seed)
        let exams = DemoExams(schools: demoSchools, seed: seed)
        let risks = DemoRisk.generate(demoSchools, seed: seed)
        let cases = DemoSupport(schools: demoSchools, exams: exams, risks: risks).generate(seed: seed)
        let consultingCentres = demoSchools.prefix(DemoNetwork.consultingCentres.count).map(\.id)
        let dataset = Dataset(
            demo: true,
            municipalities: DemoGeography.municipalities,
            organisations: demoSchools.map(\.organisation),
            academicYears: DemoSubjects.years.map { AcademicYear(year: $0) },
            subjects: DemoSubjects.subjects,
            examResults: exams.results,
            financing: DemoFinancing.generate(demoSchools, seed: seed),
            riskProfiles: risks,
            supportCases: cases,
            meetings: DemoCouncil.meetings(focus: focus(demoSchools, cases: cases)),
            stages: DemoProject.stages,
            directions: DemoProject.directions,
            forecasts: DemoProject.forecasts(totals: exams.totals, consultingCentres: consultingCentres))
        return dataset.normalised()
    }

    /// The organisations the council's decisions name: a few raised-coefficient schools without
    /// results, the strongest ordinary schools without extra funding, and the first schools put under
    /// support before the open meeting.
    private static func focus(_ schools: [DemoSchool], cases: [SupportCase]) -> DemoCouncil.Focus {
        let strongOrdinary = schools.filter {
            $0.kind == .secondary && !$0.organisation.small && $0.raisedFrom == nil && !$0.isCentre
        }.sorted { ($0.performance.level(in: 2017), $1.id) > ($1.performance.level(in: 2017), $0.id) }
        let meeting = Day(year: 2017, month: 9, day: 28)!
        return DemoCouncil.Focus(
            fundedWithoutEffect: schools.filter(\.fundedWithoutEffect).prefix(5).map(\.id),
            effectiveWithoutFunding: strongOrdinary.prefix(4).map(\.id).sorted(),
            needingSupport: cases.filter { $0.opened <= meeting }.prefix(4).map(\.organisationId).sorted())
    }
}
