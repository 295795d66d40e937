import Bilingual

/// The flags the model raises on an organisation (DESIGN.md §1). Every finding carries its reasons,
/// so the UI can always say why.
public enum Flag: String, CaseIterable, Sendable, Hashable, Codable, Comparable {
    case lowResult = "LOW_RESULT"
    case failsMinimum = "FAILS_MINIMUM"
    case persistentLow = "PERSISTENT_LOW"
    case stableHigh = "STABLE_HIGH"
    case decline = "DECLINE"
    case suspiciousJump = "SUSPICIOUS_JUMP"
    case fundedNoEffect = "FUNDED_NO_EFFECT"
    case effectiveNoFunding = "EFFECTIVE_NO_FUNDING"
    case needsSupport = "NEEDS_SUPPORT"

    /// Short name for badges and tables.
    public var title: BilingualText {
        switch self {
        case .lowResult: BilingualText(ru: "Низкие результаты", en: "Low results")
        case .failsMinimum: BilingualText(ru: "Ниже минимума", en: "Below minimum")
        case .persistentLow: BilingualText(ru: "Устойчиво низкие", en: "Persistently low")
        case .stableHigh: BilingualText(ru: "Стабильно высокие", en: "Stable high")
        case .decline: BilingualText(ru: "Снижение", en: "Decline")
        case .suspiciousJump: BilingualText(ru: "Подозрительный скачок", en: "Suspicious jump")
        case .fundedNoEffect: BilingualText(ru: "Коэффициент без результата", en: "Funded, no effect")
        case .effectiveNoFunding: BilingualText(ru: "Эффективна без доплат", en: "Effective, no extra funding")
        case .needsSupport: BilingualText(ru: "Нужна поддержка", en: "Needs support")
        }
    }

    /// Whether the flag is good news (shown in the success colour) or a concern.
    public var isPositive: Bool { self == .stableHigh || self == .effectiveNoFunding }

    public static func < (lhs: Flag, rhs: Flag) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One flag raised on one organisation in one year, with the numbers behind it.
public struct FlagFinding: Hashable, Sendable {
    public var flag: Flag
    public var reasons: [FlagReason]

    public init(flag: Flag, reasons: [FlagReason]) {
        self.flag = flag
        self.reasons = reasons
    }
}
