/// Checks a whole dataset and returns *every* problem with its place: duplicate ids, broken
/// references, the project structure (one КЦ per УМЦ, schools under a УМЦ), value ranges and dates.
/// An empty result means the dataset is valid.
public struct DatasetValidator {
    let dataset: Dataset
    var problems: [ValidationProblem] = []
    let organisationIndex: [Identifier<Organisation>: Int]
    let municipalityIndex: [Identifier<Municipality>: Int]
    let subjectIndex: [Identifier<Subject>: Int]
    let meetingIds: Set<Identifier<CouncilMeeting>>
    let years: Set<Int>
    /// The `ExamRules` of each subject (by position), when the table knows it and agrees on its
    /// exam and scale (a disagreement is reported once, at the subject).
    let schedules: [ExamSchedule?]
    /// Problems caused by one wrong value wherever it is used, by that value: reported once.
    var repeated: [String: RepeatedProblem] = [:]

    public static func validate(_ dataset: Dataset) -> [ValidationProblem] {
        var validator = DatasetValidator(dataset)
        validator.run()
        return validator.problems
    }

    private init(_ dataset: Dataset) {
        self.dataset = dataset
        organisationIndex = Dictionary(firstPositionsOf: dataset.organisations.map(\.id))
        municipalityIndex = Dictionary(firstPositionsOf: dataset.municipalities.map(\.id))
        subjectIndex = Dictionary(firstPositionsOf: dataset.subjects.map(\.id))
        meetingIds = Set(dataset.meetings.map(\.id))
        years = Set(dataset.academicYears.map(\.year))
        schedules = dataset.subjects.map { subject in
            ExamRules.schedule(for: subject.id).flatMap { $0.exam == subject.exam && $0.scale == subject.scale ? $0 : nil }
        }
    }

    private mutating func run() {
        checkHeader()
        checkDeclaredIds(dataset.municipalities.map(\.id.rawValue), at: "municipalities")
        checkDeclaredIds(dataset.organisations.map(\.id.rawValue), at: "organisations")
        checkDeclaredIds(dataset.subjects.map(\.id.rawValue), at: "subjects")
        checkUnique(dataset.academicYears.map { String($0.year) }, at: "academicYears", field: "year")
        checkDeclaredIds(dataset.supportCases.map(\.id.rawValue), at: "supportCases")
        checkDeclaredIds(dataset.meetings.map(\.id.rawValue), at: "meetings")
        checkDeclaredIds(dataset.stages.map(\.id.rawValue), at: "stages")
        checkDeclaredIds(dataset.directions.map(\.id.rawValue), at: "directions")
        checkDeclaredIds(dataset.forecasts.map(\.id.rawValue), at: "forecasts")
        checkMunicipalities()
        checkOrganisations()
        checkSubjects()
        checkExamResults()
        checkFinancing()
        checkRiskProfiles()
        checkSupportCases()
        checkCouncil()
        checkForecasts()
        checkThresholds()
        finishRepeatedProblems()
    }

    // MARK: Helpers shared by the checks

    mutating func report(_ path: DataPath, ru: String, en: String) {
        problems.append(ValidationProblem(path: path, ru: ru, en: en))
    }

    /// Reports every key seen before, at `$.array[i].field` (or at the record itself when `field` is
    /// nil); `describe` names a key in the message, and runs only for the duplicates.
    mutating func checkUnique<Key: Hashable>(_ keys: [Key], at array: String, field: String? = "id",
                                             describe: (Key) -> String = { "\($0)" }) {
        var seen: [Key: Int] = [:]
        seen.reserveCapacity(keys.count)
        for (index, key) in keys.enumerated() {
            guard let first = seen[key] else {
                seen[key] = index
                continue
            }
            let record = DataPath.root[array][index]
            report(field.map { record[$0] } ?? record,
                   ru: "повторяющаяся запись «\(Self.clipped(describe(key)))» (впервые в $.\(array)[\(first)])",
                   en: "duplicate «\(Self.clipped(describe(key)))» (first at $.\(array)[\(first)])")
        }
    }

    /// Reports a value outside `range`; true when it is inside.
    @discardableResult
    mutating func checkRange<T: Comparable>(_ value: T, _ range: ClosedRange<T>, at path: @autoclosure () -> DataPath) -> Bool {
        guard range.contains(value) else {
            report(path(), ru: "значение \(value) вне допустимого диапазона \(range.lowerBound)…\(range.upperBound)",
                   en: "value \(value) is outside the allowed range \(range.lowerBound)…\(range.upperBound)")
            return false
        }
        return true
    }

    /// Reports a value that is not finite or outside `range`; true when it is fine.
    @discardableResult
    mutating func checkFinite(_ value: Double, _ range: ClosedRange<Double>, at path: @autoclosure () -> DataPath) -> Bool {
        guard value.isFinite else {
            report(path(), ru: "значение не является конечным числом", en: "value is not a finite number")
            return false
        }
        return checkRange(value, range, at: path())
    }

    mutating func checkOrganisationReference(_ id: Identifier<Organisation>, at path: @autoclosure () -> DataPath) {
        checkOrganisationReference(id, known: organisationIndex[id] != nil, at: path())
    }

    /// The same check when the lookup has been made already.
    mutating func checkOrganisationReference(_ id: Identifier<Organisation>, known: Bool, at path: @autoclosure () -> DataPath) {
        if !known {
            reportMissing("organisation", id, at: path(), ru: "ссылка на несуществующую организацию «\(Self.clipped(id))»",
                          en: "refers to an organisation «\(Self.clipped(id))» that does not exist")
        }
    }

    mutating func checkYear(_ year: Int, at path: @autoclosure () -> DataPath) {
        if !years.contains(year) {
            reportMissing("year", year, at: path(), ru: "год \(year) отсутствует в academicYears",
                          en: "year \(year) is not listed in academicYears")
        }
    }

    // MARK: Checks of the whole document

    private mutating func checkHeader() {
        if dataset.format != Dataset.formatName {
            report(DataPath.root["format"], ru: "формат «\(Self.clipped(dataset.format))», ожидался «\(Dataset.formatName)»",
                   en: "format is «\(Self.clipped(dataset.format))», expected «\(Dataset.formatName)»")
        }
        if dataset.revision < 0 {
            report(DataPath.root["revision"], ru: "номер редакции не может быть отрицательным",
                   en: "revision cannot be negative")
        }
        checkText(dataset.regionName, .name, at: DataPath.root["regionName"])
        for (index, year) in dataset.academicYears.enumerated() {
            checkRange(year.year, 1990...2100, at: DataPath.root["academicYears"][index]["year"])
        }
    }

    private mutating func checkThresholds() {
        let path = DataPath.root["thresholds"]
        let t = dataset.thresholds
        checkFinite(t.failsMinimumShare, 0...1, at: path["failsMinimumShare"])
        checkFinite(t.fundedNoEffectPercentile, 0...1, at: path["fundedNoEffectPercentile"])
        checkFinite(t.effectiveNoFundingPercentile, 0...1, at: path["effectiveNoFundingPercentile"])
        checkFinite(t.needsSupportScore, 0...1, at: path["needsSupportScore"])
        checkRange(t.persistentWindow, 1...10, at: path["persistentWindow"])
        checkRange(t.persistentLowYears, 1...t.persistentWindow.clamped(to: 1...10), at: path["persistentLowYears"])
        checkRange(t.declineYears, 1...10, at: path["declineYears"])
        checkRange(t.minimumParticipants, 1...1000, at: path["minimumParticipants"])
        for (name, weight) in t.riskWeights.sorted(by: { $0.key < $1.key }) {
            if RiskFactor(rawValue: name) == nil {
                report(path["riskWeights"][name], ru: "неизвестный фактор риска «\(Self.clipped(name))»",
                       en: "unknown risk factor «\(Self.clipped(name))»")
            }
            checkFinite(weight, 0...1, at: path["riskWeights"][name])
        }
    }
}

extension Comparable {
    func clamped(to range: ClosedRange<Self>) -> Self { min(max(self, range.lowerBound), range.upperBound) }
}
