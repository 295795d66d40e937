import Testing
@testable import KachestvoCore

@Suite struct HierarchyTests {
    let index = RegionIndex(Fixture.dataset())

    private func node(_ id: Identifier<Organisation>, _ view: Hierarchy.View = .network) -> Int {
        index.hierarchy(view).nodeOfOrganisation[index.organisationIndex[id]!]
    }

    @Test func networkRunsFromConsultingCentreThroughMethodologicalCentreToSchools() {
        let tree = index.network
        #expect(tree.children[Hierarchy.rootNode] == [node("kc1")])
        #expect(tree.children[node("kc1")] == [node("umc2"), node("umc1")], "«Баганская СОШ» before «СОШ № 1», past МБОУ/МКОУ")
        #expect(tree.children[node("umc1")].count == 5)
        #expect(tree.children[node("umc2")].count == 5)
        #expect(tree.path(to: node("s7")) == [Hierarchy.rootNode, node("kc1"), node("umc2"), node("s7")])
        #expect(tree.depths[node("s7")] == 3)
        #expect(tree.isAncestor(node("kc1"), of: node("s3")))
        #expect(!tree.isAncestor(node("umc2"), of: node("s3")))
    }

    @Test func administrativeViewPutsCityDistrictsUnderTheirUrbanDistrict() {
        let tree = index.administrative
        let novosibirsk = tree.nodeOfMunicipality[index.municipalityIndex["go-nsk"]!]
        let lenin = tree.nodeOfMunicipality[index.municipalityIndex["nsk-lenin"]!]
        let bagan = tree.nodeOfMunicipality[index.municipalityIndex["mr-bagan"]!]
        #expect(tree.children[Hierarchy.rootNode] == [novosibirsk, bagan], "ГО before МР")
        #expect(tree.parent(of: lenin) == novosibirsk)
        #expect(tree.path(to: node("s1", .administrative)) == [Hierarchy.rootNode, novosibirsk, lenin, node("s1", .administrative)])
        #expect(tree.children[bagan].count == 6, "umc2 and s5…s9")
    }

    @Test func danglingCentreLandsUnderUnassigned() {
        var dataset = Fixture.dataset()
        dataset.organisations[5].centreId = "nowhere"
        let tree = RegionIndex(dataset).network
        let orphan = tree.nodeOfOrganisation[5]
        #expect(tree.nodes[tree.parent(of: orphan)!] == .unassigned)
    }

    @Test func aggregatesAreWeightedByParticipantsAndIncludeTheCentreItself() {
        // umc1: its own 40 at 75 plus s0…s4 (20 each) at 40, 60, 64, 66, 67 in 2017.
        let umc1 = index.aggregate(node: node("umc1"), in: .network, year: 2017, subject: Fixture.rus)
        #expect(umc1.participants == 140)
        #expect(abs(umc1.mean! - (40 * 75 + 20 * (40 + 60 + 64 + 66 + 67)) / 140.0) < 1e-9)
        #expect(umc1.belowMinimum == 4)
        #expect(umc1.hundreds == 1)
        let region = index.regionAggregate(year: 2017, subject: Fixture.rus)
        let schoolsSum = Fixture.means.map { $0[2] }.reduce(0, +) * 20
        #expect(region.participants == 240)
        #expect(abs(region.mean! - (schoolsSum + 40 * 75) / 240) < 1e-9)
        let leaf = index.aggregate(node: node("s6"), in: .network, year: 2016, subject: Fixture.rus)
        #expect(leaf.mean == 90 && leaf.participants == 20)
        let admin = index.aggregate(node: index.administrative.nodeOfMunicipality[index.municipalityIndex["mr-bagan"]!],
                                    in: .administrative, year: 2017, subject: Fixture.rus)
        #expect(admin.participants == 100)
    }

    @Test func markAggregatesKeepTheDistribution() {
        let aggregate = index.regionAggregate(year: 2017, subject: Fixture.math)
        #expect(aggregate.marks == MarkCounts(two: 1, three: 4, four: 2, five: 3))
        #expect(aggregate.belowMinimumShare == 0.1)
    }

    @Test func aggregatesOfAnUnknownYearOrSubjectAreEmpty() {
        #expect(index.regionAggregate(year: 1999, subject: Fixture.rus).isEmpty)
        #expect(index.regionAggregate(year: 2017, subject: "nope").isEmpty)
    }
}
