import Testing
@testable import KachestvoCore

/// `RegionIndex.apply(_ change:)` updates along the changed paths to what a rebuild of the edited
/// dataset shows, or says a rebuild is needed and changes nothing.
@Suite struct RegionIndexApplyTests {
    private let original = RegionIndex(DemoRegion.generate(schools: DemoRegion.minimumSchools))

    /// A school with results in the latest year, and a subject it did not sit that year.
    private func school() throws -> (org: Int, results: [ExamResult], missing: Subject) {
        let year = try #require(original.latestYear)
        let org = try #require(original.dataset.organisations.indices.first { original.results(organisation: $0, year: year).count >= 2 })
        let results = original.results(organisation: org, year: year)
        let taken = Set(results.map(\.subjectId))
        let missing = try #require(original.dataset.subjects.first { !taken.contains($0.id) && $0.scale == .score100 })
        return (org, results, missing)
    }

    @Test func aGridOfResultsUpdatesTheAggregatesAsARebuildWould() throws {
        var index = original
        let (org, results, missing) = try school()
        var edited = results
        edited[0].participants += 1
        edited[0].belowMinimum = min(edited[0].participants, edited[0].belowMinimum + 1)
        edited.remove(at: 1)
        edited.append(ExamResult(organisationId: results[0].organisationId, year: results[0].year, subjectId: missing.id,
                                 participants: 3, mean: 50, belowMinimum: 0, high: 0, hundreds: 0))
        let change = ChangeBuilder.results(from: results, to: edited)
        let applied1 = index.apply(change)
        #expect(applied1)
        #expect(Set(index.results(organisation: org, year: results[0].year)) == Set(edited))
        var dataset = original.dataset
        try dataset.apply(change)
        IndexUpdateTests.expectSameAggregates(index, RegionIndex(dataset))
        #expect(Set(index.dataset.examResults) == Set(dataset.examResults))

        let applied2 = index.apply(change.inverted)
        #expect(applied2)
        IndexUpdateTests.expectSameAggregates(index, original)
    }

    @Test func financingAndCountsOfPupilsNeedNoRebuild() throws {
        var index = original
        let financing = try #require(index.dataset.financing.first)
        var raised = financing
        raised.coefficient = 1.2
        raised.raised = true
        let org = try #require(index.organisation(financing.organisationId))
        var bigger = org
        bigger.pupils += 10
        var change = ChangeBuilder.change(from: .financing(financing), to: .financing(raised))
        change.edits += ChangeBuilder.edits(from: .organisation(org), to: .organisation(bigger))
        let applied3 = index.apply(change)
        #expect(applied3)
        let slot = try #require(index.organisationIndex[org.id])
        #expect(index.financing(organisation: slot, year: financing.year) == raised)
        #expect(index.organisation(org.id) == bigger)
        var dataset = original.dataset
        try dataset.apply(change)
        let fresh = RegionIndex(dataset)
        for year in index.years { #expect(index.flags(organisation: slot, year: year) == fresh.flags(organisation: slot, year: year)) }
    }

    @Test func supportCasesMeetingsAndForecastsApplyToTheDataset() throws {
        var index = original
        let supportCase = try #require(index.dataset.supportCases.first { $0.status == .active })
        let transition = try SupportCaseChanges.transition(supportCase, to: .monitoring, on: supportCase.opened, comment: "")
        let applied4 = index.apply(transition)
        #expect(applied4)
        let slot = try #require(index.organisationIndex[supportCase.organisationId])
        #expect(index.supportCases(organisation: slot).contains { $0.id == supportCase.id && $0.status == .monitoring })
        var added = supportCase
        added.id = "case-new"
        added.transitions = []
        let applied5 = index.apply(ChangeBuilder.add(.supportCase(added)))
        #expect(applied5)
        #expect(index.supportCases(organisation: slot).map(\.id).contains("case-new"))
        let forecast = try #require(index.dataset.forecasts.first)
        var planned = forecast
        planned.planned += 1
        let applied6 = index.apply(ChangeBuilder.change(from: .forecast(forecast), to: .forecast(planned)))
        #expect(applied6)
        #expect(index.dataset.record(.forecast(forecast.id)) == .forecast(planned))
    }

    @Test func aSchoolMovedToAnotherCentreAndMunicipalityMovesAlongBothPaths() throws {
        var index = original
        let year = try #require(index.latestYear)
        let org = try #require(index.dataset.organisations.indices.first {
            index.dataset.organisations[$0].role == .none && index.results(organisation: $0, year: year).count >= 2
        })
        let school = index.dataset.organisations[org]
        let umc = try #require(index.dataset.organisations.first {
            $0.role == .methodologicalCentre && $0.id != school.centreId && $0.municipalityId != school.municipalityId
        })
        var moved = school
        moved.centreId = umc.id
        moved.municipalityId = umc.municipalityId
        let change = ChangeBuilder.change(from: .organisation(school), to: .organisation(moved))
        let applied = index.apply(change)
        #expect(applied)
        var dataset = original.dataset
        try dataset.apply(change)
        let fresh = RegionIndex(dataset)
        IndexUpdateTests.expectSameAggregates(index, fresh)
        for view in Hierarchy.View.allCases {
            let tree = index.hierarchy(view), node = tree.nodeOfOrganisation[org]
            #expect(tree.path(to: node).map { tree.nodes[$0] } == fresh.hierarchy(view).path(to: fresh.hierarchy(view).nodeOfOrganisation[org])
                .map { fresh.hierarchy(view).nodes[$0] }, "\(view)")
            let parent = try #require(tree.parent(of: node))
            #expect(tree.children[parent].map { tree.nodes[$0] } == fresh.hierarchy(view).children[fresh.hierarchy(view).parent(of:
                fresh.hierarchy(view).nodeOfOrganisation[org])!].map { fresh.hierarchy(view).nodes[$0] }, "\(view): in name order")
        }
        let back = index.apply(change.inverted)
        #expect(back)
        IndexUpdateTests.expectSameAggregates(index, original)
    }

    @Test func whatARebuildMustDoChangesNothing() throws {
        var index = original
        let umc = try #require(index.dataset.organisations.first { umc in
            umc.role == .methodologicalCentre && index.dataset.organisations.contains { $0.centreId == umc.id }
        })
        let kc = try #require(index.dataset.organisations.first { $0.role == .consultingCentre && $0.id != umc.centreId })
        var moved = umc
        moved.centreId = kc.id
        let applied = index.apply(ChangeBuilder.change(from: .organisation(umc), to: .organisation(moved)))
        #expect(!applied, "a УМЦ moves with its schools")
        var renamed = umc
        renamed.name += " им. Пушкина"
        let renaming = index.apply(ChangeBuilder.change(from: .organisation(umc), to: .organisation(renamed)))
        #expect(!renaming)
        var thresholds = index.dataset.thresholds
        thresholds.declineYears = 3
        let thresholding = index.apply(ChangeBuilder.change(from: index.dataset.thresholds, to: thresholds))
        #expect(!thresholding)
        var stale = umc
        stale.pupils += 1
        var bigger = stale
        bigger.pupils += 1
        let staleApplied = index.apply(ChangeBuilder.change(from: .organisation(stale), to: .organisation(bigger)))
        #expect(!staleApplied, "a stale edit")
        #expect(index.dataset == original.dataset)
    }
}
