import Bilingual
import KachestvoCore

/// Names of support-case statuses in each language.
enum SupportStatusText {
    static func name(_ status: SupportCase.Status, _ language: Language) -> String {
        BilingualText(ru: status.russianName, en: englishName(status)).text(language)
    }

    private static func englishName(_ status: SupportCase.Status) -> String {
        switch status {
        case .proposed: "proposed"
        case .active: "active"
        case .monitoring: "monitoring"
        case .closed: "closed"
        case .cancelled: "cancelled"
        }
    }
}
