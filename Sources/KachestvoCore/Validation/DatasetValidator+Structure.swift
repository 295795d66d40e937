/// Checks of the region's structure: municipalities, organisations and the project network.
extension DatasetValidator {
    mutating func checkMunicipalities() {
        for (index, municipality) in dataset.municipalities.enumerated() {
            let path = DataPath.root["municipalities"][index]
            checkText(municipality.name, .name, at: path["name"])
            switch (municipality.kind, municipality.parentId) {
            case (.cityDistrict, nil):
                report(path["parentId"], ru: "у района города не указан городской округ",
                       en: "a city district must name its urban district")
            case (.cityDistrict, let parentId?):
                if let parent = municipalityIndex[parentId] {
                    if dataset.municipalities[parent].kind != .urbanDistrict {
                        report(path["parentId"], ru: "«\(Self.clipped(parentId))» не является городским округом",
                               en: "«\(Self.clipped(parentId))» is not an urban district")
                    }
                } else {
                    reportMissingMunicipality(parentId, at: path["parentId"])
                }
            case (_, .some):
                report(path["parentId"], ru: "родитель указывается только у района города",
                       en: "only a city district has a parent municipality")
            case (_, nil):
                break
            }
        }
    }

    mutating func checkOrganisations() {
        for (index, org) in dataset.organisations.enumerated() {
            let path = DataPath.root["organisations"][index]
            checkText(org.name, .name, at: path["name"])
            checkText(org.settlement, .name, required: false, at: path["settlement"])
            if municipalityIndex[org.municipalityId] == nil {
                reportMissingMunicipality(org.municipalityId, at: path["municipalityId"])
            }
            checkRange(org.pupils, 0...10_000, at: path["pupils"])
            checkRange(org.teachers, 0...1_000, at: path["teachers"])
            checkCentre(of: org, at: path["centreId"])
        }
    }

    /// A КЦ has no centre; a УМЦ has exactly one, a КЦ; any other school's centre is a УМЦ.
    private mutating func checkCentre(of org: Organisation, at path: DataPath) {
        let expected: Organisation.Role?
        switch org.role {
        case .consultingCentre: expected = nil
        case .methodologicalCentre: expected = .consultingCentre
        case .participant, .none: expected = .methodologicalCentre
        }
        guard let centreId = org.centreId else {
            if org.role == .methodologicalCentre {
                report(path, ru: "у УМЦ должен быть ровно один консалтинговый центр (КЦ)",
                       en: "a methodological centre (УМЦ) must have exactly one consulting centre (КЦ)")
            }
            return
        }
        guard let expected else {
            report(path, ru: "консалтинговый центр (КЦ) не подчиняется другому центру",
                   en: "a consulting centre (КЦ) is not supported by another centre")
            return
        }
        guard let centre = organisationIndex[centreId] else {
            checkOrganisationReference(centreId, known: false, at: path)
            return
        }
        let actual = dataset.organisations[centre].role
        if actual != expected {
            let want = expected == .consultingCentre ? ("КЦ", "consulting centre (КЦ)") : ("УМЦ", "methodological centre (УМЦ)")
            report(path, ru: "«\(Self.clipped(centreId))» должен быть \(want.0), а это «\(actual.abbreviation.isEmpty ? "школа" : actual.abbreviation)»",
                   en: "«\(Self.clipped(centreId))» must be a \(want.1), but its role is \(actual.rawValue)")
        }
    }

    mutating func checkSubjects() {
        for (index, subject) in dataset.subjects.enumerated() {
            let path = DataPath.root["subjects"][index]
            checkText(subject.name, .name, at: path["name"])
            checkFinite(subject.minimumScore, subject.scale.range, at: path["minimumScore"])
            if let university = subject.universityMinimum {
                checkFinite(university, subject.scale.range, at: path["universityMinimum"])
            }
            if let schedule = ExamRules.schedule(for: subject.id) {
                if schedule.exam != subject.exam {
                    report(path["exam"], ru: "«\(subject.id)» — это \(schedule.exam.abbreviation), а не \(subject.exam.abbreviation)",
                           en: "«\(subject.id)» is an \(schedule.exam.abbreviation), not an \(subject.exam.abbreviation)")
                }
                if schedule.scale != subject.scale {
                    report(path["scale"], ru: "«\(subject.id)» оценивается \(schedule.scale == .mark5 ? "отметками 2–5" : "баллами 0–100")",
                           en: "«\(subject.id)» is graded \(schedule.scale == .mark5 ? "with marks 2–5" : "with scores 0–100")")
                }
            }
        }
    }
}
