import KachestvoCore

/// The three big record arrays (exam results, financing, risk profiles) as columns: organisation
/// and subject ids as positions in the dataset's own organisations and subjects (ids of neither
/// after them), with the list of those ids written first so the columns are read without the rest
/// of the dataset; numbers in fixed-width binary. Exam results with financing, and risk profiles,
/// are two blocks, read on two cores. Read back record for record as written.
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

        // At most 8 bytes for each of a result's 13 columns, a financing line's 5, a profile's 9.
        writer.reserve(8 * (13 * results.count + 5 * financing.count + 9 * profiles.count) + 1024)
        writer.appendBlock { block in
            writeExamResults(results, organisations: resultOrganisations, subjects: resultSubjects, into: &block)
            block.append(UInt64(financing.count))
            block.appendColumn(financingOrganisations)
            block.appendColumn(financing.map(\.year))
            block.appendColumn(financing.map(\.normative))
            block.appendColumn(financing.map(\.coefficient))
            block.appendColumn(financing.map { $0.raised ? 1 : 0 })
        }
        writer.appendBlock { block in
            block.append(UInt64(profiles.count))
            block.appendColumn(profileOrganisations)
            block.appendColumn(profiles.map(\.year))
            block.appendColumn(profiles.map { profile in
                factorBits.reduce(0) { mask, factor in profile.factors[factor.factor] == nil ? mask : mask | factor.bit }
            })
            block.appendColumn(profiles.flatMap { profile in factorBits.compactMap { profile.factors[$0.factor] } })
        }
    }

    private static func writeExamResults(_ results: ChunkedArray<ExamResult>, organisations: [Int], subjects: [Int],
                                         into writer: inout SnapshotWriter) {
        writer.append(UInt64(results.count))
        writer.appendColumn(organisations)
        writer.appendColumn(results.map(\.year))
        writer.appendColumn(subjects)
        writer.appendColumn(results.map(\.participants))
        writer.appendColumn(results.map(\.mean))
        writer.appendColumn(results.map(\.belowMinimum))
        writer.appendColumn(results.map(\.high))
        writer.appendColumn(results.map(\.hundreds))
        writer.appendColumn(results.map { $0.marks == nil ? 0 : 1 })
        let marks = results.compactMap(\.marks)
        for count in [\MarkCounts.two, \.three, \.four, \.five] { writer.appendColumn(marks.map { $0[keyPath: count] }) }
    }

    /// The id lists and the two blocks of columns of a payload, each block then read on its own.
    struct Columns {
        let organisations: [Identifier<Organisation>]
        let subjects: [Identifier<Subject>]
        let examResultsAndFinancing: UnsafeRawBufferPointer
        let riskProfiles: UnsafeRawBufferPointer

        init(from reader: inout SnapshotReader) throws(SnapshotUnreadable) {
            organisations = try identifiers(from: &reader)
            subjects = try identifiers(from: &reader)
            examResultsAndFinancing = try reader.block()
            riskProfiles = try reader.block()
        }

        func readExamResultsAndFinancing() throws(SnapshotUnreadable) -> (ChunkedArray<ExamResult>, ChunkedArray<Financing>) {
            var reader = SnapshotReader(examResultsAndFinancing)
            let results = try examResults(from: &reader, organisations: organisations, subjects: subjects)
            let financing = try financing(from: &reader, organisations: organisations)
            guard reader.remaining == 0 else { throw SnapshotUnreadable() }
            return (ChunkedArray(results), ChunkedArray(financing))
        }

        func readRiskProfiles() throws(SnapshotUnreadable) -> [RiskProfile] {
            var reader = SnapshotReader(riskProfiles)
            let profiles = try SnapshotRecords.riskProfiles(from: &reader, organisations: organisations)
            guard reader.remaining == 0 else { throw SnapshotUnreadable() }
            return profiles
        }
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
        try checkPositions(organisation, count: count, below: organisations.count)
        try checkPositions(subject, count: count, below: subjects.count)
        var markPosition = 0
        return (0..<count).map { position in
            var marks: MarkCounts?
            if hasMarks[position] == 1 {
                marks = MarkCounts(two: two[markPosition], three: three[markPosition], four: four[markPosition],
                                   five: five[markPosition])
                markPosition += 1
            }
            return ExamResult(
                organisationId: organisations[organisation[position]], year: year[position],
                subjectId: subjects[subject[position]], participants: participants[position], mean: mean[position],
                belowMinimum: belowMinimum[position], high: high[position], hundreds: hundreds[position], marks: marks)
        }
    }

    private static func financing(
        from reader: inout SnapshotReader, organisations: [Identifier<Organisation>]
    ) throws(SnapshotUnreadable) -> [Financing] {
        let count = try reader.count(ofAtLeast: 1)
        let organisation = try reader.integerColumn(count: count), year = try reader.integerColumn(count: count)
        let normative = try reader.doubleColumn(count: count), coefficient = try reader.doubleColumn(count: count)
        let raised = try reader.integerColumn(count: count)
        _ = try countOfTrue(raised, count: count)
        try checkPositions(organisation, count: count, below: organisations.count)
        return (0..<count).map { position in
            Financing(organisationId: organisations[organisation[position]], year: year[position],
                      normative: normative[position], coefficient: coefficient[position], raised: raised[position] == 1)
        }
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
        try checkPositions(organisation, count: count, below: organisations.count)
        var levelPosition = 0
        return (0..<count).map { position in
            var factors: [RiskFactor: Double] = [:]
            factors.reserveCapacity(mask[position].nonzeroBitCount)
            for factor in factorBits where mask[position] & factor.bit != 0 {
                factors[factor.factor] = level[levelPosition]
                levelPosition += 1
            }
            return RiskProfile(organisationId: organisations[organisation[position]], year: year[position], factors: factors)
        }
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

    /// Checks that every position in an id column names an id of the list, before any is looked up.
    private static func checkPositions(_ column: IntegerColumn, count: Int, below limit: Int) throws(SnapshotUnreadable) {
        for position in 0..<count where !(0..<limit).contains(column[position]) { throw SnapshotUnreadable() }
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
