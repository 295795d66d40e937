import Bilingual
import Foundation
import TestSupport
@testable import KachestvoApp
import KachestvoCore
import KachestvoStore
import TerminalKit

/// A small region for screen and key-script tests, independent of the demo generator so goldens
/// change only when the screens do.
enum AppFixture {
    static let rus: Identifier<Subject> = "ege-rus"
    static let math: Identifier<Subject> = "oge-math"

    static func dataset() -> Dataset {
        func org(_ id: String, _ name: String, _ role: Organisation.Role, _ centre: String?,
                 _ municipality: String, pupils: Int, kind: Organisation.Kind = .secondary) -> Organisation {
            Organisation(id: Identifier(id), name: name, kind: kind, legalForm: municipality == "mr-bagan" ? .mkou : .mbou,
                         municipalityId: Identifier(municipality),
                         settlement: municipality == "mr-bagan" ? "с. Баган" : "г. Новосибирск",
                         pupils: pupils, teachers: pupils / 14, rural: municipality == "mr-bagan",
                         small: pupils < 100, role: role, centreId: centre.map { Identifier($0) })
        }
        let organisations = [
            org("org-01", "МАОУ лицей № 9", .consultingCentre, nil, "nsk-lenin", pupils: 1200, kind: .lyceum),
            org("org-02", "МБОУ гимназия № 1", .consultingCentre, nil, "nsk-centr", pupils: 1000, kind: .gymnasium),
            org("org-03", "МБОУ СОШ № 12", .methodologicalCentre, "org-01", "nsk-lenin", pupils: 900),
            org("org-04", "МКОУ Баганская СОШ № 1", .methodologicalCentre, "org-01", "mr-bagan", pupils: 500),
            org("org-05", "МБОУ СОШ № 45", .methodologicalCentre, "org-02", "nsk-centr", pupils: 800),
            org("org-06", "МБОУ СОШ № 7\u{1B}[31m\u{7}", .none, "org-03", "nsk-lenin", pupils: 600),
            org("org-07", "МБОУ СОШ № 19", .participant, "org-03", "nsk-lenin", pupils: 700),
            org("org-08", "МКОУ Урезская ООШ", .none, "org-04", "mr-bagan", pupils: 40, kind: .basic),
            org("org-09", "МКОУ Палецкая СОШ", .none, "org-04", "mr-bagan", pupils: 150),
            org("org-10", "МБОУ СОШ № 99", .none, "org-05", "nsk-centr", pupils: 650),
        ]
        let egeMeans: [String: [Double]] = [
            "org-01": [78, 79, 80], "org-02": [76, 77, 77], "org-03": [70, 69, 71], "org-04": [62, 60, 61],
            "org-05": [68, 68, 67], "org-06": [64, 63, 58], "org-07": [66, 67, 68], "org-09": [52, 50, 49],
            "org-10": [65, 66, 66],
        ]
        var results: [ExamResult] = []
        for (id, means) in egeMeans.sorted(by: { $0.key < $1.key }) {
            for (offset, mean) in means.enumerated() {
                results.append(ExamResult(organisationId: Identifier(id), year: 2016 + offset, subjectId: rus,
                                          participants: 24, mean: mean, belowMinimum: mean < 55 ? 3 : 0,
                                          high: mean > 75 ? 6 : 1, hundreds: mean >= 80 ? 1 : 0))
            }
            results.append(ExamResult(organisationId: Identifier(id), year: 2018, subjectId: math, participants: 10,
                                      mean: 3.8, belowMinimum: 0, high: 2, hundreds: 0,
                                      marks: MarkCounts(two: 0, three: 4, four: 4, five: 2)))
        }
        let financing = organisations.map { org in
            Financing(organisationId: org.id, year: 2018, normative: 86_500,
                      coefficient: org.id == "org-09" ? 1.12 : 1.0, raised: org.id == "org-09")
        }
        return Dataset(
            demo: true,
            municipalities: [
                Municipality(id: "go-nsk", name: "г. Новосибирск", kind: .urbanDistrict),
                Municipality(id: "nsk-lenin", name: "Ленинский", kind: .cityDistrict, parentId: "go-nsk"),
                Municipality(id: "nsk-centr", name: "Центральный", kind: .cityDistrict, parentId: "go-nsk"),
                Municipality(id: "mr-bagan", name: "Баганский", kind: .municipalDistrict),
            ],
            organisations: organisations,
            academicYears: [2016, 2017, 2018].map(AcademicYear.init),
            subjects: [
                Subject(id: rus, name: "Русский язык", exam: .ege, scale: .score100, minimumScore: 24, universityMinimum: 36),
                Subject(id: math, name: "Математика", exam: .oge, scale: .mark5, minimumScore: 3),
            ],
            examResults: results, financing: financing,
            supportCases: [SupportCase(id: "case-1", organisationId: "org-09", reasons: ["низкие результаты ЕГЭ"],
                                       curatorId: "org-04",
                                       plan: [SupportCase.PlanStep(title: "Диагностика", due: Day(iso: "2018-10-01")!, done: true),
                                              SupportCase.PlanStep(title: "Стажировка", due: Day(iso: "2019-02-01")!, done: false)],
                                       status: .active, opened: Day(iso: "2018-09-15")!)]
        )
    }

    static func state(width: Int = 80, height: Int = 24, language: Language = .ru) -> AppState {
        AppState(model: AppModel(index: RegionIndex(dataset())), language: language, width: width, height: height,
                 themes: [Theme.builtInDefault], colorDepth: .none)
    }

    /// Feeds keys to `update` as typed; returns every effect produced.
    @discardableResult
    static func type(_ keys: [Key], into state: inout AppState) -> [AppEffect] {
        keys.flatMap { Update.apply(.key($0), to: &state) }
    }

    static func text(_ string: String) -> [Key] { string.map { Key.character($0) } }

    static func screen(_ state: AppState) -> [String] { TestBackend.lines(of: AppView.render(state)) }
}

extension AppFixture {
    /// The fixture saved as a real data file in a new temporary folder.
    static func savedFile(_ dataset: Dataset = dataset()) throws -> String {
        let path = TemporaryFolder.make("app") + "/data.json"
        try DataStore().save(dataset, to: path, expecting: nil)
        return path
    }

    /// The fixture's outline: organisations and names, none of the figures.
    static func outline() -> Dataset {
        var outline = dataset()
        outline.examResults = []
        outline.financing = []
        outline.riskProfiles = []
        return outline
    }

    /// The name of the organisation focused on the Network screen, if any.
    static func focusedName(_ state: AppState) -> String? {
        guard let node = NetworkNavigator.focusedNode(state.screens.network, state.context),
              case .organisation(let org) = state.model.index.hierarchy(state.screens.network.view).nodes[node] else { return nil }
        return state.model.dataset.organisations[org].name
    }
}
