import Bilingual
@testable import KachestvoApp
import KachestvoCore
import TerminalKit
import Testing

/// The Network screen's rows in crowded columns: no two visible rows alike, headers and a legend
/// that say what the figures are, numbers that line up and are never cut, and the region itself.
@Suite struct NetworkRowsTests {
    private static let sizes = [(80, 24), (100, 30)]

    /// Every column of every level, paging through each focused column, at both sizes and in both views.
    private func expectDistinctRows(_ model: AppModel, pagesPerColumn: Int) {
        for (width, height) in Self.sizes {
            for view in Hierarchy.View.allCases {
                var state = CrowdedRegions.state(model, width: width, height: height)
                if view != state.screens.network.view { AppFixture.type([.character("v")], into: &state) }
                let tree = model.index.hierarchy(view)
                let parents = (0..<tree.count).filter { !tree.children[$0].isEmpty }
                for parent in parents {
                    guard let first = NetworkNavigator.orderedChildren(of: parent, state.screens.network, state.context).first,
                          case .organisation(let org) = tree.nodes[first] else { continue }
                    #expect(NetworkNavigator.reveal(model.dataset.organisations[org].id, &state.screens.network, state.context))
                    for page in 0..<pagesPerColumn {
                        let screen = AppFixture.screen(state)
                        for (column, rows) in CrowdedRegions.columnRows(screen).enumerated() {
                            let repeated = Dictionary(grouping: rows, by: { $0 }).filter { $0.value.count > 1 }.keys
                            #expect(repeated.isEmpty, "\(width)×\(height) \(view) parent \(parent) page \(page) column \(column): \(repeated.sorted())")
                        }
                        let before = state.screens.network.focusedKey
                        AppFixture.type([.pageDown], into: &state)
                        if state.screens.network.focusedKey == before { break }
                    }
                }
            }
        }
    }

    @Test func noTwoVisibleRowsOfTheDemoLookAlike() {
        expectDistinctRows(CrowdedRegions.demo, pagesPerColumn: 100)
    }

    @Test func noTwoVisibleRowsOfFortyThousandSchoolsLookAlike() {
        expectDistinctRows(CrowdedRegions.large, pagesPerColumn: 6)
    }

    @Test func distinctNamesHoldInEveryWindowOfTheLargestColumns() {
        let model = CrowdedRegions.large
        let state = CrowdedRegions.state(model, width: 80, height: 24)
        let tree = model.index.hierarchy(.network)
        let crowded = (0..<tree.count).sorted { tree.children[$0].count > tree.children[$1].count }.prefix(3)
        for parent in crowded {
            let nodes = NetworkNavigator.orderedChildren(of: parent, state.screens.network, state.context)
            // The name widths of a school column at 80×24 and 100×30 (focused or not, the same).
            for width in [15, 20] {
                for start in stride(from: 0, to: nodes.count, by: 18) {
                    let window = start..<min(nodes.count, start + 18)
                    let names = NodeLabel.rowNames(nodes, visible: window, width: width, state.screens.network, state.context)
                    #expect(Set(names).count == names.count, "parent \(parent) width \(width) rows \(window): \(names)")
                    #expect(names.allSatisfy { state.context.textWidth.width(of: $0) <= width })
                }
            }
        }
    }

    @Test(arguments: [Language.ru, .en])
    func theFocusedColumnNamesItsFigures(language: Language) {
        let small = AppFixture.screen(CrowdedRegions.state(CrowdedRegions.demo, width: 80, height: 24, language: language))
        let header = CrowdedRegions.columnRows(small)[0][0]
        #expect(header.contains("ЕГЭ Рус. яз.") && header.contains("⚑"), "\(header)")
        let wide = AppFixture.screen(CrowdedRegions.state(CrowdedRegions.demo, width: 100, height: 30, language: language))
        #expect(CrowdedRegions.columnRows(wide)[0][0].hasPrefix(language == .ru ? "Название" : "Name"))
    }

    @Test(arguments: [Language.ru, .en])
    func helpExplainsTheSymbols(language: Language) {
        var state = CrowdedRegions.state(CrowdedRegions.demo, width: 100, height: 30, language: language)
        var lines: [String] = []
        AppFixture.type([.character("?")], into: &state)
        for _ in 0..<6 {
            lines += AppFixture.screen(state)
            AppFixture.type([.pageDown], into: &state)
        }
        let text = lines.joined(separator: "\n")
        #expect(text.contains(language == .ru ? "Обозначения" : "Symbols"))
        for symbol in ["⚑N", "★ —", "81+", "«5»", "<", "Δ"] {
            #expect(text.contains(symbol), "help says what \(symbol) means")
        }
    }

    @Test func listFiguresShareARightEdgeAndAreNeverCut() {
        for (width, height) in Self.sizes {
            var state = CrowdedRegions.state(CrowdedRegions.demo, width: width, height: height)
            AppFixture.type([.enter, .enter], into: &state)
            let rows = CrowdedRegions.columnRows(AppFixture.screen(state)).last!
            let header = Array(rows[0])
            let meanEnd = Array(String(header[..<(header.lastIndex(of: ".")! + 1)])).count - 1
            for row in rows.dropFirst().map(Array.init) {
                #expect(row[meanEnd].isNumber || row[meanEnd] == "—", "mean ends under its title: \(String(row))")
                #expect(!String(row[(meanEnd - 5)...]).contains("…"), "figures are never cut: \(String(row))")
            }
        }
    }

    @Test func examFiguresShareARightEdgeAndAreNeverCut() {
        for (width, height) in Self.sizes {
            var state = CrowdedRegions.state(CrowdedRegions.demo, width: width, height: height)
            AppFixture.type([.escape], into: &state)
            let detail = CrowdedRegions.detailRows(AppFixture.screen(state))
            guard let heading = detail.firstIndex(where: { $0.hasPrefix(" ЕГЭ ") }) else {
                Issue.record("no ЕГЭ table at \(width)×\(height)"); continue
            }
            let ends = Self.tokenEnds(detail[heading])
            let subjects = detail[(heading + 1)...].prefix { !$0.hasPrefix(" ОГЭ ") && !$0.allSatisfy { $0 == " " } }
            #expect(subjects.count >= 5)
            for row in subjects {
                #expect(Set(ends.dropFirst()).isSubset(of: Self.tokenEnds(row)), "figures end under their titles: «\(row)»")
                #expect(!row.contains("…") || row.firstIndex(of: "…")! < row.index(row.startIndex, offsetBy: ends[1] - 6),
                        "figures are never cut: «\(row)»")
            }
            #expect(subjects.contains { $0.contains("\u{00A0}") }, "thousands are grouped: \(subjects)")
        }
    }

    /// Offsets of the last character of each run of non-spaces in `row`.
    private static func tokenEnds(_ row: String) -> [Int] {
        let characters = Array(row)
        return characters.indices.filter { characters[$0] != " " && ($0 + 1 == characters.count || characters[$0 + 1] == " ") }
    }

    @Test func escapeAtTheTopSelectsTheRegionWithItsTotals() {
        var state = CrowdedRegions.state(CrowdedRegions.demo, width: 80, height: 24)
        AppFixture.type([.down], into: &state)
        let second = state.screens.network.focusedKey
        AppFixture.type([.escape], into: &state)
        #expect(state.screens.network.isAtRegion)
        let screen = AppFixture.screen(state)
        #expect(screen[2].hasPrefix("┌ Область"))
        let detail = CrowdedRegions.detailRows(screen).joined(separator: " ")
        #expect(detail.contains("Новосибирская область"))
        #expect(detail.contains("Организаций: 1\u{00A0}000"), "\(detail)")
        #expect(detail.contains("всего по подсети"))
        AppFixture.type([.escape, .down, .up], into: &state)
        #expect(state.screens.network.isAtRegion, "nothing above the region, nothing beside it")
        AppFixture.type([.enter], into: &state)
        #expect(state.screens.network.focusedKey == second, "Enter goes back down to where the user was")
        AppFixture.type([.escape, .right], into: &state)
        #expect(state.screens.network.focusedKey == second)
    }

    @Test func theBreadcrumbKeepsWhereTheUserIs() {
        var state = CrowdedRegions.state(CrowdedRegions.demo, width: 80, height: 24)
        AppFixture.type([.enter, .enter], into: &state)
        let name = AppFixture.focusedName(state)!
        let crumb = AppFixture.screen(state)[1]
        #expect(crumb.contains(" › " + name), "«\(crumb)» ends in «\(name)»")
        #expect(crumb.hasPrefix(" Нов"), "the region, shortened, still leads")
    }

    @Test func aChangeIsSignedAndATinyOneIsZero() {
        #expect(SignedChange(-0.004, digits: 2, .ru).text == "0,00")
        #expect(SignedChange(-0.004, digits: 2, .ru).direction == 0)
        #expect(SignedChange(-0.3, digits: 1, .ru).text == "−0,3")
        #expect(SignedChange(1.25, digits: 1, .en).text == "+1.3")
        #expect(SignedChange(1.25, digits: 1, .en).direction == 1)
    }
}
