import Foundation
import KachestvoCore

/// What the Council screen lists, computed once per model generation and kept in its state: the
/// meetings newest first, each meeting's forecasts, every forecast's actual value, and the day the
/// decisions' due dates are judged on.
struct CouncilFigures: Sendable, Equatable {
    private(set) var generation: UUID?
    /// Indices of `dataset.meetings`, newest first.
    private(set) var meetings: [Int] = []
    /// Indices of `dataset.forecasts` by the meeting that set them: the region's first, then the
    /// municipalities', then the organisations', each in the dataset's order.
    private(set) var forecasts: [Identifier<CouncilMeeting>: [Int]] = [:]
    /// The actual value of each forecast whose year has results.
    private(set) var actuals: [Identifier<Forecast>: Double] = [:]
    /// The data's latest day: a decision due before it is overdue.
    private(set) var asOf: Day?

    mutating func update(_ context: ScreenContext) {
        guard generation != context.model.generation else { return }
        let index = context.model.index, dataset = index.dataset
        meetings = dataset.meetings.indices.sorted {
            (dataset.meetings[$0].date, dataset.meetings[$0].id) > (dataset.meetings[$1].date, dataset.meetings[$1].id)
        }
        forecasts = [:]
        actuals = [:]
        for (position, forecast) in dataset.forecasts.enumerated() {
            if let meeting = forecast.meetingId { forecasts[meeting, default: []].append(position) }
            if let actual = index.actual(of: forecast) { actuals[forecast.id] = actual }
        }
        func rank(_ scope: Scope) -> Int {
            switch scope {
            case .region: 0
            case .municipality: 1
            case .organisation: 2
            }
        }
        for (meeting, list) in forecasts {
            forecasts[meeting] = list.sorted { (rank(dataset.forecasts[$0].scope), $0) < (rank(dataset.forecasts[$1].scope), $1) }
        }
        asOf = CouncilMeeting.latestRecordedDay(of: dataset)
        generation = context.model.generation
    }

    func position(of meeting: Identifier<CouncilMeeting>?, in dataset: Dataset) -> Int? {
        meetings.firstIndex { dataset.meetings[$0].id == meeting }
    }

    func forecasts(of meeting: Identifier<CouncilMeeting>?) -> [Int] {
        meeting.flatMap { forecasts[$0] } ?? []
    }
}
