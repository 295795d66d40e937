import KachestvoCore

/// A `RegionDigest` in binary: the years, the headline subject, per year slot the organisations'
/// headline means and flag counts as columns, then the inner aggregates of both trees field by
/// field. Read back exactly as written; its shape is checked against the outline by the app.
enum SnapshotDigest {
    static func write(_ digest: RegionDigest, into writer: inout SnapshotWriter) {
        writer.append(UInt64(digest.years.count))
        writer.appendColumn(digest.years)
        writer.append(UInt8(digest.headlineSubject == nil ? 0 : 1))
        if let subject = digest.headlineSubject { writer.append(subject.rawValue) }
        writer.append(UInt64(digest.headlineMeans.first?.count ?? 0))
        for slot in digest.years.indices {
            writer.appendColumn(digest.headlineMeans[slot])
            writer.appendColumn(digest.concernCounts[slot].map(Int.init))
            writer.appendColumn(digest.positiveCounts[slot].map(Int.init))
        }
        write(digest.aggregates.network, into: &writer)
        write(digest.aggregates.administrative, into: &writer)
        for places in [digest.names.municipality, digest.names.organisation] {
            writer.append(UInt64(places.count))
            writer.appendColumn(places.map(Int.init))
        }
    }

    static func read(from reader: inout SnapshotReader) throws(SnapshotUnreadable) -> RegionDigest {
        let yearCount = try reader.count(ofAtLeast: 1)
        let yearColumn = try reader.integerColumn(count: yearCount)
        let years = (0..<yearCount).map { yearColumn[$0] }
        let headlineSubject = try reader.integer(UInt8.self) == 1 ? Identifier<Subject>(try reader.string()) : nil
        let organisations = try reader.count(ofAtLeast: 0)
        var means: [[Double]] = [], concerns: [[UInt8]] = [], positives: [[UInt8]] = []
        for _ in 0..<yearCount {
            let mean = try reader.doubleColumn(count: organisations)
            means.append((0..<organisations).map { mean[$0] })
            concerns.append(try counts(from: &reader, count: organisations))
            positives.append(try counts(from: &reader, count: organisations))
        }
        let aggregates = InnerAggregates(network: try aggregates(from: &reader), administrative: try aggregates(from: &reader))
        let names = NamePlaces(municipality: try places(from: &reader), organisation: try places(from: &reader))
        return RegionDigest(years: years, headlineSubject: headlineSubject, headlineMeans: means,
                            concernCounts: concerns, positiveCounts: positives, aggregates: aggregates, names: names)
    }

    private static func places(from reader: inout SnapshotReader) throws(SnapshotUnreadable) -> [Int32] {
        let count = try reader.count(ofAtLeast: 1)
        let column = try reader.integerColumn(count: count)
        return try (0..<count).map { position throws(SnapshotUnreadable) in
            guard let place = Int32(exactly: column[position]) else { throw SnapshotUnreadable() }
            return place
        }
    }

    private static func counts(from reader: inout SnapshotReader, count: Int) throws(SnapshotUnreadable) -> [UInt8] {
        let column = try reader.integerColumn(count: count)
        var counts = [UInt8](repeating: 0, count: count)
        for position in 0..<count {
            guard let value = UInt8(exactly: column[position]) else { throw SnapshotUnreadable() }
            counts[position] = value
        }
        return counts
    }

    private static func write(_ cells: [ExamAggregate], into writer: inout SnapshotWriter) {
        writer.append(UInt64(cells.count))
        for field in [\ExamAggregate.participants, \.belowMinimum, \.high, \.hundreds, \.marks.two, \.marks.three, \.marks.four,
                      \.marks.five, \.organisations] {
            writer.appendColumn(cells.map { $0[keyPath: field] })
        }
        writer.appendColumn(cells.map(\.weightedScore))
    }

    /// The cells as `write` laid them out, each field set directly (a key path per field and cell
    /// cost more than the rest of the front).
    private static func aggregates(from reader: inout SnapshotReader) throws(SnapshotUnreadable) -> [ExamAggregate] {
        let count = try reader.count(ofAtLeast: 1)
        let participants = try reader.integerColumn(count: count), belowMinimum = try reader.integerColumn(count: count)
        let high = try reader.integerColumn(count: count), hundreds = try reader.integerColumn(count: count)
        let two = try reader.integerColumn(count: count), three = try reader.integerColumn(count: count)
        let four = try reader.integerColumn(count: count), five = try reader.integerColumn(count: count)
        let organisations = try reader.integerColumn(count: count), weightedScore = try reader.doubleColumn(count: count)
        return (0..<count).map { cell in
            var aggregate = ExamAggregate()
            aggregate.participants = participants[cell]
            aggregate.belowMinimum = belowMinimum[cell]
            aggregate.high = high[cell]
            aggregate.hundreds = hundreds[cell]
            aggregate.marks = MarkCounts(two: two[cell], three: three[cell], four: four[cell], five: five[cell])
            aggregate.organisations = organisations[cell]
            aggregate.weightedScore = weightedScore[cell]
            return aggregate
        }
    }
}
