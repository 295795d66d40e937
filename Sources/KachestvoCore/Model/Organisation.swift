/// A general-education organisation (school). Consulting centres (КЦ) and methodological centres
/// (УМЦ) are schools too; their `role` says so, and `centreId` links school → УМЦ → КЦ.
public struct Organisation: Codable, Hashable, Sendable, Identifiable {
    /// The type of school, which shapes its exams (a НОШ has none, an ООШ has only ОГЭ) and funding.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case secondary            // СОШ
        case basic                // ООШ
        case primary              // НОШ
        case lyceum               // лицей
        case gymnasium            // гимназия
        case inDepth              // СОШ с углублённым изучением предметов
        case cadetBoarding        // кадетская школа-интернат
        case evening              // вечерняя (сменная) школа

        /// The Russian abbreviation used in names and tables.
        public var abbreviation: String {
            switch self {
            case .secondary: "СОШ"
            case .basic: "ООШ"
            case .primary: "НОШ"
            case .lyceum: "лицей"
            case .gymnasium: "гимназия"
            case .inDepth: "СОШ с УИОП"
            case .cadetBoarding: "КШИ"
            case .evening: "В(С)ОШ"
            }
        }

        /// Whether pupils of this school sit ЕГЭ (grade 11) and ОГЭ (grade 9).
        public var hasEGE: Bool { self != .basic && self != .primary }
        public var hasOGE: Bool { self != .primary }
    }

    /// Legal form of the organisation.
    public enum LegalForm: String, Codable, Sendable, CaseIterable {
        case mbou, maou, mkou, gbouNSO

        public var abbreviation: String {
            switch self {
            case .mbou: "МБОУ"
            case .maou: "МАОУ"
            case .mkou: "МКОУ"
            case .gbouNSO: "ГБОУ НСО"
            }
        }
    }

    /// The organisation's place in the quality-management project.
    public enum Role: String, Codable, Sendable, CaseIterable, Comparable {
        case consultingCentre      // КЦ, стажировочная площадка
        case methodologicalCentre  // УМЦ
        case participant           // участник проекта (РИП)
        case none                  // works with a УМЦ, not itself a project participant

        public var abbreviation: String {
            switch self {
            case .consultingCentre: "КЦ"
            case .methodologicalCentre: "УМЦ"
            case .participant: "участник"
            case .none: ""
            }
        }

        public static func < (lhs: Role, rhs: Role) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public var id: Identifier<Organisation>
    public var name: String
    public var kind: Kind
    public var legalForm: LegalForm
    public var municipalityId: Identifier<Municipality>
    public var settlement: String
    public var pupils: Int
    public var teachers: Int
    public var rural: Bool
    /// Малокомплектная: a very small (usually rural) school.
    public var small: Bool
    public var role: Role
    /// The centre that supports this organisation: a УМЦ for a school, a КЦ for a УМЦ, nil for a КЦ.
    public var centreId: Identifier<Organisation>?

    public init(
        id: Identifier<Organisation>, name: String, kind: Kind, legalForm: LegalForm,
        municipalityId: Identifier<Municipality>, settlement: String, pupils: Int, teachers: Int,
        rural: Bool, small: Bool, role: Role, centreId: Identifier<Organisation>?
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.legalForm = legalForm
        self.municipalityId = municipalityId
        self.settlement = settlement
        self.pupils = pupils
        self.teachers = teachers
        self.rural = rural
        self.small = small
        self.role = role
        self.centreId = centreId
    }
}
