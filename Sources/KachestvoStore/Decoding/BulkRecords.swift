import KachestvoCore

/// The big arrays (exam results, financing, risk profiles: nearly all of a region's file; and the
/// organisations, the bulk of what an outline reads) read straight from the tape. A record the readers here do not fully understand (a wrong kind, a
/// missing member, an escaped key, a whole number written as `2.0`…) goes through the generic
/// decoder, which decodes it or throws the located error it always would; a record read here is
/// exactly what the generic decoder would have produced.
extension JSONTape {
    /// The decoded array when `T` is one of the bulk record arrays and the value is an array; nil
    /// leaves it to the generic decoder.
    func decodeBulkRecords<T>(_ type: T.Type, at index: Int, path: CodingPathNode) throws -> T? {
        guard nodes[index].kind == .array else { return nil }
        if T.self == [ExamResult].self { return unsafeBitCast(try records(at: index, path: path, read: examResult), to: T.self) }
        if T.self == [Financing].self { return unsafeBitCast(try records(at: index, path: path, read: financing), to: T.self) }
        if T.self == [RiskProfile].self { return unsafeBitCast(try records(at: index, path: path, read: riskProfile), to: T.self) }
        if T.self == [Organisation].self { return unsafeBitCast(try records(at: index, path: path, read: organisation), to: T.self) }
        return nil
    }

    private func records<Record: Decodable>(at array: Int, path: CodingPathNode, read: (Int) -> Record?) throws -> [Record] {
        let count = Int(nodes[array].length)
        var records: [Record] = []
        records.reserveCapacity(count)
        var element = array + 1
        for position in 0..<count {
            records.append(try read(element) ?? decodeValue(Record.self, at: element, path: path.appending(IndexKey(position))))
            element = end(of: element)
        }
        return records
    }

    func examResult(at object: Int) -> ExamResult? {
        guard nodes[object].kind == .object else { return nil }
        var organisationId: String?, subjectId: String?, mean: Double?, marks: MarkCounts?
        var year: Int?, participants: Int?, belowMinimum: Int?, high: Int?, hundreds: Int?
        let understood = forEachPlainMember(of: object) { key, value in
            switch key {
            case "organisationId": organisationId = plainString(value)
            case "year": year = plainInt(value)
            case "subjectId": subjectId = plainString(value)
            case "participants": participants = plainInt(value)
            case "mean": mean = plainDouble(value)
            case "belowMinimum": belowMinimum = plainInt(value)
            case "high": high = plainInt(value)
            case "hundreds": hundreds = plainInt(value)
            case "marks":
                marks = markCounts(at: value)
                return marks != nil || nodes[value].kind == .null
            default: break
            }
            return true
        }
        guard understood, let organisationId, let year, let subjectId, let participants, let mean,
              let belowMinimum, let high, let hundreds else { return nil }
        return ExamResult(organisationId: Identifier(organisationId), year: year, subjectId: Identifier(subjectId),
                          participants: participants, mean: mean, belowMinimum: belowMinimum, high: high,
                          hundreds: hundreds, marks: marks)
    }

    private func markCounts(at object: Int) -> MarkCounts? {
        guard nodes[object].kind == .object else { return nil }
        var two: Int?, three: Int?, four: Int?, five: Int?
        let understood = forEachPlainMember(of: object) { key, value in
            switch key {
            case "two": two = plainInt(value)
            case "three": three = plainInt(value)
            case "four": four = plainInt(value)
            case "five": five = plainInt(value)
            default: break
            }
            return true
        }
        guard understood, let two, let three, let four, let five else { return nil }
        return MarkCounts(two: two, three: three, four: four, five: five)
    }

    func financing(at object: Int) -> Financing? {
        guard nodes[object].kind == .object else { return nil }
        var organisationId: String?, year: Int?, normative: Double?, coefficient: Double?, raised: Bool?
        let understood = forEachPlainMember(of: object) { key, value in
            switch key {
            case "organisationId": organisationId = plainString(value)
            case "year": year = plainInt(value)
            case "normative": normative = plainDouble(value)
            case "coefficient": coefficient = plainDouble(value)
            case "raised": raised = plainBool(value)
            default: break
            }
            return true
        }
        guard understood, let organisationId, let year, let normative, let coefficient, let raised else { return nil }
        return Financing(organisationId: Identifier(organisationId), year: year, normative: normative,
                         coefficient: coefficient, raised: raised)
    }

    func riskProfile(at object: Int) -> RiskProfile? {
        guard nodes[object].kind == .object else { return nil }
        var organisationId: String?, year: Int?, factors: [RiskFactor: Double]?
        let understood = forEachPlainMember(of: object) { key, value in
            switch key {
            case "organisationId": organisationId = plainString(value)
            case "year": year = plainInt(value)
            case "factors": factors = riskFactors(at: value)
            default: break
            }
            return true
        }
        guard understood, let organisationId, let year, let factors else { return nil }
        return RiskProfile(organisationId: Identifier(organisationId), year: year, factors: factors)
    }

    func organisation(at object: Int) -> Organisation? {
        guard nodes[object].kind == .object else { return nil }
        var id: String?, name: String?, kind: Organisation.Kind?, legalForm: Organisation.LegalForm?, municipalityId: String?
        var settlement: String?, pupils: Int?, teachers: Int?, rural: Bool?, small: Bool?, role: Organisation.Role?
        var centreId: Identifier<Organisation>?
        let understood = forEachPlainMember(of: object) { key, value in
            switch key {
            case "id": id = plainString(value)
            case "name": name = plainString(value)
            case "kind": kind = plainString(value).flatMap(Organisation.Kind.init(rawValue:))
            case "legalForm": legalForm = plainString(value).flatMap(Organisation.LegalForm.init(rawValue:))
            case "municipalityId": municipalityId = plainString(value)
            case "settlement": settlement = plainString(value)
            case "pupils": pupils = plainInt(value)
            case "teachers": teachers = plainInt(value)
            case "rural": rural = plainBool(value)
            case "small": small = plainBool(value)
            case "role": role = plainString(value).flatMap(Organisation.Role.init(rawValue:))
            case "centreId":
                centreId = plainString(value).map { Identifier($0) }
                return centreId != nil || nodes[value].kind == .null
            default: break
            }
            return true
        }
        guard understood, let id, let name, let kind, let legalForm, let municipalityId, let settlement, let pupils,
              let teachers, let rural, let small, let role else { return nil }
        return Organisation(id: Identifier(id), name: name, kind: kind, legalForm: legalForm,
                            municipalityId: Identifier(municipalityId), settlement: settlement, pupils: pupils,
                            teachers: teachers, rural: rural, small: small, role: role, centreId: centreId)
    }

    /// The factor levels; nil when a name is not a `RiskFactor` or a level is not a number.
    private func riskFactors(at object: Int) -> [RiskFactor: Double]? {
        guard nodes[object].kind == .object else { return nil }
        var factors: [RiskFactor: Double] = [:]
        factors.reserveCapacity(Int(nodes[object].length))
        let understood = forEachPlainMember(of: object) { key, value in
            guard let factor = JSONTape.riskFactorNames.first(where: { $0.name.elementsEqual(key.bytes) })?.factor,
                  let level = plainDouble(value) else { return false }
            factors[factor] = level
            return true
        }
        return understood ? factors : nil
    }

    private static let riskFactorNames = RiskFactor.allCases.map { (name: Array($0.rawValue.utf8), factor: $0) }
}
