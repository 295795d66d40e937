import Testing
import KachestvoCore

/// The default demo region, generated once for all demo tests.
let demoRegion = DemoRegion.generate()

@Suite("Demo region: structure")
struct DemoRegionTests {
    let data = demoRegion

    @Test func sameSeedGivesEqualDataAndAnotherSeedDiffers() {
        #expect(DemoRegion.generate() == data)
        let other = DemoRegion.generate(seed: 7)
        #expect(other != data)
        #expect(other.organisations.map(\.name) != data.organisations.map(\.name))
    }

    /// Pins a fingerprint of the default region, so a platform whose arithmetic differs (or an
    /// accidental change to the generator) is caught.
    @Test func defaultRegionFingerprintIsStable() {
        #expect(data.organisations.reduce(0) { $0 + $1.pupils } == 316_019)
        #expect(data.examResults.count == 38_334)
        #expect(data.examResults.reduce(0) { $0 + Int(($1.mean * 100).rounded()) } == 111_043_159)
        #expect(data.financing.reduce(0) { $0 + Int(($1.coefficient * 100).rounded()) } == 684_196)
        #expect(data.organisations[0].name == "МБОУ гимназия № 1")
    }

    @Test func isMarkedDemoAndNormalised() {
        #expect(data.demo)
        #expect(data == data.normalised())
        #expect(data.years == [2014, 2015, 2016, 2017, 2018])
    }

    @Test func hasTheOblastsMunicipalities() {
        let byKind = Dictionary(grouping: data.municipalities, by: \.kind)
        #expect(byKind[.municipalDistrict]?.count == 30)
        #expect(byKind[.urbanDistrict]?.count == 5)
        #expect(byKind[.cityDistrict]?.count == 10)
        #expect(byKind[.cityDistrict]?.allSatisfy { $0.parentId == "go-novosibirsk" } == true)
        #expect(data.municipalities.contains { $0.id == "mr-bagansky" && $0.name == "Баганский район" })
        #expect(Set(data.municipalities.map(\.id)).count == data.municipalities.count)
    }

    @Test(arguments: [1000, 537, DemoRegion.minimumSchools])
    func hasTheRequestedNumberOfOrganisations(total: Int) {
        let region = total == 1000 ? data : DemoRegion.generate(schools: total)
        #expect(region.organisations.count == total)
        #expect(region.organisations.filter { $0.role == .consultingCentre }.count == 9)
        #expect(region.organisations.filter { $0.role == .methodologicalCentre }.count == 29)
    }

    @Test func shapeOfTheNetworkIsPlausible() {
        let schools = data.organisations
        let pupils = schools.reduce(0) { $0 + $1.pupils }
        #expect((250_000...330_000).contains(pupils))
        let small = schools.filter(\.small)
        #expect((350...450).contains(small.count))
        #expect(small.allSatisfy { $0.rural && $0.municipalityId.rawValue.hasPrefix("mr-") && $0.pupils <= 100 })
        let city = schools.filter { $0.municipalityId.rawValue.hasPrefix("go-novosibirsk-") }
        #expect((180...220).contains(city.count))
        #expect((30...60).contains(schools.filter { $0.role == .participant }.count))
        #expect(schools.allSatisfy { $0.teachers >= 3 && $0.teachers < $0.pupils })
        #expect(schools.filter { $0.kind == .cadetBoarding }.allSatisfy { $0.legalForm == .gbouNSO })
    }

    @Test func idsAreUniqueAndNamesUniqueWithinAMunicipality() {
        let organisations = data.organisations
        #expect(Set(organisations.map(\.id)).count == organisations.count)
        #expect(organisations.allSatisfy { $0.id.rawValue.count == "org-00001".count })
        let names = Set(organisations.map { "\($0.municipalityId)|\($0.name)" })
        #expect(names.count == organisations.count)
    }

    @Test func everyUMCLinksToAKCAndEverySchoolToAUMC() {
        let byId = Dictionary(uniqueKeysWithValues: data.organisations.map { ($0.id, $0) })
        for organisation in data.organisations {
            let centre = organisation.centreId.flatMap { byId[$0] }
            switch organisation.role {
            case .consultingCentre: #expect(organisation.centreId == nil)
            case .methodologicalCentre: #expect(centre?.role == .consultingCentre)
            case .participant, .none: #expect(centre?.role == .methodologicalCentre)
            }
        }
        let methodologicalCentres = data.organisations.filter { $0.role == .methodologicalCentre }
        let centresPerKC = Dictionary(grouping: methodologicalCentres) { $0.centreId! }
        #expect(centresPerKC.count == 9)
        #expect(centresPerKC.values.allSatisfy { (3...4).contains($0.count) })
    }

    @Test func referencesPointToExistingRecords() {
        let municipalities = Set(data.municipalities.map(\.id))
        let organisations = Set(data.organisations.map(\.id))
        let subjects = Set(data.subjects.map(\.id))
        let meetings = Set(data.meetings.map(\.id))
        let stages = Set(data.stages.map(\.id))
        #expect(data.organisations.allSatisfy { municipalities.contains($0.municipalityId) })
        #expect(data.examResults.allSatisfy { organisations.contains($0.organisationId) && subjects.contains($0.subjectId) })
        #expect(data.financing.allSatisfy { organisations.contains($0.organisationId) })
        #expect(data.riskProfiles.allSatisfy { organisations.contains($0.organisationId) })
        #expect(data.supportCases.allSatisfy { organisations.contains($0.organisationId) })
        #expect(data.meetings.flatMap(\.decisions).flatMap(\.organisationIds).allSatisfy { organisations.contains($0) })
        #expect(data.directions.allSatisfy { stages.contains($0.stageId) && $0.meetingId.map(meetings.contains) == true })
        for forecast in data.forecasts {
            #expect(subjects.contains(forecast.subjectId))
            #expect(forecast.meetingId.map(meetings.contains) == true)
            if case .organisation(let id) = forecast.scope { #expect(organisations.contains(id)) }
        }
        for ids in [
            data.supportCases.map(\.id.rawValue), data.meetings.map(\.id.rawValue), data.stages.map(\.id.rawValue),
            data.directions.map(\.id.rawValue), data.forecasts.map(\.id.rawValue), data.subjects.map(\.id.rawValue),
        ] {
            #expect(Set(ids).count == ids.count)
        }
    }

    @Test func subjectsCarryTheirMinimumScores() {
        let byId = Dictionary(uniqueKeysWithValues: data.subjects.map { ($0.id, $0) })
        #expect(byId["ege-rus"]?.minimumScore == 24)
        #expect(byId["ege-rus"]?.universityMinimum == 36)
        #expect(byId["ege-math-profile"]?.minimumScore == 27)
        #expect(byId["ege-math-base"]?.scale == .mark5)
        #expect(byId["oge-math"]?.exam == .oge)
        #expect(data.subjects.filter { $0.exam == .ege }.count == 12)
    }

    @Test func councilHeldTheOpenMeetingOf28September2017() throws {
        let meeting = try #require(data.meetings.first { $0.date == Day(year: 2017, month: 9, day: 28) })
        #expect(meeting.open)
        #expect(meeting.topic.hasPrefix("О направлениях деятельности региональных инновационных площадок"))
        #expect(meeting.topic.hasSuffix("в 2017-2018 годах"))
        #expect(meeting.participants.contains { $0.hasPrefix("С.А. Нелюбов, министр образования") })
        #expect(meeting.decisions.contains { !$0.organisationIds.isEmpty })
        #expect((4...6).contains(data.meetings.count))
        #expect(data.directions.allSatisfy { $0.meetingId == meeting.id && $0.stageId == "stage-2017" })
        #expect(data.forecasts.allSatisfy { $0.year == 2018 && $0.meetingId == meeting.id })
        #expect(data.stages.contains { $0.start == Day(year: 2017, month: 9, day: 1) })
        #expect(data.stages.contains { $0.start.year == 2011 })
    }

    /// A large region keeps its counts, unique names and sortable ids. 10,000 keeps the debug test
    /// quick; 40,000 is measured in a release build (about 0.8 s).
    @Test func scalesToTensOfThousandsOfSchools() {
        let large = DemoRegion.generate(schools: 10_000)
        #expect(large.organisations.count == 10_000)
        #expect(large.organisations.filter { $0.role == .methodologicalCentre }.count == 29)
        #expect(Set(large.organisations.map { "\($0.municipalityId)|\($0.name)" }).count == 10_000)
        #expect(large.organisations.last?.id == "org-10000")
        #expect(large.organisations.map(\.id) == large.organisations.map(\.id).sorted())
        #expect(DatasetValidator.validate(large) == [])
    }
}
