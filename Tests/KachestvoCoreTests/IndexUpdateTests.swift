import Testing
@testable import KachestvoCore

/// An exam result edited through `RegionIndex.update(examResult:to:)` reads back as a fresh index of
/// the edited dataset would show it.
@Suite struct IndexUpdateTests {
    private let original = RegionIndex(DemoRegion.generate(schools: DemoRegion.minimumSchools))

    /// A school three levels down in both trees (КЦ → УМЦ → school; ГО → city district → school)
    /// with results.
    private var deepSchool: Int {
        original.dataset.organisations.indices.first { org in
            original.network.depths[original.network.nodeOfOrganisation[org]] == 3
                && original.administrative.depths[original.administrative.nodeOfOrganisation[org]] == 3
                && original.results(organisation: org, year: original.latestYear!).count >= 3
        }!
    }

    /// Every aggregate of every node equals the fresh index's: counts exactly, the participant-weighted
    /// score sum up to rounding (floating-point addition depends on order). Also used by `RegionIndexApplyTests`.
    static func expectSameAggregates(_ updated: RegionIndex, _ fresh: RegionIndex) {
        for view in Hierarchy.View.allCases {
            for node in 0..<updated.hierarchy(view).count {
                for year in updated.years {
                    for subject in updated.dataset.subjects.map(\.id) {
                        var got = updated.aggregate(node: node, in: view, year: year, subject: subject)
                        let want = fresh.aggregate(node: node, in: view, year: year, subject: subject)
                        #expect(abs(got.weightedScore - want.weightedScore) <= 1e-9 * max(1, abs(want.weightedScore)))
                        got.weightedScore = want.weightedScore
                        #expect(got == want, "\(view) node \(node) \(year) \(subject)")
                    }
                }
            }
        }
    }

    @Test func changedFiguresUpdateAggregatesAndFlagsAlongBothPaths() throws {
        var index = original
        let org = deepSchool
        let year = try #require(index.latestYear)
        let old = try #require(index.results(organisation: org, year: year).max { $0.participants < $1.participants })
        var new = old
        new.belowMinimum = old.participants  // everyone below the minimum: FAILS_MINIMUM appears
        new.high = 0
        new.hundreds = 0
        #expect(!index.flags(organisation: org, year: year).contains { $0.flag == .failsMinimum })
        let changed = index.update(examResult: old, to: new)
        #expect(changed == [org])
        #expect(index.result(organisation: org, year: year, subject: old.subjectId) == new)
        let fresh = RegionIndex(index.dataset)
        Self.expectSameAggregates(index, fresh)
        // Means and participants are unchanged, so the fresh index has the same region statistics.
        for other in index.dataset.organisations.indices {
            for year in index.years { #expect(index.flags(organisation: other, year: year) == fresh.flags(organisation: other, year: year)) }
        }
        #expect(index.flags(organisation: org, year: year).contains { $0.flag == .failsMinimum })
    }

    @Test func addedAndDeletedResultsRescoreTheSchool() throws {
        var index = original
        let org = deepSchool
        let year = try #require(index.latestYear)
        let taken = Set(index.results(organisation: org, year: year).map(\.subjectId))
        let subject = try #require(index.dataset.subjects.first { !taken.contains($0.id) && $0.scale == .score100 })
        // Fewer candidates than `minimumParticipants`: the region's statistics do not count it, so a
        // fresh index has the same statistics and must give the school the same scores and flags.
        let added = ExamResult(organisationId: index.dataset.organisations[org].id, year: year, subjectId: subject.id,
                               participants: index.dataset.thresholds.minimumParticipants - 1, mean: subject.scale.range.lowerBound,
                               belowMinimum: 4, high: 0, hundreds: 0)
        let inserted = index.update(examResult: nil, to: added)
        #expect(inserted != nil)
        var fresh = RegionIndex(index.dataset)
        Self.expectSameAggregates(index, fresh)
        for slot in index.years.indices {
            #expect(index.scores.score(organisation: org, yearSlot: slot) == fresh.scores.score(organisation: org, yearSlot: slot))
            #expect(index.scores.percentile(organisation: org, yearSlot: slot) == fresh.scores.percentile(organisation: org, yearSlot: slot))
            #expect(index.scores.participation(organisation: org, yearSlot: slot) == fresh.scores.participation(organisation: org, yearSlot: slot))
        }
        for year in index.years { #expect(index.flags(organisation: org, year: year) == fresh.flags(organisation: org, year: year)) }

        let deleted = index.update(examResult: added, to: nil)
        #expect(deleted != nil)
        #expect(index.result(organisation: org, year: year, subject: subject.id) == nil)
        fresh = RegionIndex(index.dataset)
        Self.expectSameAggregates(index, fresh)
        #expect(Set(index.dataset.examResults) == Set(original.dataset.examResults))
        for year in index.years { #expect(index.flags(organisation: org, year: year) == original.flags(organisation: org, year: year)) }
    }

    @Test func editsTheIndexCannotApplyChangeNothing() throws {
        var index = original
        let org = deepSchool
        let year = try #require(index.latestYear)
        let results = index.results(organisation: org, year: year)
        var stale = results[0]
        stale.participants += 1
        #expect(index.update(examResult: stale, to: results[0]) == nil, "old is not what the dataset holds")
        var unknown = results[0]
        unknown.organisationId = "no-such-school"
        #expect(index.update(examResult: nil, to: unknown) == nil)
        var clash = results[0]
        clash.subjectId = results[1].subjectId
        #expect(index.update(examResult: results[0], to: clash) == nil, "would repeat another result")
        #expect(index.dataset == original.dataset)
    }
}

/// Financing and organisation edits through the index read back as a fresh index shows them.
@Suite struct IndexRecordUpdateTests {
    private let original = RegionIndex(DemoRegion.generate(schools: DemoRegion.minimumSchools))

    @Test func changedFinancingReflagsTheSchool() throws {
        var index = original
        let year = try #require(index.latestYear)
        let org = try #require(index.dataset.organisations.indices.first { org in
            index.financing(organisation: org, year: year).map { !$0.raised } == true
                && index.scores.percentile(organisation: org, yearSlot: index.yearIndex[year]!).map { $0 < 0.2 } == true
        })
        let old = try #require(index.financing(organisation: org, year: year))
        var raised = old
        raised.raised = true
        raised.coefficient = 1.2
        let changed = index.update(financing: old, to: raised)
        #expect(changed == [org], "a raised coefficient with low results: FUNDED_NO_EFFECT")
        #expect(index.flags(organisation: org, year: year) == RegionIndex(index.dataset).flags(organisation: org, year: year))
        let deleted = index.update(financing: raised, to: nil)
        #expect(deleted != nil)
        #expect(index.financing(organisation: org, year: year) == nil)
        let fresh = RegionIndex(index.dataset)
        for other in index.dataset.organisations.indices {
            #expect(index.financing(organisation: other, year: year) == fresh.financing(organisation: other, year: year))
        }
        let added = index.update(financing: nil, to: old)
        #expect(added != nil)
        #expect(Set(index.dataset.financing) == Set(original.dataset.financing))
        #expect(index.flags(organisation: org, year: year) == original.flags(organisation: org, year: year))
        let repeated = index.update(financing: nil, to: old)
        #expect(repeated == nil, "would repeat the record")
    }

    @Test func organisationFieldsThatMoveNothingAreReplaced() {
        var index = original
        var school = index.dataset.organisations[40]
        school.pupils += 7
        let replaced = index.update(organisation: school)
        #expect(replaced)
        #expect(index.organisation(school.id) == school)
        school.name += " (новое имя)"
        let renamed = index.update(organisation: school)
        #expect(!renamed, "a new name re-sorts the tree")
        #expect(index.organisation(school.id)?.name != school.name)
    }
}
