/// One municipality of the demo oblast as the generator sees it: the stored record plus what it
/// needs to place and name schools there.
struct DemoArea {
    /// How schools in the area are named and sized.
    enum Setting {
        /// Novosibirsk's city districts: numbered urban schools sharing one city-wide numbering.
        case city
        /// The other urban districts: numbered urban schools of their own.
        case town
        /// A municipal district: a district centre plus villages.
        case district
    }

    var municipality: Municipality
    var setting: Setting
    /// Where the area's central schools stand: «г. Бердск», «с. Баган».
    var centre: String
    /// The feminine adjective of the centre used in school names («Баганская СОШ № 1»); empty for
    /// urban areas, whose schools are named by number only.
    var centreAdjective: String
    /// Share of the oblast's schools the area gets, in percent.
    var schoolShare: Double

    var id: Identifier<Municipality> { municipality.id }
}

/// The municipalities of Novosibirsk oblast: 30 МР, 5 ГО and the 10 city districts of Novosibirsk.
enum DemoGeography {
    static let novosibirskId: Identifier<Municipality> = "go-novosibirsk"

    /// Every area, in a fixed order (ГО, city districts, МР).
    static let areas: [DemoArea] = urbanDistricts + cityDistricts + municipalDistricts

    /// The stored municipalities, in id order.
    static var municipalities: [Municipality] { areas.map(\.municipality).sorted { $0.id < $1.id } }

    // Novosibirsk itself holds no schools (its city districts do); the other towns share 4% of schools.
    private static let urbanDistricts: [DemoArea] = [
        ("novosibirsk", "г. Новосибирск", "г. Новосибирск", 0.0),
        ("berdsk", "г. Бердск", "г. Бердск", 2.0),
        ("iskitim", "г. Искитим", "г. Искитим", 1.3),
        ("ob", "г. Обь", "г. Обь", 0.5),
        ("koltsovo", "р.п. Кольцово", "р.п. Кольцово", 0.3),
    ].map { slug, name, centre, share in
        DemoArea(
            municipality: Municipality(id: Identifier("go-" + slug), name: name, kind: .urbanDistrict),
            setting: .town, centre: centre, centreAdjective: "", schoolShare: share)
    }

    // A fifth of the schools are in Novosibirsk, spread by the districts' population (thousands).
    private static let cityDistricts: [DemoArea] = {
        let districts: [(String, String, Double)] = [
            ("dzerzhinsky", "Дзержинский", 130), ("zheleznodorozhny", "Железнодорожный", 70),
            ("zaeltsovsky", "Заельцовский", 150), ("kalininsky", "Калининский", 180),
            ("kirovsky", "Кировский", 190), ("leninsky", "Ленинский", 310),
            ("oktyabrsky", "Октябрьский", 210), ("pervomaisky", "Первомайский", 85),
            ("sovetsky", "Советский", 135), ("tsentralny", "Центральный", 80),
        ]
        let population = districts.reduce(0) { $0 + $1.2 }
        return districts.map { slug, name, people in
            DemoArea(
                municipality: Municipality(
                    id: Identifier("go-novosibirsk-" + slug), name: name + " район", kind: .cityDistrict,
                    parentId: novosibirskId),
                setting: .city, centre: "г. Новосибирск", centreAdjective: "",
                schoolShare: 20 * people / population)
        }
    }()

    // The remaining 75.9% of schools go to the МР by population (thousands, around 2017).
    private static let municipalDistricts: [DemoArea] = {
        let districts: [(String, String, String, String, Double)] = [
            ("bagansky", "Баганский", "с. Баган", "Баганская", 16),
            ("barabinsky", "Барабинский", "г. Барабинск", "Барабинская", 45),
            ("bolotninsky", "Болотнинский", "г. Болотное", "Болотнинская", 26),
            ("vengerovsky", "Венгеровский", "с. Венгерово", "Венгеровская", 18),
            ("dovolensky", "Доволенский", "с. Довольное", "Доволенская", 15),
            ("zdvinsky", "Здвинский", "с. Здвинск", "Здвинская", 15),
            ("iskitimsky", "Искитимский", "р.п. Линёво", "Линёвская", 60),
            ("karasuksky", "Карасукский", "г. Карасук", "Карасукская", 46),
            ("kargatsky", "Каргатский", "г. Каргат", "Каргатская", 18),
            ("kolyvansky", "Колыванский", "р.п. Колывань", "Колыванская", 24),
            ("kochenyovsky", "Коченёвский", "р.п. Коченёво", "Коченёвская", 44),
            ("kochkovsky", "Кочковский", "с. Кочки", "Кочковская", 14),
            ("krasnozyorsky", "Краснозёрский", "р.п. Краснозёрское", "Краснозёрская", 30),
            ("kuibyshevsky", "Куйбышевский", "г. Куйбышев", "Куйбышевская", 53),
            ("kupinsky", "Купинский", "г. Купино", "Купинская", 31),
            ("kyshtovsky", "Кыштовский", "с. Кыштовка", "Кыштовская", 12),
            ("maslyaninsky", "Маслянинский", "р.п. Маслянино", "Маслянинская", 24),
            ("moshkovsky", "Мошковский", "р.п. Мошково", "Мошковская", 40),
            ("novosibirsky", "Новосибирский", "р.п. Краснообск", "Краснообская", 130),
            ("ordynsky", "Ордынский", "р.п. Ордынское", "Ордынская", 34),
            ("severny", "Северный", "с. Северное", "Северная", 10),
            ("suzunsky", "Сузунский", "р.п. Сузун", "Сузунская", 32),
            ("tatarsky", "Татарский", "г. Татарск", "Татарская", 37),
            ("toguchinsky", "Тогучинский", "г. Тогучин", "Тогучинская", 60),
            ("ubinsky", "Убинский", "с. Убинское", "Убинская", 15),
            ("ust-tarksky", "Усть-Таркский", "с. Усть-Тарка", "Усть-Таркская", 12),
            ("chanovsky", "Чановский", "р.п. Чаны", "Чановская", 24),
            ("cherepanovsky", "Черепановский", "г. Черепаново", "Черепановская", 45),
            ("chistoozyorny", "Чистоозёрный", "р.п. Чистоозёрное", "Чистоозёрная", 18),
            ("chulymsky", "Чулымский", "г. Чулым", "Чулымская", 25),
        ]
        let population = districts.reduce(0) { $0 + $1.4 }
        return districts.map { slug, name, centre, adjective, people in
            DemoArea(
                municipality: Municipality(
                    id: Identifier("mr-" + slug), name: name + " район", kind: .municipalDistrict),
                setting: .district, centre: centre, centreAdjective: adjective,
                schoolShare: 75.9 * people / population)
        }
    }()
}
