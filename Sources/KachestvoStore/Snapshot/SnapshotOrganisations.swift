import KachestvoCore

/// The dataset's organisations in binary, one after another: their names and settlements are most
/// of a region's text outside the big arrays, and are read here many times faster than from JSON.
/// The enumerations are stored as positions in their `allCases`.
enum SnapshotOrganisations {
    static func write(_ organisations: ChunkedArray<Organisation>) -> [UInt8] {
        var writer = SnapshotWriter()
        writer.append(UInt64(organisations.count))
        for organisation in organisations {
            writer.append(organisation.id.rawValue)
            writer.append(organisation.name)
            writer.append(position(of: organisation.kind, in: kinds))
            writer.append(position(of: organisation.legalForm, in: legalForms))
            writer.append(organisation.municipalityId.rawValue)
            writer.append(organisation.settlement)
            writer.append(Int64(organisation.pupils))
            writer.append(Int64(organisation.teachers))
            writer.append(UInt8(organisation.rural ? 1 : 0))
            writer.append(UInt8(organisation.small ? 1 : 0))
            writer.append(position(of: organisation.role, in: roles))
            writer.append(UInt8(organisation.centreId == nil ? 0 : 1))
            if let centreId = organisation.centreId { writer.append(centreId.rawValue) }
        }
        return writer.bytes
    }

    static func read(from reader: inout SnapshotReader) throws(SnapshotUnreadable) -> [Organisation] {
        let count = try reader.count(ofAtLeast: 8)
        var organisations: [Organisation] = []
        organisations.reserveCapacity(count)
        var settlements = RecurringStrings()
        for _ in 0..<count {
            let id = try reader.string(), name = try reader.string()
            let kind = try value(from: &reader, in: kinds), legalForm = try value(from: &reader, in: legalForms)
            let municipalityId = try reader.string(), settlement = try reader.string(recurring: &settlements)
            let pupils = try reader.integer(Int64.self), teachers = try reader.integer(Int64.self)
            let rural = try flag(from: &reader), small = try flag(from: &reader)
            let role = try value(from: &reader, in: roles)
            let centreId = try flag(from: &reader) ? Identifier<Organisation>(try reader.string()) : nil
            organisations.append(Organisation(
                id: Identifier(id), name: name, kind: kind, legalForm: legalForm, municipalityId: Identifier(municipalityId),
                settlement: settlement, pupils: Int(pupils), teachers: Int(teachers), rural: rural, small: small, role: role,
                centreId: centreId))
        }
        return organisations
    }

    private static let kinds = Organisation.Kind.allCases
    private static let legalForms = Organisation.LegalForm.allCases
    private static let roles = Organisation.Role.allCases

    private static func position<Value: Equatable>(of value: Value, in cases: [Value]) -> UInt8 {
        UInt8(cases.firstIndex(of: value) ?? 0)
    }

    private static func value<Value>(from reader: inout SnapshotReader, in cases: [Value]) throws(SnapshotUnreadable) -> Value {
        let position = Int(try reader.integer(UInt8.self))
        guard cases.indices.contains(position) else { throw SnapshotUnreadable() }
        return cases[position]
    }

    private static func flag(from reader: inout SnapshotReader) throws(SnapshotUnreadable) -> Bool {
        switch try reader.integer(UInt8.self) {
        case 0: false
        case 1: true
        default: throw SnapshotUnreadable()
        }
    }
}
