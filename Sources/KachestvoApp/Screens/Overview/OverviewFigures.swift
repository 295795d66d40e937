import Foundation
import KachestvoCore

/// Everything the Overview screen shows for one model and year, computed once in `refresh` — never
/// per key or per frame: the headline counts and means, each flag's organisations with the flag's
/// main value, the open support cases, the result index of every КЦ and the region's trends over
/// all years. Each selectable item keeps the organisations behind it, ready for Enter.
struct OverviewFigures: Sendable, Equatable {
    /// A region mean of the chosen year beside last year's.
    struct HeadlineMean: Sendable, Equatable {
        let subject: Subject
        let now: Double?
        let previous: Double?
    }

    /// What the model, year and digest were when these were computed.
    let generation: UUID
    let year: Int
    /// Years with data, oldest first: the points of every trend.
    let years: [Int]
    let pupils: Int
    let openCases: Int
    /// Nil for a subject the data does not have.
    let means: [HeadlineExam: HeadlineMean]
    /// One bar per КЦ, in the network's name order.
    let centres: [CentreResultIndex]
    /// Each trend's value per year of `years`.
    let trends: [RegionTrend: [Double?]]
    /// The organisations behind each item, with the value each contributes; a mean's schools are
    /// looked up when asked for (`schools(behind:_:)`), as the screen itself needs only the mean.
    let behind: [OverviewItem: [DrilledOrganisation]]

    init(_ model: AppModel, year: Int) {
        let index = model.index, organisations = model.dataset.organisations
        generation = model.generation
        self.year = year
        years = index.years
        var behind: [OverviewItem: [DrilledOrganisation]] = [:]
        var all: [DrilledOrganisation] = [], flagged: [Flag: [DrilledOrganisation]] = [:]
        all.reserveCapacity(organisations.count)
        var pupils = 0
        for (org, organisation) in organisations.enumerated() {
            let row = DrilledOrganisation(id: organisation.id, value: Double(organisation.pupils))
            all.append(row)
            pupils += organisation.pupils
            switch organisation.role {
            case .consultingCentre: behind[.consultingCentres, default: []].append(row)
            case .methodologicalCentre: behind[.methodologicalCentres, default: []].append(row)
            default: break
            }
            for finding in index.flags(organisation: org, year: year) {
                flagged[finding.flag, default: []].append(DrilledOrganisation(id: organisation.id, value: finding.mainValue))
            }
        }
        self.pupils = pupils
        behind[.schools] = all
        behind[.pupils] = all
        for flag in Flag.allCases { behind[.flag(flag)] = flagged[flag] ?? [] }

        let open = model.dataset.supportCases.filter(\.status.isOpen)
        openCases = open.count
        var openByOrganisation: [Identifier<Organisation>: (steps: Int, done: Int)] = [:]
        for supportCase in open {
            openByOrganisation[supportCase.organisationId, default: (0, 0)].steps += supportCase.plan.count
            openByOrganisation[supportCase.organisationId, default: (0, 0)].done += supportCase.plan.filter(\.done).count
        }
        behind[.supportCases] = openByOrganisation.map { id, plan in
            DrilledOrganisation(id: id, value: plan.steps == 0 ? nil : 100 * Double(plan.done) / Double(plan.steps))
        }.sorted { $0.id.rawValue < $1.id.rawValue }

        let previousYear = index.years.last { $0 < year }
        var means: [HeadlineExam: HeadlineMean] = [:]
        for exam in HeadlineExam.allCases {
            guard let subject = index.subject(exam.subject) else { continue }
            means[exam] = HeadlineMean(subject: subject, now: index.regionAggregate(year: year, subject: subject.id).mean,
                                       previous: previousYear.flatMap { index.regionAggregate(year: $0, subject: subject.id).mean })
        }
        self.means = means

        let yearSlot = index.yearIndex[year]
        centres = CentreResultIndex.centres(of: index, year: year)
        for centre in centres {
            behind[.centre(centre.id)] = centre.members.map { org in
                DrilledOrganisation(id: organisations[org].id, value: yearSlot.flatMap { index.scores.score(organisation: org, yearSlot: $0) })
            }
        }
        trends = RegionTrend.values(model)
        self.behind = behind
    }

    /// The schools that sat the exam of a region mean, each with its own mean: from the digest for
    /// the headline subject, else from the records.
    static func schools(behind exam: HeadlineExam, _ model: AppModel, year: Int) -> [DrilledOrganisation] {
        let organisations = model.dataset.organisations
        if exam.subject == model.headlineSubject, let slot = model.index.yearIndex[year] {
            return model.digest.headlineMeans[slot].enumerated().compactMap { org, mean in
                mean.isNaN ? nil : DrilledOrganisation(id: organisations[org].id, value: mean)
            }
        }
        return model.index.results(year: year, subject: exam.subject).map {
            DrilledOrganisation(id: organisations[$0.organisation].id, value: $0.result.mean)
        }
    }

    /// Whether these are the figures of `context`'s model and year.
    func fit(_ context: ScreenContext) -> Bool {
        generation == context.model.generation && year == context.year
    }

    /// How many the item's figure counts: organisations, pupils or open cases.
    func count(_ item: OverviewItem) -> Int {
        switch item {
        case .pupils: pupils
        case .supportCases: openCases
        default: behind[item]?.count ?? 0
        }
    }

    /// The КЦ's bar, if it has one.
    func centre(_ id: Identifier<Organisation>) -> CentreResultIndex? {
        centres.first { $0.id == id }
    }

    /// True while the school details behind the flags, support cases and result indices are still
    /// loading (a snapshot's digest, or a large file's outline): those parts say so instead of
    /// showing partial numbers.
    static func detailsPending(_ context: ScreenContext) -> Bool {
        context.model.isDigestOnly || (context.loading != nil && context.model.dataset.examResults.isEmpty)
    }
}
