import Bilingual
@testable import KachestvoApp
@testable import KachestvoCore
import TerminalKit

/// Regions whose columns are crowded with similar names: the demo (1,000 schools with figures) and
/// the organisations of the 40,000-school demo file (`demo-data --schools 40000 --seed 7`) without
/// their figures, which would take minutes to generate in a test.
enum CrowdedRegions {
    static let demo = AppModel(index: RegionIndex(DemoRegion.generate()))

    static let large: AppModel = {
        let organisations = DemoOrganisations.build(total: 40_000, seed: 7).map(\.organisation)
        let dataset = Dataset(demo: true, municipalities: DemoGeography.municipalities, organisations: organisations,
                              academicYears: DemoSubjects.years.map(AcademicYear.init), subjects: DemoSubjects.subjects)
        return AppModel(index: RegionIndex(dataset.normalised()))
    }()

    static func state(_ model: AppModel, width: Int, height: Int, language: Language = .ru) -> AppState {
        AppState(model: model, language: language, width: width, height: height, themes: [Theme.builtInDefault],
                 colorDepth: .none)
    }

    /// The rows of each Miller column on `screen` (the detail pane, the last box, left out), blank
    /// rows dropped; a column's first row is its header when it has one.
    static func columnRows(_ screen: [String]) -> [[String]] {
        let body = screen.dropFirst(3).dropLast(2)
        var columns: [[String]] = []
        for line in body {
            let boxes = line.split(separator: "│", omittingEmptySubsequences: true).map(String.init)
            for (index, text) in boxes.dropLast().enumerated() {
                if columns.count <= index { columns.append([]) }
                if !text.allSatisfy({ $0 == " " }) { columns[index].append(text) }
            }
        }
        return columns
    }

    /// The text of the detail pane (the last box) on `screen`, one string per row.
    static func detailRows(_ screen: [String]) -> [String] {
        screen.dropFirst(3).dropLast(2).compactMap { line in
            line.split(separator: "│", omittingEmptySubsequences: true).last.map(String.init)
        }
    }
}
