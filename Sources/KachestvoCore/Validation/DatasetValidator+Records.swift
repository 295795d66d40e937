/// Checks of the project records: support cases, council meetings, stages, directions, forecasts.
extension DatasetValidator {
    mutating func checkSupportCases() {
        for (index, supportCase) in dataset.supportCases.enumerated() {
            let path = DataPath.root["supportCases"][index]
            checkOrganisationReference(supportCase.organisationId, at: path["organisationId"])
            if let curator = organisationIndex[supportCase.curatorId] {
                let role = dataset.organisations[curator].role
                if role != .methodologicalCentre && role != .consultingCentre {
                    report(path["curatorId"], ru: "куратором может быть только УМЦ или КЦ",
                           en: "the curator must be a УМЦ or a КЦ")
                }
            } else {
                checkOrganisationReference(supportCase.curatorId, at: path["curatorId"])
            }
            if supportCase.reasons.isEmpty {
                report(path["reasons"], ru: "не указаны причины поддержки", en: "no reasons for support are given")
            }
            switch (supportCase.status.isOpen, supportCase.closed) {
            case (true, .some):
                report(path["closed"], ru: "у открытого случая не может быть даты закрытия",
                       en: "an open case cannot have a closing date")
            case (false, nil):
                report(path["closed"], ru: "у закрытого случая должна быть дата закрытия",
                       en: "a closed case needs a closing date")
            case (false, let closed?) where closed < supportCase.opened:
                report(path["closed"], ru: "дата закрытия \(closed.dotted) раньше даты открытия \(supportCase.opened.dotted)",
                       en: "closed on \(closed.iso), before it was opened on \(supportCase.opened.iso)")
            default:
                break
            }
            for (stepIndex, step) in supportCase.plan.enumerated() {
                checkNotBlank(step.title, at: path["plan"][stepIndex]["title"])
            }
        }
    }

    mutating func checkCouncil() {
        for (index, meeting) in dataset.meetings.enumerated() {
            let path = DataPath.root["meetings"][index]
            checkNotBlank(meeting.topic, at: path["topic"])
            for (decisionIndex, decision) in meeting.decisions.enumerated() {
                let decisionPath = path["decisions"][decisionIndex]
                checkNotBlank(decision.text, at: decisionPath["text"])
                for (orgIndex, org) in decision.organisationIds.enumerated() {
                    checkOrganisationReference(org, at: decisionPath["organisationIds"][orgIndex])
                }
            }
        }
        let stageIds = Set(dataset.stages.map(\.id))
        for (index, stage) in dataset.stages.enumerated() {
            if let end = stage.end, end < stage.start {
                report(DataPath.root["stages"][index]["end"],
                       ru: "этап заканчивается (\(end.dotted)) раньше, чем начинается (\(stage.start.dotted))",
                       en: "the stage ends (\(end.iso)) before it starts (\(stage.start.iso))")
            }
        }
        for (index, direction) in dataset.directions.enumerated() {
            let path = DataPath.root["directions"][index]
            if !stageIds.contains(direction.stageId) {
                report(path["stageId"], ru: "ссылка на несуществующий этап «\(direction.stageId)»",
                       en: "refers to a stage «\(direction.stageId)» that does not exist")
            }
            if let meeting = direction.meetingId, !meetingIds.contains(meeting) {
                report(path["meetingId"], ru: "ссылка на несуществующее заседание «\(meeting)»",
                       en: "refers to a meeting «\(meeting)» that does not exist")
            }
        }
    }

    mutating func checkForecasts() {
        for (index, forecast) in dataset.forecasts.enumerated() {
            let path = DataPath.root["forecasts"][index]
            if let meeting = forecast.meetingId, !meetingIds.contains(meeting) {
                report(path["meetingId"], ru: "ссылка на несуществующее заседание «\(meeting)»",
                       en: "refers to a meeting «\(meeting)» that does not exist")
            }
            switch forecast.scope {
            case .region:
                break
            case .municipality(let id):
                if municipalityIndex[id] == nil {
                    report(path["scope"]["id"], ru: "ссылка на несуществующий муниципалитет «\(id)»",
                           en: "refers to a municipality «\(id)» that does not exist")
                }
            case .organisation(let id):
                checkOrganisationReference(id, at: path["scope"]["id"])
            }
            guard let subjectSlot = subjectIndex[forecast.subjectId] else {
                report(path["subjectId"], ru: "неизвестный предмет «\(forecast.subjectId)»",
                       en: "unknown subject «\(forecast.subjectId)»")
                continue
            }
            let range: ClosedRange<Double>
            switch forecast.indicator {
            case .mean: range = dataset.subjects[subjectSlot].scale.range
            case .belowMinimumShare, .highShare: range = 0...1
            case .hundreds: range = 0...100_000
            }
            checkFinite(forecast.planned, range, at: path["planned"])
        }
    }
}
