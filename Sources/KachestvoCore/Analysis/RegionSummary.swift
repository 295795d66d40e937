/// The region in figures for one year — what `kachestvo report` prints and the Overview screen
/// will show: counts, exam results by subject against the previous year, and the flags.
public struct RegionSummary: Sendable {
    /// The region's figures in one subject.
    public struct SubjectLine: Sendable {
        public var subject: Subject
        public var now: ExamAggregate
        public var previous: ExamAggregate?
    }

    /// One flag: how many organisations carry it, and which.
    public struct FlagLine: Sendable {
        public var flag: Flag
        public var organisations: [Organisation]
    }

    public var regionName: String
    public var demo: Bool
    public var year: Int?
    public var consultingCentres: Int
    public var methodologicalCentres: Int
    public var schools: Int
    public var pupils: Int
    public var teachers: Int
    public var municipalities: Int
    public var openSupportCases: Int
    public var subjects: [SubjectLine]
    public var flags: [FlagLine]

    /// Summarises `index` for `year` (the latest year with data when nil).
    public init(_ index: RegionIndex, year requested: Int? = nil) {
        let dataset = index.dataset
        let year = requested ?? index.latestYear
        regionName = dataset.regionName
        demo = dataset.demo
        self.year = year
        consultingCentres = dataset.organisations.filter { $0.role == .consultingCentre }.count
        methodologicalCentres = dataset.organisations.filter { $0.role == .methodologicalCentre }.count
        schools = dataset.organisations.count
        pupils = dataset.organisations.reduce(0) { $0 + $1.pupils }
        teachers = dataset.organisations.reduce(0) { $0 + $1.teachers }
        municipalities = dataset.municipalities.filter { $0.kind != .cityDistrict }.count
        openSupportCases = dataset.supportCases.filter(\.status.isOpen).count
        guard let year else {
            subjects = []
            flags = []
            return
        }
        let previousYear = index.years.last { $0 < year }
        subjects = dataset.subjects
            .compactMap { subject -> SubjectLine? in
                let now = index.regionAggregate(year: year, subject: subject.id)
                guard !now.isEmpty else { return nil }
                return SubjectLine(subject: subject, now: now,
                                   previous: previousYear.map { index.regionAggregate(year: $0, subject: subject.id) })
            }
            .sorted { Subject.listedBefore(($0.subject, $0.now.participants), ($1.subject, $1.now.participants)) }
        flags = Flag.allCases.map { flag in
            FlagLine(flag: flag, organisations: index.organisations(flagged: flag, year: year)
                .map { dataset.organisations[$0] }.sortedByName())
        }
    }
}
