import KachestvoCore

/// The three record shapes `BulkRecordWriter` writes, and organisations as `JSONWriter` writes them
/// (keys sorted, `centreId` only when there is one), read back member by member in that order.
extension RecordLineReader {
    mutating func organisation() -> Organisation? {
        var centreId: Identifier<Organisation>?
        if literal("{\"centreId\": ") {
            guard let centre = string(), literal(", \"id\": ") else { return nil }
            centreId = Identifier(centre)
        } else if !literal("{\"id\": ") {
            return nil
        }
        guard let id = string(), let kind = string(after: ", \"kind\": ").flatMap(Organisation.Kind.init(rawValue:)),
              let legalForm = string(after: ", \"legalForm\": ").flatMap(Organisation.LegalForm.init(rawValue:)),
              let municipalityId = string(after: ", \"municipalityId\": "), let name = string(after: ", \"name\": "),
              let pupils = int(after: ", \"pupils\": "), let role = string(after: ", \"role\": ").flatMap(Organisation.Role.init(rawValue:)),
              let rural = bool(after: ", \"rural\": "), let settlement = string(after: ", \"settlement\": "),
              let small = bool(after: ", \"small\": "), let teachers = int(after: ", \"teachers\": "), literal("}") else { return nil }
        return Organisation(id: Identifier(id), name: name, kind: kind, legalForm: legalForm, municipalityId: Identifier(municipalityId),
                            settlement: settlement, pupils: pupils, teachers: teachers, rural: rural, small: small, role: role,
                            centreId: centreId)
    }

    mutating func examResult() -> ExamResult? {
        guard let belowMinimum = int(after: "{\"belowMinimum\": "), let high = int(after: ", \"high\": "),
              let hundreds = int(after: ", \"hundreds\": ") else { return nil }
        var marks: MarkCounts?
        if literal(", \"marks\": ") {
            guard let five = int(after: "{\"five\": "), let four = int(after: ", \"four\": "),
                  let three = int(after: ", \"three\": "), let two = int(after: ", \"two\": "), literal("}") else { return nil }
            marks = MarkCounts(two: two, three: three, four: four, five: five)
        }
        guard let mean = double(after: ", \"mean\": "), let organisationId = string(after: ", \"organisationId\": "),
              let participants = int(after: ", \"participants\": "), let subjectId = string(after: ", \"subjectId\": "),
              let year = int(after: ", \"year\": "), literal("}") else { return nil }
        return ExamResult(organisationId: Identifier(organisationId), year: year, subjectId: Identifier(subjectId),
                          participants: participants, mean: mean, belowMinimum: belowMinimum, high: high,
                          hundreds: hundreds, marks: marks)
    }

    mutating func financing() -> Financing? {
        guard let coefficient = double(after: "{\"coefficient\": "), let normative = double(after: ", \"normative\": "),
              let organisationId = string(after: ", \"organisationId\": "), let raised = bool(after: ", \"raised\": "),
              let year = int(after: ", \"year\": "), literal("}") else { return nil }
        return Financing(organisationId: Identifier(organisationId), year: year, normative: normative,
                         coefficient: coefficient, raised: raised)
    }

    mutating func riskProfile() -> RiskProfile? {
        guard literal("{\"factors\": {") else { return nil }
        var factors: [RiskFactor: Double] = [:]
        for factor in Self.factorKeys {
            let key = factors.isEmpty ? factor.first : factor.next
            guard key.withUnsafeBufferPointer({ literal($0) }) else { continue }
            guard let level = double() else { return nil }
            factors[factor.factor] = level
        }
        guard literal("}"), let organisationId = string(after: ", \"organisationId\": "),
              let year = int(after: ", \"year\": "), literal("}") else { return nil }
        return RiskProfile(organisationId: Identifier(organisationId), year: year, factors: factors)
    }

    /// Each factor in the writer's (sorted) order, with its key as the first member (`"name": `) and
    /// as a following one (`, "name": `): trying them in order accepts each factor at most once.
    private static let factorKeys = RiskFactor.allCases.sorted { $0.rawValue < $1.rawValue }.map { factor in
        (factor: factor, first: Array("\"\(factor.rawValue)\": ".utf8), next: Array(", \"\(factor.rawValue)\": ".utf8))
    }
}
