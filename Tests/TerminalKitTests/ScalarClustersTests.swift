import Testing
@testable import TerminalKit

/// Text of scalars that stand alone is measured scalar by scalar; these check that it measures what
/// the cluster-by-cluster walk does, and that such scalars really are clusters of their own.
@Suite struct ScalarClustersTests {
    private static let standing: [Unicode.Scalar] = (0x20..<0x2900).compactMap(Unicode.Scalar.init).filter(ScalarClusters.standsAlone)

    @Test func eachStandingScalarIsAClusterBesideAnyOther() {
        #expect(Self.standing.count > 900)
        let neighbours: [Unicode.Scalar] = ["a", "я", "«", "─", "⠿", " ", "№"]
        for scalar in Self.standing {
            for neighbour in neighbours {
                var text = String()
                text.unicodeScalars.append(contentsOf: [neighbour, scalar, neighbour])
                #expect(text.count == 3, "U+\(String(scalar.value, radix: 16, uppercase: true))")
            }
        }
    }

    @Test func joiningScalarsAreNotStanding() {
        for value: UInt32 in [0x300, 0x483, 0x488, 0xAD, 0x200D, 0x200B, 0x2028, 0x203C, 0x2049, 0x25B6, 0x25C0, 0xFE0F, 0x1F600] {
            #expect(!ScalarClusters.standsAlone(Unicode.Scalar(value)!), "U+\(String(value, radix: 16))")
        }
    }

    @Test func scalarByScalarWidthsAreTheClustersWidths() {
        let texts = ["МБОУ «Кадетская школа-интернат № 3» — ×2 ±1 °C", "┌─┬─┐ ▲▼ ■□ ⠁⠿⣿ …·•", "Ёлки, ёжик: «ё»", "ＡＢ 中文 混 Ж"]
        for measure in [TextWidth(), TextWidth(ambiguousWide: true)] {
            for text in texts {
                #expect(measure.width(of: text) == text.reduce(0) { $0 + measure.width(of: $1) }, "\(text)")
                for columns in 0...(text.count * 2) {
                    let fitting = measure.prefix(of: text, columns: columns)
                    #expect(fitting.width == fitting.text.reduce(0) { $0 + measure.width(of: $1) })
                    #expect(fitting.width <= columns)
                    #expect(fitting.isCut == (fitting.text.count < text.count))
                    if fitting.isCut, let next = text[fitting.text.endIndex...].first {
                        #expect(fitting.width + measure.width(of: next) > columns, "the longest prefix: \(text) in \(columns)")
                    }
                }
            }
        }
    }

    @Test func textWithAJoinerIsMeasuredByClusters() {
        let measure = TextWidth.standard
        #expect(measure.width(of: "й\u{0306}ё") == 2)
        #expect(measure.prefix(of: "ab\u{0301}cd", columns: 2).text == "ab\u{0301}")
    }
}
