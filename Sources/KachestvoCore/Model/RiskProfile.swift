/// The risk factors of federal practice («500+»), each a share or level from 0 (no risk) to 1.
public enum RiskFactor: String, Codable, Sendable, CaseIterable, Hashable {
    case lowEquipment
    case teacherShortage
    case failureRisk
    case lowMotivation
    case lowParentalInvolvement
    case specialNeeds

    /// The factor's place in `allCases`, found without building that array: the flag rules ask it
    /// for every factor of every school and year.
    var position: Int {
        switch self {
        case .lowEquipment: 0
        case .teacherShortage: 1
        case .failureRisk: 2
        case .lowMotivation: 3
        case .lowParentalInvolvement: 4
        case .specialNeeds: 5
        }
    }

    /// English name shown in reasons and tables.
    public var englishName: String {
        switch self {
        case .lowEquipment: "low equipment"
        case .teacherShortage: "teacher shortage"
        case .failureRisk: "share of pupils at risk of failure"
        case .lowMotivation: "low motivation"
        case .lowParentalInvolvement: "low parental involvement"
        case .specialNeeds: "share of pupils with special needs"
        }
    }

    /// Russian name shown in reasons and tables.
    public var russianName: String {
        switch self {
        case .lowEquipment: "низкая оснащённость"
        case .teacherShortage: "дефицит педагогов"
        case .failureRisk: "доля обучающихся с рисками учебной неуспешности"
        case .lowMotivation: "низкая учебная мотивация"
        case .lowParentalInvolvement: "низкая вовлечённость родителей"
        case .specialNeeds: "доля обучающихся с ОВЗ"
        }
    }
}

/// An organisation's risk profile in one year.
public struct RiskProfile: Codable, Hashable, Sendable {
    public var organisationId: Identifier<Organisation>
    public var year: Int
    /// Factor → level in 0…1. Missing factors count as 0.
    public var factors: [RiskFactor: Double]

    public init(organisationId: Identifier<Organisation>, year: Int, factors: [RiskFactor: Double]) {
        self.organisationId = organisationId
        self.year = year
        self.factors = factors
    }

    public func level(_ factor: RiskFactor) -> Double { factors[factor] ?? 0 }

    enum CodingKeys: String, CodingKey { case organisationId, year, factors }

    // Encoded as an object keyed by factor name (a Swift enum-keyed dictionary would become an array).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        organisationId = try container.decode(Identifier<Organisation>.self, forKey: .organisationId)
        year = try container.decode(Int.self, forKey: .year)
        let raw = try container.decode([String: Double].self, forKey: .factors)
        var factors: [RiskFactor: Double] = [:]
        for (name, value) in raw {
            guard let factor = RiskFactor(rawValue: name) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .factors, in: container,
                    debugDescription: "unknown risk factor «\(name)»; known: \(RiskFactor.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            factors[factor] = value
        }
        self.factors = factors
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(organisationId, forKey: .organisationId)
        try container.encode(year, forKey: .year)
        try container.encode(Dictionary(uniqueKeysWithValues: factors.map { ($0.key.rawValue, $0.value) }), forKey: .factors)
    }
}
