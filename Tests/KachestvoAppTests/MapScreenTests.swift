import Bilingual
@testable import KachestvoApp
import KachestvoCore
import TerminalKit
import Testing

/// The app fixture with eight more municipalities, one school each with a known ЕГЭ Russian mean,
/// so that the map has tiles at its corners and around the city.
enum MapFixture {
    static let extra: [(id: String, name: String, mean: Double)] = [
        ("mr-kysh", "Кыштовский район", 58), ("mr-karasuk", "Карасукский район", 63),
        ("mr-masl", "Маслянинский район", 69), ("mr-bolot", "Болотнинский район", 55),
        ("go-berdsk", "г. Бердск", 72), ("go-ob", "г. Обь", 60), ("go-koltsovo", "р.п. Кольцово", 81),
        ("mr-suzun", "Сузунский муниципальный район", 65),
    ]

    static func dataset() -> Dataset {
        var data = AppFixture.dataset()
        for (number, area) in extra.enumerated() {
            let school = Identifier<Organisation>("map-\(number)")
            data.municipalities.append(Municipality(id: Identifier(area.id), name: area.name,
                                                    kind: area.id.hasPrefix("go-") ? .urbanDistrict : .municipalDistrict))
            data.organisations.append(Organisation(
                id: school, name: "МБОУ СОШ № \(200 + number)", kind: .secondary, legalForm: .mbou,
                municipalityId: Identifier(area.id), settlement: area.name, pupils: 300, teachers: 20, rural: false,
                small: false, role: .none, centreId: "org-05"))
            data.examResults.append(ExamResult(organisationId: school, year: 2018, subjectId: AppFixture.rus, participants: 20,
                                               mean: area.mean, belowMinimum: area.mean < 60 ? 2 : 0, high: 1, hundreds: 0))
            data.financing.append(Financing(organisationId: school, year: 2018, normative: 86_500,
                                            coefficient: 1 + Double(number) / 100, raised: false))
        }
        return data
    }

    static func state(width: Int = 80, height: Int = 24, language: Language = .ru, colorDepth: ColorDepth = .none) -> AppState {
        var state = AppState(model: AppModel(index: RegionIndex(dataset())), language: language, width: width, height: height,
                             themes: [Theme.builtInDefault], colorDepth: colorDepth)
        AppFixture.type([.character("7")], into: &state)
        return state
    }

    /// The list the shell opened over the map, if any.
    static func drilled(_ state: AppState) -> OrganisationDrill? {
        guard case .drill(let list)? = state.overlay else { return nil }
        return list.drill
    }

    /// The tile's figure on show.
    static func figure(_ state: AppState, _ name: String) -> MapFigures.Tile? {
        let map = state.screens.map
        guard let index = map.layout.tiles.firstIndex(where: { $0.name == name }) else { return nil }
        return map.figures?.tiles(cityOpen: map.isCityOpen)[index]
    }
}

@Suite struct MapScreenTests {
    @Test func tileValuesAreTheModelsAggregatePerMunicipality() throws {
        let state = MapFixture.state()
        let index = state.model.index
        for tile in CartogramLayout.oblast.tiles {
            let shown = try #require(MapFixture.figure(state, tile.name))
            guard let municipality = shown.municipality else {
                #expect(shown.figure.value == nil)
                continue
            }
            let node = index.administrative.nodeOfMunicipality[municipality]
            let aggregate = index.aggregate(node: node, in: .administrative, year: 2018, subject: AppFixture.rus)
            #expect(shown.figure.value == aggregate.mean, "\(tile.name)")
            #expect(shown.figure.basis == aggregate.participants)
        }
        #expect(MapFixture.figure(state, "Баганский")?.figure.value == 55, "(61 + 49) / 2, each of 24 participants")
        #expect(MapFixture.figure(state, "Кольцово")?.figure.value == 81)
        #expect(MapFixture.figure(state, "Сузунский")?.municipality != nil, "found by name whatever the kind words")
        #expect(MapFixture.figure(state, "Ордынский")?.municipality == nil, "a municipality the data lacks")
    }

    @Test func theIndicatorKeysCycleAndRecomputeOnce() throws {
        var state = MapFixture.state()
        let generation = try #require(state.screens.map.figures?.inputs)
        AppFixture.type([.character("i"), .character("i"), .character("i"), .character("i")], into: &state)
        #expect(state.screens.map.indicator == .financingCoefficient)
        #expect(MapFixture.figure(state, "Кольцово")?.figure.value == 1.06, "the sixth extra school's coefficient")
        #expect(state.message?.contains("коэффициент финансирования") == true)
        AppFixture.type([.character("I"), .character("ш")], into: &state)
        #expect(state.screens.map.indicator == .financingCoefficient, "I back, ш (i in ЙЦУКЕН) forward")
        AppFixture.type([.character("i")], into: &state)
        #expect(state.screens.map.figures?.inputs == generation, "back round to the first: the same key")
        AppFixture.type([.character("<"), .character(">")], into: &state)
        #expect(state.screens.map.figures?.inputs.year == 2018)
    }

    @Test func theCursorStepsToTheNearestTileInEachDirection() {
        var state = MapFixture.state()
        #expect(state.screens.map.selectedTile == "Новосибирск")
        let steps: [(Key, String)] = [
            (.right, "Кольцово"), (.left, "Новосибирск"), (.character("h"), "Обь"), (.up, "Коченёвский"),
            (.character("k"), "Колыванский"), (.character("k"), "Колыванский"), (.character("l"), "Мошковский"),
            (.right, "Болотнинский"), (.right, "Болотнинский"), (.down, "Тогучинский"), (.character("j"), "Кольцово"),
            (.character("д"), "Кольцово"), (.character("р"), "Новосибирск"),
        ]
        for (key, tile) in steps {
            AppFixture.type([key], into: &state)
            #expect(state.screens.map.selectedTile == tile, "after \(key)")
        }
    }

    @Test func enterListsExactlyTheMunicipalitysSchoolsWithTheirValues() throws {
        var state = MapFixture.state()
        AppFixture.type([.character("h"), .character("h"), .character("h"), .character("j"), .character("h"), .character("j")],
                        into: &state)
        #expect(state.screens.map.selectedTile == "Баганский")
        AppFixture.type([.enter], into: &state)
        let drill = try #require(MapFixture.drilled(state))
        #expect(Set(drill.rows.map(\.id)) == ["org-04", "org-08", "org-09"])
        #expect(drill.rows.first { $0.id == "org-04" }?.value == 61)
        #expect(drill.rows.first { $0.id == "org-08" }?.value == nil, "an ООШ sits no ЕГЭ")
        #expect(drill.title.hasPrefix("Баганский: ЕГЭ, русский язык: средний балл, 2017/2018"))
        #expect(drill.valueTitle == "Средний балл" && drill.decimals == 1)
        guard case .drill(let list)? = state.overlay, let selected = list.selectedOrganisation else { return }
        AppFixture.type([.enter], into: &state)
        #expect(state.tab == .network && state.overlay == nil)
        #expect(AppFixture.focusedName(state) == state.model.index.organisation(selected)?.name, "the list's school opened")
        #expect(["МКОУ Баганская СОШ № 1", "МКОУ Урезская ООШ", "МКОУ Палецкая СОШ"].contains(AppFixture.focusedName(state) ?? ""))
    }

    @Test func theCityOpensIntoItsDistrictsAndEscapeClosesIt() throws {
        var state = MapFixture.state()
        #expect(AppFixture.screen(state)[21].contains("г. Новосибирск: 69,6 · участников 168 · Enter — районы города"))
        AppFixture.type([.enter], into: &state)
        #expect(state.screens.map.isCityOpen && state.overlay == nil)
        #expect(state.screens.map.selectedTile == "Центральный")
        let central = try #require(MapFixture.figure(state, "Центральный"))
        #expect(central.figure.value == (77 + 67 + 66) / 3.0)
        AppFixture.type([.character("h"), .enter], into: &state)
        #expect(state.screens.map.selectedTile == "Железнодорожный")
        #expect(state.overlay == nil, "no such district in the data: nothing to list")
        AppFixture.type([.character("l"), .enter], into: &state)
        #expect(Set(try #require(MapFixture.drilled(state)).rows.map(\.id)) == ["org-02", "org-05", "org-10"])
        AppFixture.type([.escape, .escape], into: &state)
        #expect(!state.screens.map.isCityOpen && state.screens.map.selectedTile == "Новосибирск")
        AppFixture.type([.enter], into: &state)
        #expect(state.screens.map.selectedTile == "Центральный", "the city's cursor is remembered")
    }

    @Test func aCityWithoutDistrictsInTheDataListsItsSchools() throws {
        var data = MapFixture.dataset()
        data.municipalities.removeAll { $0.kind == .cityDistrict }
        for index in data.organisations.indices where data.organisations[index].municipalityId.rawValue.hasPrefix("nsk-") {
            data.organisations[index].municipalityId = "go-nsk"
        }
        var state = AppState(model: AppModel(index: RegionIndex(data)), language: .ru, width: 80, height: 24,
                             themes: [Theme.builtInDefault], colorDepth: .none)
        AppFixture.type([.character("7"), .enter], into: &state)
        #expect(!state.screens.map.isCityOpen)
        #expect(try #require(MapFixture.drilled(state)).rows.count == 7)
    }

    @Test func monoShowsTheStepsAsShadingPatterns() {
        let rows = AppFixture.screen(MapFixture.state())
        let lowest = rows.first { $0.contains("Болотн.") }!, highest = rows.first { $0.contains("Кольцово") }!
        let next = rows.firstIndex(of: lowest)! + 1
        #expect(rows[next].contains("55,0···"), "Болотнинский, the lowest, in the lightest pattern: \(rows[next])")
        #expect(rows[rows.firstIndex(of: highest)!].contains("[Новосиб.]Кольцово"), "the cursor's brackets on the city beside it")
        #expect(rows[rows.firstIndex(of: highest)! + 1].contains("81,0████"), "Кольцово, the highest, solid")
        #expect(rows.contains { $0.contains("55,0 ··░░▒▒▓▓██ 81,0") }, "the scale, low to high, with its range")
    }

    @Test func inColourTheLowestStepIsTheHeatColourItself() {
        let state = MapFixture.state(colorDepth: .sixteen)
        let buffer = AppView.render(state)
        let rows = TestBackend.lines(of: buffer)
        let y = rows.firstIndex { $0.contains("Болотн.") }! + 1
        let x = rows[y].distance(from: rows[y].startIndex, to: rows[y].range(of: "55,0")!.upperBound)
        #expect(buffer[x, y].symbol == " ")
        #expect(buffer[x, y].style == state.context.style(.heatLow))
    }
}

extension MapScreenTests {
    /// With `--ambiguous-wide` Cyrillic takes two columns: names are clipped to their tiles by that
    /// measure, fills turn ASCII, and the frame's right border stays in line.
    @Test func ambiguousWideTextKeepsToItsTiles() {
        var state = MapFixture.state()
        state.context.textWidth = TextWidth(ambiguousWide: true)
        let rows = TestBackend.lines(of: AppView.render(state))
        for y in 2..<22 { #expect(rows[y].hasSuffix("|"), "row \(y): \(rows[y])") }
        #expect(!rows.joined().contains("█") && rows.joined().contains("@"), "the top step in ASCII")
    }
}

@Suite struct MapGoldenTests {
    @Test(arguments: [(80, 24), (120, 40)], [Language.ru, .en])
    func theOblast(size: (Int, Int), language: Language) throws {
        try GoldenScreenTests().check("map-\(size.0)x\(size.1)-\(language.rawValue)",
                         MapFixture.state(width: size.0, height: size.1, language: language))
    }

    @Test func theCityOpened() throws {
        var state = MapFixture.state()
        AppFixture.type([.enter], into: &state)
        try GoldenScreenTests().check("map-city-80x24-ru", state)
    }
}
