/// The whole region as stored in one data file: everything the dashboard shows.
///
/// Arrays are kept sorted by id (see `normalised()`) so saved files diff cleanly. `revision` counts
/// saves; `demo` marks the synthetic built-in region, which every screen and report must label.
/// The big arrays records are edited in (organisations, exam results, financing) are chunked
/// (`ChunkedArray`): an edit made while a save in the background holds the dataset copies one
/// chunk of them, not the whole array.
public struct Dataset: Codable, Hashable, Sendable {
    /// The value of `format` in every Kachestvo data file.
    public static let formatName = "kachestvo-dataset"
    /// The schema this build reads and writes; older files are migrated by the store.
    public static let currentSchemaVersion = 1

    public var format: String
    public var schemaVersion: Int
    public var revision: Int
    public var demo: Bool
    public var regionName: String
    public var municipalities: [Municipality]
    public var organisations: ChunkedArray<Organisation>
    public var academicYears: [AcademicYear]
    public var subjects: [Subject]
    public var examResults: ChunkedArray<ExamResult>
    public var financing: ChunkedArray<Financing>
    public var riskProfiles: [RiskProfile]
    public var supportCases: [SupportCase]
    public var meetings: [CouncilMeeting]
    public var stages: [ProjectStage]
    public var directions: [ProjectDirection]
    public var forecasts: [Forecast]
    public var thresholds: FlagThresholds

    public init(
        revision: Int = 0, demo: Bool = false, regionName: String = "Новосибирская область",
        municipalities: [Municipality] = [], organisations: [Organisation] = [],
        academicYears: [AcademicYear] = [], subjects: [Subject] = [], examResults: [ExamResult] = [],
        financing: [Financing] = [], riskProfiles: [RiskProfile] = [], supportCases: [SupportCase] = [],
        meetings: [CouncilMeeting] = [], stages: [ProjectStage] = [], directions: [ProjectDirection] = [],
        forecasts: [Forecast] = [], thresholds: FlagThresholds = FlagThresholds()
    ) {
        self.format = Dataset.formatName
        self.schemaVersion = Dataset.currentSchemaVersion
        self.revision = revision
        self.demo = demo
        self.regionName = regionName
        self.municipalities = municipalities
        self.organisations = ChunkedArray(organisations)
        self.academicYears = academicYears
        self.subjects = subjects
        self.examResults = ChunkedArray(examResults)
        self.financing = ChunkedArray(financing)
        self.riskProfiles = riskProfiles
        self.supportCases = supportCases
        self.meetings = meetings
        self.stages = stages
        self.directions = directions
        self.forecasts = forecasts
        self.thresholds = thresholds
    }

    /// The same data with every array in its canonical order (by id, then year, then subject), so that
    /// two saves of equal data produce identical files.
    public func normalised() -> Dataset {
        var copy = self
        copy.municipalities.sort { $0.id < $1.id }
        copy.organisations.sort { $0.id < $1.id }
        copy.academicYears.sort()
        copy.subjects.sort { $0.id < $1.id }
        copy.examResults.sort {
            ($0.organisationId.rawValue, $0.year, $0.subjectId.rawValue)
                < ($1.organisationId.rawValue, $1.year, $1.subjectId.rawValue)
        }
        copy.financing.sort { ($0.organisationId.rawValue, $0.year) < ($1.organisationId.rawValue, $1.year) }
        copy.riskProfiles.sort { ($0.organisationId.rawValue, $0.year) < ($1.organisationId.rawValue, $1.year) }
        copy.supportCases.sort { $0.id < $1.id }
        copy.meetings.sort { $0.id < $1.id }
        copy.stages.sort { $0.id < $1.id }
        copy.directions.sort { $0.id < $1.id }
        copy.forecasts.sort { $0.id < $1.id }
        return copy
    }

    /// The years that have exam results, oldest first.
    public var years: [Int] { academicYears.map(\.year).sorted() }
}
