import Testing
@testable import KachestvoCore

/// The centres and the organisations naming one as their centre, read off the network tree: they
/// must be what a pass over every organisation finds, however the centres are named wrongly, and
/// stay so after an organisation moves in place.
@Suite struct CentreLookupTests {
    /// The fixture with every way of naming a centre the tree cannot hang under it.
    static func tangled() -> Dataset {
        var dataset = Fixture.dataset()
        func add(_ id: Identifier<Organisation>, _ role: Organisation.Role, centre: Identifier<Organisation>?) {
            dataset.organisations.append(Organisation(
                id: id, name: "ОО \(id.rawValue)", kind: .secondary, legalForm: .mbou, municipalityId: "mr-bagan",
                settlement: "с. Баган", pupils: 100, teachers: 10, rural: true, small: false, role: role, centreId: centre))
        }
        add("kc2", .consultingCentre, centre: "umc1")      // a КЦ naming a УМЦ: it hangs from the root
        add("umc3", .methodologicalCentre, centre: "umc1") // a УМЦ naming a УМЦ: unassigned
        add("umc4", .methodologicalCentre, centre: "umc4") // naming itself
        add("s-kc", .participant, centre: "kc1")           // a school naming a КЦ: unassigned
        add("s-s", .none, centre: "s0")                    // a school naming a school
        add("s-gone", .participant, centre: "gone")        // a centre that is not there
        return dataset
    }

    static func scanned(namingAsCentre org: Int, in dataset: Dataset) -> [Int] {
        let all = dataset.organisations
        return all.indices.filter { $0 != org && all[$0].centreId == all[org].id }
    }

    static func expectTreeAgreesWithAScan(_ index: RegionIndex) {
        let all = index.dataset.organisations
        #expect(index.centrePositions == all.indices.filter { [.consultingCentre, .methodologicalCentre].contains(all[$0].role) })
        for org in all.indices {
            #expect(index.positions(namingAsCentre: org) == scanned(namingAsCentre: org, in: index.dataset), "\(all[org].id.rawValue)")
        }
    }

    @Test func theTreeFindsWhatAScanFinds() {
        let index = RegionIndex(Self.tangled())
        Self.expectTreeAgreesWithAScan(index)
        let umc1 = index.organisationIndex["umc1"]!
        #expect(index.positions(namingAsCentre: umc1)?.count == 7, "five schools, a КЦ and a УМЦ")
    }

    @Test func aSchoolMovedInPlaceIsFoundUnderItsNewCentre() throws {
        var index = RegionIndex(Self.tangled())
        var school = try #require(index.organisation(Fixture.school(0)))
        school.centreId = "umc2"
        let applied = index.apply(ChangeBuilder.change(from: .organisation(index.organisation(Fixture.school(0))!), to: .organisation(school)))
        #expect(applied, "moved along the paths, without a rebuild")
        Self.expectTreeAgreesWithAScan(index)
    }

    @Test func repeatedIdsLeaveItToAScan() {
        var dataset = Self.tangled()
        dataset.organisations.append(dataset.organisations[1])
        let index = RegionIndex(dataset)
        #expect(index.positions(namingAsCentre: 1) == nil)
        let umc1 = dataset.organisations[1].id
        #expect(FieldRules.dependants(of: umc1, in: index) == FieldRules.dependants(of: umc1, in: dataset))
    }

    @Test func dependantsThroughTheIndexAreTheScansOnes() {
        let dataset = Self.tangled(), index = RegionIndex(dataset)
        for org in dataset.organisations {
            #expect(FieldRules.dependants(of: org.id, in: index) == FieldRules.dependants(of: org.id, in: dataset), "\(org.id.rawValue)")
        }
    }
}
