@testable import KachestvoCore
import Testing

/// The cartogram's tile table: every municipality once, no two tiles on one place, a short form
/// that tells each apart; and the tiles finding their municipalities in a dataset by name.
@Suite struct CartogramLayoutTests {
    /// The 30 МР and 5 ГО as DESIGN.md names them.
    static let oblastNames: Set<String> = [
        "Новосибирск", "Бердск", "Искитим", "Обь", "Кольцово",
        "Баганский", "Барабинский", "Болотнинский", "Венгеровский", "Доволенский", "Здвинский", "Искитимский",
        "Карасукский", "Каргатский", "Колыванский", "Коченёвский", "Кочковский", "Краснозёрский", "Куйбышевский",
        "Купинский", "Кыштовский", "Маслянинский", "Мошковский", "Новосибирский", "Ордынский", "Северный",
        "Сузунский", "Татарский", "Тогучинский", "Убинский", "Усть-Таркский", "Чановский", "Черепановский",
        "Чистоозёрный", "Чулымский",
    ]
    static let cityNames: Set<String> = [
        "Дзержинский", "Железнодорожный", "Заельцовский", "Калининский", "Кировский", "Ленинский",
        "Октябрьский", "Первомайский", "Советский", "Центральный",
    ]

    @Test(arguments: [(CartogramLayout.oblast, oblastNames), (CartogramLayout.novosibirskCity, cityNames)])
    func tilesCoverEveryMunicipalityOnceWithoutOverlap(layout: CartogramLayout, names: Set<String>) {
        #expect(layout.tiles.count == names.count, "one tile each")
        #expect(Set(layout.tiles.map(\.name)) == names, "exactly these municipalities")
        let places = layout.tiles.map { [$0.column, $0.row] }
        #expect(Set(places).count == places.count, "no two tiles on one place")
        for tile in layout.tiles {
            #expect((0..<layout.columns).contains(tile.column) && (0..<layout.rows).contains(tile.row))
            #expect(layout.tile(column: tile.column, row: tile.row) == tile)
        }
    }

    @Test(arguments: [CartogramLayout.oblast, CartogramLayout.novosibirskCity])
    func abbreviationsFitAndDiffer(layout: CartogramLayout) {
        let abbreviations = layout.tiles.map(\.abbreviation)
        #expect(Set(abbreviations).count == abbreviations.count)
        for tile in layout.tiles {
            #expect(tile.abbreviation.count <= 8, "\(tile.abbreviation)")
            #expect(tile.name.hasPrefix(tile.abbreviation.prefix { $0 != "." }.prefix(3)), "\(tile.abbreviation) abbreviates \(tile.name)")
        }
    }

    @Test func theMapKeepsTheCompassPoints() {
        let oblast = CartogramLayout.oblast
        func place(_ name: String) -> (column: Int, row: Int) {
            let tile = oblast.tile(named: name)!
            return (tile.column, tile.row)
        }
        let city = place("Новосибирск")
        #expect(place("Кыштовский").column <= 1 && place("Кыштовский").row == 0)
        #expect(place("Северный").column <= 1 && place("Северный").row == 0)
        #expect(place("Болотнинский") == (oblast.columns - 1, 0))
        #expect(place("Карасукский").row == oblast.rows - 1 && place("Карасукский").column <= 2)
        #expect(place("Сузунский").row == oblast.rows - 1 && place("Маслянинский").column == oblast.columns - 1)
        #expect(place("Обь").column < city.column && place("Кольцово").column > city.column)
        #expect(place("Бердск").row > city.row && place("Искитим").row > place("Бердск").row)
    }

    @Test func theNearestTileLiesInTheArrowsDirectionAndNoneBeyondTheEdge() {
        let oblast = CartogramLayout.oblast
        let city = oblast.tile(named: "Новосибирск")!
        #expect(oblast.nearest(from: city, columns: 1, rows: 0)?.name == "Кольцово")
        #expect(oblast.nearest(from: city, columns: -1, rows: 0)?.name == "Обь")
        #expect(oblast.nearest(from: city, columns: 0, rows: -1)?.name == "Новосибирский")
        #expect(oblast.nearest(from: city, columns: 0, rows: 1)?.name == "Бердск")
        let corner = oblast.tile(named: "Кыштовский")!
        #expect(oblast.nearest(from: corner, columns: -1, rows: 0) == nil)
        #expect(oblast.nearest(from: corner, columns: 0, rows: -1) == nil)
        #expect(oblast.nearest(from: oblast.tile(named: "Северный")!, columns: 1, rows: 0)?.name == "Куйбышевский",
                "one row down and one across is nearer than four along the empty north")
    }

    @Test func namesAreMatchedWhateverTheKindWordsAndCase() {
        #expect(CartogramPlacement.key(of: "Кыштовский район") == "кыштовский")
        #expect(CartogramPlacement.key(of: "Кыштовский муниципальный район") == "кыштовский")
        #expect(CartogramPlacement.key(of: "г. Бердск") == "бердск")
        #expect(CartogramPlacement.key(of: "г.Бердск") == "бердск")
        #expect(CartogramPlacement.key(of: "город Бердск") == "бердск")
        #expect(CartogramPlacement.key(of: "р.п. Кольцово") == "кольцово")
        #expect(CartogramPlacement.key(of: "Коченевский район") == CartogramPlacement.key(of: "Коченёвский"))
        #expect(CartogramPlacement.key(of: "Новосибирский район") != CartogramPlacement.key(of: "г. Новосибирск"))
    }

    @Test func theDemoRegionFillsEveryTileOfBothLayouts() throws {
        let data = demoRegion
        let oblast = CartogramPlacement.oblast(data)
        #expect(oblast.municipalities.allSatisfy { $0 != nil })
        #expect(oblast.unplaced.isEmpty)
        #expect(Set(oblast.municipalities.compactMap { $0 }).count == 35)
        let cityTile = try #require(CartogramLayout.oblast.tiles.firstIndex { $0.name == CartogramLayout.cityName })
        let city = try #require(oblast.municipalities[cityTile])
        #expect(data.municipalities[city].name == "г. Новосибирск")
        let districts = CartogramPlacement.city(data, city: city)
        #expect(districts.municipalities.allSatisfy { $0 != nil } && districts.unplaced.isEmpty)
        for (tile, municipality) in zip(CartogramLayout.novosibirskCity.tiles, districts.municipalities) {
            #expect(data.municipalities[municipality!].name == tile.name + " район")
        }
    }

    @Test func aMunicipalityNoTileNamesIsReportedUnplaced() {
        var data = Fixture.dataset()
        data.municipalities.append(Municipality(id: "mr-x", name: "Нигдешний район", kind: .municipalDistrict))
        let placement = CartogramPlacement.oblast(data)
        #expect(placement.unplaced.map { data.municipalities[$0].name } == ["Нигдешний район"])
        #expect(placement.municipalities.compactMap { $0 }.map { data.municipalities[$0].name }.sorted()
                == ["Баганский", "г. Новосибирск"])
    }
}

/// The figures a map tile shows, checked against the schools' own results summed by hand.
@Suite struct AreaIndicatorTests {
    let index = RegionIndex(demoRegion)
    var digest: RegionDigest { RegionDigest(index) }
    var year: Int { index.latestYear! }

    @Test(arguments: AreaIndicator.allCases)
    func everyMunicipalityFigureIsItsSchoolsSummed(indicator: AreaIndicator) {
        let digest = digest
        let figures = indicator.figures(year: year, index: index, digest: digest)
        #expect(figures.count == index.dataset.municipalities.count)
        for (municipality, figure) in figures.enumerated() {
            let schools = index.organisations(inMunicipality: municipality)
            var sum = 0.0, weight = 0
            for org in schools {
                switch indicator {
                case .russianMean, .profileMathMean:
                    let subject: Identifier<Subject> = indicator == .russianMean ? "ege-rus" : "ege-math-profile"
                    guard let result = index.result(organisation: org, year: year, subject: subject) else { continue }
                    sum += result.mean * Double(result.participants)
                    weight += result.participants
                case .belowMinimumShare:
                    for result in index.results(organisation: org, year: year) where result.subjectId.rawValue.hasPrefix("ege-") {
                        sum += Double(result.belowMinimum)
                        weight += result.participants
                    }
                case .flaggedShare:
                    sum += index.flags(organisation: org, year: year).contains { !$0.flag.isPositive } ? 1 : 0
                    weight += 1
                case .financingCoefficient:
                    guard let financing = index.financing(organisation: org, year: year) else { continue }
                    sum += financing.coefficient
                    weight += 1
                }
            }
            #expect(figure.basis == weight, "\(index.dataset.municipalities[municipality].name)")
            if weight == 0 {
                #expect(figure.value == nil)
            } else {
                #expect(abs(figure.value! - sum / Double(weight)) < 1e-9, "\(index.dataset.municipalities[municipality].name)")
            }
        }
    }

    @Test func theCityIsTheSumOfItsDistricts() throws {
        let figures = AreaIndicator.russianMean.figures(year: year, index: index, digest: digest)
        let city = try #require(index.dataset.municipalities.firstIndex { $0.name == "г. Новосибирск" })
        let districts = index.dataset.municipalities.indices.filter { index.dataset.municipalities[$0].parentId == index.dataset.municipalities[city].id }
        #expect(districts.count == 10)
        #expect(figures[city].basis == districts.reduce(0) { $0 + figures[$1].basis })
        #expect(figures[city].basis > 0)
    }

    @Test func aSchoolsValueIsItsOwn() throws {
        let org = try #require(index.dataset.organisations.indices.first { index.result(organisation: $0, year: year, subject: "ege-rus") != nil })
        #expect(AreaIndicator.russianMean.value(organisation: org, year: year, index: index, digest: digest)
                == index.result(organisation: org, year: year, subject: "ege-rus")!.mean)
        #expect(AreaIndicator.financingCoefficient.value(organisation: org, year: year, index: index, digest: digest)
                == index.financing(organisation: org, year: year)?.coefficient)
        let concerns = index.flags(organisation: org, year: year).filter { !$0.flag.isPositive }.count
        #expect(AreaIndicator.flaggedShare.value(organisation: org, year: year, index: index, digest: digest) == Double(concerns))
    }
}
