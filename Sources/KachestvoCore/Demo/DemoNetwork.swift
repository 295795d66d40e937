/// The project's fixed network in the demo: 9 consulting centres (КЦ), each backing 3–4 of the 29
/// methodological centres (УМЦ), each УМЦ serving one or more neighbouring municipalities.
enum DemoNetwork {
    /// A centre: where it stands, what kind of school it is, and (for a УМЦ) its КЦ and territory.
    struct Centre {
        var host: Identifier<Municipality>
        var kind: Organisation.Kind
        /// Index into `consultingCentres`; nil for a КЦ.
        var consultingCentre: Int?
        /// The municipalities whose schools the centre serves (a УМЦ only).
        var serves: [Identifier<Municipality>]
    }

    static let consultingCentres: [Centre] = ([
        ("go-novosibirsk-tsentralny", .gymnasium), ("go-novosibirsk-oktyabrsky", .lyceum),
        ("go-novosibirsk-sovetsky", .lyceum), ("go-novosibirsk-leninsky", .gymnasium),
        ("mr-toguchinsky", .lyceum), ("mr-kuibyshevsky", .gymnasium), ("mr-karasuksky", .inDepth),
        ("mr-tatarsky", .gymnasium), ("mr-kupinsky", .secondary),
    ] as [(String, Organisation.Kind)]).map { Centre(host: Identifier($0.0), kind: $0.1, consultingCentre: nil, serves: []) }

    /// The 29 УМЦ: КЦ index, kind, served municipalities (the first one hosts the centre).
    static let methodologicalCentres: [Centre] = ([
        (0, .gymnasium, ["go-novosibirsk-tsentralny", "go-novosibirsk-zheleznodorozhny"]),
        (0, .lyceum, ["go-novosibirsk-zaeltsovsky", "go-novosibirsk-kalininsky"]),
        (1, .inDepth, ["go-novosibirsk-oktyabrsky", "go-novosibirsk-dzerzhinsky"]),
        (3, .lyceum, ["go-novosibirsk-leninsky", "go-novosibirsk-kirovsky"]),
        (2, .gymnasium, ["go-novosibirsk-sovetsky", "go-novosibirsk-pervomaisky", "go-koltsovo"]),
        (2, .gymnasium, ["go-berdsk"]),
        (1, .lyceum, ["go-iskitim", "mr-iskitimsky"]),
        (3, .secondary, ["mr-novosibirsky", "go-ob"]),
        (0, .secondary, ["mr-moshkovsky"]),
        (3, .secondary, ["mr-kolyvansky"]),
        (4, .secondary, ["mr-kochenyovsky"]),
        (4, .gymnasium, ["mr-toguchinsky"]),
        (0, .secondary, ["mr-bolotninsky"]),
        (1, .secondary, ["mr-cherepanovsky", "mr-maslyaninsky"]),
        (2, .secondary, ["mr-suzunsky"]),
        (3, .secondary, ["mr-ordynsky"]),
        (5, .secondary, ["mr-kuibyshevsky", "mr-severny"]),
        (5, .secondary, ["mr-barabinsky", "mr-zdvinsky"]),
        (8, .secondary, ["mr-kargatsky"]),
        (4, .secondary, ["mr-chulymsky"]),
        (5, .secondary, ["mr-ubinsky"]),
        (6, .secondary, ["mr-karasuksky", "mr-bagansky"]),
        (6, .secondary, ["mr-krasnozyorsky"]),
        (6, .secondary, ["mr-kochkovsky", "mr-dovolensky"]),
        (8, .secondary, ["mr-kupinsky"]),
        (7, .secondary, ["mr-tatarsky", "mr-ust-tarksky"]),
        (7, .secondary, ["mr-chanovsky"]),
        (7, .secondary, ["mr-vengerovsky", "mr-kyshtovsky"]),
        (8, .secondary, ["mr-chistoozyorny"]),
    ] as [(Int, Organisation.Kind, [String])]).map { centre, kind, serves in
        let served = serves.map { Identifier<Municipality>($0) }
        return Centre(host: served[0], kind: kind, consultingCentre: centre, serves: served)
    }

    /// The index of the УМЦ that serves each area of `DemoGeography.areas` (nil for Novosibirsk,
    /// whose schools sit in its city districts).
    static let methodologicalCentreOfArea: [Int?] = DemoGeography.areas.map { area in
        methodologicalCentres.firstIndex { $0.serves.contains(area.id) }
    }

    /// How many centres (КЦ and УМЦ) stand in each area of `DemoGeography.areas`.
    static let centresInArea: [Int] = DemoGeography.areas.map { area in
        (consultingCentres + methodologicalCentres).filter { $0.host == area.id }.count
    }
}
