/// Checks of the yearly figures: exam results, financing and risk profiles.
extension DatasetValidator {
    mutating func checkExamResults() {
        let results = dataset.examResults
        var lookup = OrganisationLookup(organisationIndex)
        let owners = results.map { lookup($0.organisationId) }
        let subjects = results.map { subjectIndex[$0.subjectId] }
        checkUniqueRecords(results, at: "examResults", owners: owners, subjects: subjects, year: \.year) {
            YearlyRecordKey(organisation: $0.organisationId, year: $0.year, subject: $0.subjectId)
        }
        for (index, result) in results.enumerated() {
            // Paths are built only when a problem is reported: 1.5 million records must stay cheap.
            let path = { DataPath.root["examResults"][index] }
            checkOrganisationReference(result.organisationId, known: owners[index] != nil, at: path()["organisationId"])
            checkYear(result.year, at: path()["year"])
            guard let subjectSlot = subjects[index] else {
                reportMissingSubject(result.subjectId, at: path()["subjectId"])
                continue
            }
            checkFigures(of: result, subject: dataset.subjects[subjectSlot], schedule: schedules[subjectSlot], at: path)
        }
    }

    /// Reports repeated yearly records as `checkUnique` does on their `YearlyRecordKey`s. When every
    /// record's organisation (and subject) is known and its year is ordinary, it packs their positions
    /// in one integer instead: records in increasing order of that integer — as the store writes them —
    /// repeat nothing, which one pass shows without a table of 1.5 million keys; otherwise it hashes
    /// the integers rather than the id strings.
    private mutating func checkUniqueRecords<Records: RandomAccessCollection<Record>, Record>(
        _ records: Records, at array: String, owners: [Int?], subjects: [Int?]?,
        year: (Record) -> Int, key: (Record) -> YearlyRecordKey
    ) where Records.Index == Int {
        func packed(_ index: Int) -> Int? {
            guard let org = owners[index], org < 1 << 23, (0..<(1 << 24)).contains(year(records[index])) else { return nil }
            let subject = subjects.map { $0[index].map { $0 + 1 } } ?? 0
            guard let subject, subject < 1 << 16 else { return nil }
            return org << 40 | year(records[index]) << 16 | subject
        }
        var previous = -1, increasing = true
        for index in records.indices {
            guard let code = packed(index) else { return checkUnique(records.map(key), at: array, field: nil) }
            if code <= previous { increasing = false }
            previous = code
        }
        guard !increasing else { return }
        let organisations = dataset.organisations, subjectList = dataset.subjects
        checkUnique(records.indices.map { packed($0)! }, at: array, field: nil) { code in
            let subject = code & 0xFFFF
            return YearlyRecordKey(organisation: organisations[code >> 40].id, year: code >> 16 & 0xFF_FFFF,
                             subject: subject == 0 ? nil : subjectList[subject - 1].id).description
        }
    }

    mutating func checkFinancing() {
        var lookup = OrganisationLookup(organisationIndex)
        let owners = dataset.financing.map { lookup($0.organisationId) }
        checkUniqueRecords(dataset.financing, at: "financing", owners: owners, subjects: nil, year: \.year) {
            YearlyRecordKey(organisation: $0.organisationId, year: $0.year)
        }
        for (index, financing) in dataset.financing.enumerated() {
            let path = { DataPath.root["financing"][index] }
            checkOrganisationReference(financing.organisationId, known: owners[index] != nil, at: path()["organisationId"])
            checkYear(financing.year, at: path()["year"])
            checkFinite(financing.normative, 1...10_000_000, at: path()["normative"])
            checkFinite(financing.coefficient, 0.5...3.0, at: path()["coefficient"])
            if financing.raised, financing.coefficient <= 1 {
                report(path()["coefficient"], ru: "повышенный коэффициент должен быть больше 1,00",
                       en: "a raised coefficient must be above 1.00")
            }
        }
    }

    mutating func checkRiskProfiles() {
        var lookup = OrganisationLookup(organisationIndex)
        let owners = dataset.riskProfiles.map { lookup($0.organisationId) }
        checkUniqueRecords(dataset.riskProfiles, at: "riskProfiles", owners: owners, subjects: nil, year: \.year) {
            YearlyRecordKey(organisation: $0.organisationId, year: $0.year)
        }
        for (index, profile) in dataset.riskProfiles.enumerated() {
            let path = { DataPath.root["riskProfiles"][index] }
            checkOrganisationReference(profile.organisationId, known: owners[index] != nil, at: path()["organisationId"])
            checkYear(profile.year, at: path()["year"])
            for (factor, level) in profile.factors.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                checkFinite(level, 0...1, at: path()["factors"][factor.rawValue])
            }
        }
    }
}

/// What identifies a yearly record (a result, a financing line, a risk profile) for duplicate checks.
struct YearlyRecordKey: Hashable, CustomStringConvertible {
    var organisation: Identifier<Organisation>
    var year: Int
    var subject: Identifier<Subject>?

    var description: String { [organisation.rawValue, String(year), subject?.rawValue].compactMap { $0 }.joined(separator: " · ") }
}
