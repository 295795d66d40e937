import KachestvoCore

/// The three big record arrays of a dataset.
struct RecordArrays: Sendable {
    var examResults: [ExamResult]
    var financing: [Financing]
    var riskProfiles: [RiskProfile]
}

/// The three big record arrays (exam results, financing, risk profiles) as columns: organisation
/// and subject ids as positions in the dataset's own organisations and subjects (ids of neither
/// after them), with the list of those ids written first so the columns are read without the rest
/// of the dataset; numbers in fixed-width binary. Read back record for record as written.
enum SnapshotRecords {
    static func write(_ dataset: Dataset, into writer: inout SnapshotWriter) {
        var organisations = IdentifierPositions(dataset.organisations.map(\.id))
        var subjects = IdentifierPositions(dataset.subjects.map(\.id))
        let results = dataset.examResults, financing = dataset.financing, profiles = dataset.riskProfiles
        let resultOrganisations = results.map { organisations.position(of: $0.organisationId) }
        let resultSubjects = results.map { subjects.position(of: $0.subjectId) }
        let financingOrganisations = financing.map { organisations.position(of: $0.organisationId) }
        let profileOrganisations = profiles.map { organisations.position(of: $0.organisationId) }
        writeIdentifiers(organisations.all, into: &writer)
        writeIdentifiers(subjects.all, into: &writer)

        writer.append(UInt64(results.count))
        writer.appendColumn(resultOrganisations)
        writer.appendColumn(results.map(\.year))
        writer.appendColumn(resultSubjects)
        writer.appendColumn(results.map(\.participants))
        writer.appendColumn(results.map(\.mean))
        writer.appendColumn(results.map(\.belowMinimum))
        writer.appendColumn(results.map(\.high))
        writer.appendColumn(results.map(\.hundreds))
        writer.appendColumn(results.map { $0.marks == nil ? 0 : 1 })
        let marks = results.compactMap(\.marks)
        for count in [\MarkCounts.two, \.three, \.four, \.five] { writer.appendColumn(marks.map { $0[keyPath: count] }) }

        writer.append(UInt64(financing.count))
        writer.appendColumn(financingOrganisations)
        writer.appendColumn(financing.map(\.year))
        writer.appendColumn(financing.map(\.normative))
        writer.appendColumn(financing.map(\.coefficient))
        writer.appendColumn(financing.map { $0.raised ? 1 : 0 })

        writer.append(UInt64(profiles.count))
        writer.appendColumn(profileOrganisations)
        writer.appendColumn(profiles.map(\.year))
        writer.appendColumn(profiles.map { profile in
            factorBits.reduce(0) { mask, factor in profile.factors[factor.factor] == nil ? mask : mask | factor.bit }
        })
        writer.appendColumn(profiles.flatMap { profile in factorBits.compactMap { profile.factors[$0.factor] } })
    }

    static func read(from reader: inout SnapshotReader) throws(SnapshotUnreadable) -> RecordArrays {
        let organisations: [Identifier<Organisation>] = try identifiers(from: &reader)
        let subjects: [Identifier<Subject>] = try identifiers(from: &reader)
        return RecordArrays(examResults: try examResults(from: &reader, organisations: organisations, subjects: subjects),
                            financing: try financing(from: &reader, organisations: organisations),
                            riskProfiles: try riskProfiles(from: &reader, organisations: organisations))
    }

    private static func examResults(
        from reader: inout SnapshotReader, organisations: [Identifier<Organisation>], subjects: [Identifier<Subject>]
    ) throws(SnapshotUnreadable) -> [ExamResult] {
        let count = try reader.count(ofAtLeast: 1)
        let organisation = try reader.integerColumn(count: count), year = try reader.integerColumn(count: count)
        let subject = try reader.integerColumn(count: count), participants = try reader.integerColumn(count: count)
        let mean = try reader.doubleColumn(count: count), belowMinimum = try reader.integerColumn(count: count)
        let high = try reader.integerColumn(count: count), hundreds = try reader.integerColumn(count: count)
        let hasMarks = try reader.integerColumn(count: count)
        let markCount = try countOfTrue(hasMarks, count: count)
        let two = try reader.integerColumn(count: markCount), three = try reader.integerColumn(count: markCount)
        let four = try reader.integerColumn(count: markCount), five = try reader.integerColumn(count: markCount)
        var results: [ExamResult] = []
        results.reserveCapacity(count)
        var markPosition = 0
        for position in 0..<count {
            var marks: MarkCounts?
            if hasMarks[position] == 1 {
                marks = MarkCounts(two: two[markPosition], three: three[markPosition], four: four[markPosition],
                                   five: five[markPosition])
                markPosition += 1
            }
            results.append(ExamResult(
                organisationId: try identifier(organisation[position], in: organisations), year: year[position],
                subjectId: try identifier(subject[position], in: subjects), participants: participants[position],
                mean: mean[position], belowMinimum: belowMinimum[position], high: high[position],
                hundreds: hundreds[position], marks: marks))
        }
        return results
    }

    private static func financing(
        from reader: inout SnapshotReader, organisations: [Identifier<Organisation>]
    ) throws(SnapshotUnreadable) -> [Financing] {
        let count = try reader.count(ofAtLeast: 1)
        let organisation = try reader.integerColumn(count: count), year = try reader.integerColumn(count: count)
        let normative = try reader.doubleColumn(count: count), coefficient = try reader.doubleColumn(count: count)
        let raised = try reader.integerColumn(count: count)
        _ = try countOfTrue(raised, count: count)
        var financing: [Financing] = []
        financing.reserveCapacity(count)
        for position in 0..<count {
            financing.append(Financing(
                organisationId: try identifier(organisation[position], in: organisations), year: year[position],
                normative: normative[position], coefficient: coefficient[position], raised: raised[position] == 1))
        }
        return financing
    }

    private static func riskProfiles(
        from reader: inout SnapshotReader, organisations: [Identifier<Organisation>]
    ) throws(SnapshotUnreadable) -> [RiskProfile] {
        let count = try reader.count(ofAtLeast: 1)
        let organisation = try reader.integerColumn(count: count), year = try reader.integerColumn(count: count)
        let mask = try reader.integerColumn(count: count)
        var levelCount = 0
        for position in 0..<count {
            guard (0..<(1 << factorBits.count)).contains(mask[position]) else { throw SnapshotUnreadable() }
            levelCount += mask[position].nonzeroBitCount
        }
        let level = try reader.doubleColumn(count: levelCount)
        var profiles: [RiskProfile] = []
        profiles.reserveCapacity(count)
        var levelPosition = 0
        for position in 0..<count {
            var factors: [RiskFactor: Double] = [:]
            factors.reserveCapacity(mask[position].nonzeroBitCount)
            for factor in factorBits where mask[position] & factor.bit != 0 {
                factors[factor.factor] = level[levelPosition]
                levelPosition += 1
            }
            profiles.append(RiskProfile(organisationId: try identifier(organisation[position], in: organisations),
                                        year: year[position], factors: factors))
        }
        return profiles
    }

    /// Each risk factor and its bit in a profile's mask.
    private static let factorBits = RiskFactor.allCases.enumerated().map { (factor: $1, bit: 1 << $0) }

    /// How many of a column of flags are 1; a value other than 0 or 1 makes the snapshot unreadable.
    private static func countOfTrue(_ flags: IntegerColumn, count: Int) throws(SnapshotUnreadable) -> Int {
        var ones = 0
        for position in 0..<count {
            guard flags[position] == 0 || flags[position] == 1 else { throw SnapshotUnreadable() }
            ones += flags[position]
        }
        return ones
    }

    private static func writeIdentifiers<Entity>(_ ids: [Identifier<Entity>], into writer: inout SnapshotWriter) {
        writer.append(UInt64(ids.count))
        for id in ids { writer.append(id.rawValue) }
    }

    /// The ids the id columns' positions refer to.
    private static func identifiers<Entity>(from reader: inout SnapshotReader) throws(SnapshotUnreadable) -> [Identifier<Entity>] {
        let count = try reader.count(ofAtLeast: 8)
        var ids: [Identifier<Entity>] = []
        ids.reserveCapacity(count)
        for _ in 0..<count { ids.append(Identifier(try reader.string())) }
        return ids
    }

    private static func identifier<Entity>(_ position: Int, in ids: [Identifier<Entity>]) throws(SnapshotUnreadable) -> Identifier<Entity> {
        guard ids.indices.contains(position) else { throw SnapshotUnreadable() }
        return ids[position]
    }
}

/// Positions of ids for the snapshot's id columns: an id of the dataset's own array at its first
/// position there, any other id after them, in the order first met.
struct IdentifierPositions<Entity> {
    private var positions: [Identifier<Entity>: Int]
    private(set) var all: [Identifier<Entity>]

    init(_ known: [Identifier<Entity>]) {
        positions = Dictionary(known.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        all = known
    }

    mutating func position(of id: Identifier<Entity>) -> Int {
        if let position = positions[id] { return position }
        positions[id] = all.count
        all.append(id)
        return all.count - 1
    }
}
