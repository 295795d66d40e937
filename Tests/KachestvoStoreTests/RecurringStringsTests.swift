@testable import KachestvoStore
import Testing

/// Settlements read from a snapshot are made once per text and found again by their bytes.
@Suite struct RecurringStringsTests {
    @Test func everyTextGivesItselfAlsoWhenTextsShareASlot() {
        var recurring = RecurringStrings()
        // More texts than slots: some share one, and each must still give its own text.
        let texts = (0..<5000).map { "с. Посёлок № \($0)" } + ["г. Новосибирск", "", "р.п. Коченёво"]
        for round in 0..<2 {
            for text in texts {
                let bytes = Array(text.utf8)
                let made = bytes.withUnsafeBytes { recurring.string(for: $0) }
                #expect(made == text, "round \(round)")
            }
        }
    }
}
