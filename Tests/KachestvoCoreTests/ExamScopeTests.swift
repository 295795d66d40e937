import Testing
@testable import KachestvoCore

/// The Exams screen's numbers from the core: a scope's schools add up to the aggregate the index
/// keeps, the scope ladder goes up its own tree, each figure reads the right count, and the
/// histogram of school means puts every mean in its bin.
@Suite struct ExamScopeTests {
    let index = RegionIndex(Fixture.dataset())

    private func scope(_ id: Identifier<Organisation>, _ view: Hierarchy.View = .network) -> ExamScope {
        ExamScope(key: .organisation(id), view: view)
    }

    @Test(arguments: [ExamScope.region, ExamScope(key: .organisation("kc1"), view: .network),
                      ExamScope(key: .organisation("umc1"), view: .network),
                      ExamScope(key: .municipality("mr-bagan"), view: .administrative),
                      ExamScope(key: .organisation("s3"), view: .network)])
    func theScopesResultsAddUpToItsAggregate(scope: ExamScope) {
        let results = index.results(in: scope, year: 2017, subject: Fixture.rus)
        var sum = ExamAggregate.empty
        for found in results { sum.add(ExamAggregate(found.result)) }
        let kept = index.aggregate(of: scope, year: 2017, subject: Fixture.rus)
        #expect(sum.participants == kept.participants)
        #expect(sum.belowMinimum == kept.belowMinimum)
        #expect(sum.high == kept.high)
        #expect(sum.hundreds == kept.hundreds)
        #expect(sum.organisations == kept.organisations)
        #expect(abs((sum.mean ?? -1) - (kept.mean ?? -2)) < 1e-9)
    }

    @Test func aCentreCountsItselfAndItsNetworkButNotOtherNetworks() {
        let ids = Set(index.results(in: scope("umc1"), year: 2017, subject: Fixture.rus)
            .map { index.dataset.organisations[$0.organisation].id })
        #expect(ids == ["umc1", "s0", "s1", "s2", "s3", "s4"])
        #expect(index.results(in: scope("s3"), year: 2017, subject: Fixture.rus).count == 1)
        #expect(index.results(in: scope("s3"), year: 2017, subject: Fixture.math).isEmpty, "s3 sat no ОГЭ")
        #expect(index.results(in: .region, year: 2017, subject: Fixture.rus).count == 11)
    }

    @Test func widensUpItsOwnTree() {
        #expect(index.parent(of: scope("s7")) == scope("umc2"))
        #expect(index.parent(of: scope("umc2")) == scope("kc1"))
        #expect(index.parent(of: scope("kc1")) == .region)
        #expect(index.parent(of: .region) == nil)
        let lenin = ExamScope(key: .municipality("nsk-lenin"), view: .administrative)
        #expect(index.parent(of: scope("s1", .administrative)) == lenin)
        #expect(index.parent(of: lenin) == ExamScope(key: .municipality("go-nsk"), view: .administrative))
        #expect(index.parent(of: scope("nobody")) == nil)
    }

    @Test func figuresReadTheirCounts() {
        let ege = ExamAggregate(ExamResult(organisationId: "s0", year: 2017, subjectId: Fixture.rus, participants: 20,
                                           mean: 61.5, belowMinimum: 4, high: 5, hundreds: 2))
        #expect(ExamFigure.participants.value(in: ege, scale: .score100) == 20)
        #expect(ExamFigure.mean.value(in: ege, scale: .score100) == 61.5)
        #expect(ExamFigure.belowMinimum.value(in: ege, scale: .score100) == 0.2)
        #expect(ExamFigure.high.value(in: ege, scale: .score100) == 0.25)
        #expect(ExamFigure.hundreds.value(in: ege, scale: .score100) == 2)
        #expect(ExamFigure.mark(2).value(in: ege, scale: .score100) == nil)
        let oge = ExamAggregate(ExamResult(organisationId: "s2", year: 2017, subjectId: Fixture.math, participants: 10,
                                           mean: 3.7, belowMinimum: 1, high: 3, hundreds: 0,
                                           marks: MarkCounts(two: 1, three: 4, four: 2, five: 3)))
        #expect([2, 3, 4, 5].map { ExamFigure.mark($0).value(in: oge, scale: .mark5) } == [0.1, 0.4, 0.2, 0.3])
        #expect(ExamFigure.hundreds.value(in: oge, scale: .mark5) == nil)
        #expect(ExamFigure.mean.value(in: .empty, scale: .score100) == nil)
        #expect(ExamFigure.columns(of: .oge).count == 6)
        #expect(ExamFigure.belowMinimum.direction == -1 && ExamFigure.mark(5).direction == 1)
    }

    @Test func histogramPutsEachMeanInItsBin() {
        let means = index.results(in: .region, year: 2017, subject: Fixture.rus).map(\.result.mean)
        let histogram = ScoreHistogram(values: means, scale: .score100)
        #expect(histogram.counts.count == 20)
        #expect(histogram.total == means.count)
        for bin in histogram.counts.indices {
            let bounds = histogram.bounds(of: bin)
            let inside = means.filter { $0 >= bounds.lowerBound && ($0 < bounds.upperBound || (bin == 19 && $0 <= 100)) }
            #expect(histogram.counts[bin] == inside.count, "bin \(bin) \(bounds)")
        }
        #expect(histogram.counts[histogram.bin(of: 90)] == 1, "s6 alone at 90")
        #expect(histogram.bin(of: 100) == 19 && histogram.bin(of: 0) == 0 && histogram.bin(of: 120) == 19)
        let marks = ScoreHistogram(values: [2, 2.2, 3.7, 5], scale: .mark5)
        #expect(marks.counts.count == 12)
        #expect(marks.counts[0] == 2 && marks.counts[6] == 1 && marks.counts[11] == 1)
    }
}

extension ExamScopeTests {
    @Test func histogramsOfEverySubjectInOneWalkMatchEachSubjectsResults() {
        for scope in [ExamScope.region, ExamScope(key: .organisation("umc1"), view: .network)] {
            let all = index.meanHistograms(in: scope, year: 2017, subjects: [Fixture.rus, Fixture.math])
            for subject in [Fixture.rus, Fixture.math] {
                let scale = index.subject(subject)!.scale
                let one = ScoreHistogram(values: index.results(in: scope, year: 2017, subject: subject).map(\.result.mean), scale: scale)
                #expect(all[subject] == one)
            }
        }
        #expect(index.meanHistograms(in: .region, year: 2017, subjects: [Fixture.math])[Fixture.math]?.total == 1)
        #expect(index.meanHistograms(in: .region, year: 1990, subjects: [Fixture.rus]).isEmpty)
    }
}
