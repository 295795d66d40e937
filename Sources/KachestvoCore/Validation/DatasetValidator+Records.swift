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
            checkTexts(supportCase.reasons, .name, at: path["reasons"])
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
                checkText(step.title, .text, at: path["plan"][stepIndex]["title"])
            }
        }
    }

    mutating func checkCouncil() {
        for (index, meeting) in dataset.meetings.enumerated() {
            let path = DataPath.root["meetings"][index]
            checkText(meeting.topic, .text, at: path["topic"])
            checkTexts(meeting.participants, .name, at: path["participants"])
            checkTexts(meeting.agenda, .text, at: path["agenda"])
            for (decisionIndex, decision) in meeting.decisions.enumerated() {
                let decisionPath = path["decisions"][decisionIndex]
                checkText(decision.text, .text, at: decisionPath["text"])
                for (orgIndex, org) in decision.organisationIds.enumerated() {
                    checkOrganisationReference(org, at: decisionPath["organisationIds"][orgIndex])
                }
            }
        }
        let stageIds = Set(dataset.stages.map(\.id))
        for (index, stage) in dataset.stages.enumerated() {
            checkText(stage.name, .name, at: DataPath.root["stages"][index]["name"])
            checkText(stage.summary, .text, required: false, at: DataPath.root["stages"][index]["summary"])
            if let end = stage.end, end < stage.start {
                report(DataPath.root["stages"][index]["end"],
                       ru: "этап заканчивается (\(end.dotted)) раньше, чем начинается (\(stage.start.dotted))",
                       en: "the stage ends (\(end.iso)) before it starts (\(stage.start.iso))")
            }
        }
        for (index, direction) in dataset.directions.enumerated() {
            let path = DataPath.root["directions"][index]
            checkText(direction.title, .name, at: path["title"])
            checkText(direction.interactionScheme, .text, required: false, at: path["interactionScheme"])
            if !stageIds.contains(direction.stageId) {
                reportMissing("stage", direction.stageId, at: path["stageId"],
                              ru: "ссылка на несуществующий этап «\(Self.clipped(direction.stageId))»",
                              en: "refers to a stage «\(Self.clipped(direction.stageId))» that does not exist")
            }
            if let meeting = direction.meetingId, !meetingIds.contains(meeting) {
                reportMissingMeeting(meeting, at: path["meetingId"])
            }
        }
    }

    mutating func checkForecasts() {
        for (index, forecast) in dataset.forecasts.enumerated() {
            let path = DataPath.root["forecasts"][index]
            if let meeting = forecast.meetingId, !meetingIds.contains(meeting) {
                reportMissingMeeting(meeting, at: path["meetingId"])
            }
            switch forecast.scope {
            case .region:
                break
            case .municipality(let id):
                if municipalityIndex[id] == nil {
                    reportMissingMunicipality(id, at: path["scope"]["id"])
                }
            case .organisation(let id):
                checkOrganisationReference(id, at: path["scope"]["id"])
            }
            guard let subjectSlot = subjectIndex[forecast.subjectId] else {
                reportMissingSubject(forecast.subjectId, at: path["subjectId"])
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
