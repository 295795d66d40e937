/// Gives schools of one naming area names that are unique there, in the forms used in the oblast:
/// «МБОУ СОШ № 12», «МАОУ гимназия № 1», «МБОУ Баганская СОШ № 2», «МКОУ Урезская ООШ».
///
/// Urban schools are numbered per series (СОШ-type, лицей, гимназия, вечерняя, кадетская); district
/// centre schools carry the centre's adjective; village schools take the village's adjective, and a
/// village met again (after the pool runs out) gets « № 2», « № 3» so names stay unique.
struct DemoSchoolNamer {
    private var lastNumber: [String: Int] = [:]
    private var villages: [DemoSettlement]
    private var nextVillage = 0

    init(random: inout DemoRandom) {
        villages = random.shuffled(DemoSettlements.pool)
    }

    /// A numbered urban school: the number series follows the kind, with the odd gap as in real towns.
    mutating func urban(_ kind: Organisation.Kind, _ legal: Organisation.LegalForm, random: inout DemoRandom) -> String {
        let series = Self.urbanSeries(kind)
        let number = (lastNumber[series] ?? 0) + (random.chance(0.25) ? 2 : 1)
        lastNumber[series] = number
        switch kind {
        case .cadetBoarding: return "\(legal.abbreviation) «Кадетская школа-интернат № \(number)»"
        case .inDepth: return "\(legal.abbreviation) СОШ № \(number) с углублённым изучением отдельных предметов"
        default: return "\(legal.abbreviation) \(Self.word(kind)) № \(number)"
        }
    }

    /// A school in a district centre: «Баганская СОШ № 1», «Тогучинский лицей», «Купинская гимназия № 2».
    mutating func districtCentre(_ kind: Organisation.Kind, _ legal: Organisation.LegalForm, adjective: String) -> String {
        let series = Self.word(kind)
        let number = (lastNumber[series] ?? 0) + 1
        lastNumber[series] = number
        let alwaysNumbered = kind == .secondary || kind == .inDepth
        let suffix = alwaysNumbered || number > 1 ? " № \(number)" : ""
        switch kind {
        case .cadetBoarding: return "\(legal.abbreviation) «\(adjective) кадетская школа-интернат\(suffix)»"
        case .lyceum: return "\(legal.abbreviation) \(Self.masculine(adjective)) лицей\(suffix)"
        case .inDepth:
            return "\(legal.abbreviation) \(adjective) СОШ\(suffix) с углублённым изучением отдельных предметов"
        default: return "\(legal.abbreviation) \(adjective) \(series)\(suffix)"
        }
    }

    /// A village school and its settlement: («МКОУ Урезская ООШ», «с. Урез»).
    mutating func village(_ kind: Organisation.Kind, _ legal: Organisation.LegalForm) -> (name: String, settlement: String) {
        let place = villages[nextVillage % villages.count]
        let round = nextVillage / villages.count
        nextVillage += 1
        let suffix = round == 0 ? "" : " № \(round + 1)"
        return ("\(legal.abbreviation) \(place.adjective) \(Self.word(kind))\(suffix)", place.settlement)
    }

    private static func urbanSeries(_ kind: Organisation.Kind) -> String {
        switch kind {
        case .secondary, .inDepth, .basic, .primary: "СОШ"
        case .lyceum, .gymnasium, .evening, .cadetBoarding: word(kind)
        }
    }

    private static func word(_ kind: Organisation.Kind) -> String {
        switch kind {
        case .secondary, .inDepth: "СОШ"
        case .basic: "ООШ"
        case .primary: "НОШ"
        case .lyceum: "лицей"
        case .gymnasium: "гимназия"
        case .evening: "В(С)ОШ"
        case .cadetBoarding: "КШИ"
        }
    }

    /// «Баганская» → «Баганский», «Северная» → «Северный» (for «лицей»).
    static func masculine(_ feminine: String) -> String {
        guard feminine.hasSuffix("ая") else { return feminine }
        let stem = feminine.dropLast(2)
        let softEnding = ["к", "г", "х", "ж", "ш", "ч", "щ"].contains(String(stem.last ?? " "))
        return stem + (softEnding ? "ий" : "ый")
    }
}
