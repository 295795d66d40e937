import KachestvoCore

/// What the cursor can rest on on the Overview screen: a headline figure, the count behind a flag,
/// the open support cases, or a КЦ's bar — each leads with Enter to its organisations. Held by
/// identity, so the place survives a new model or year.
enum OverviewItem: Hashable, Sendable {
    case consultingCentres, methodologicalCentres, schools, pupils
    case mean(HeadlineExam)
    case flag(Flag)
    case supportCases
    case centre(Identifier<Organisation>)

    /// The headline figures, drawn as big digits where the screen is wide enough.
    static let headline: [OverviewItem] = [.schools, .pupils] + HeadlineExam.allCases.map(OverviewItem.mean)

    /// The figures pane's items in cursor order: the headline, the network, the flags, the cases.
    static let figures: [OverviewItem] = headline + [.consultingCentres, .methodologicalCentres]
        + Flag.allCases.map(OverviewItem.flag) + [.supportCases]
}

/// The two ЕГЭ subjects whose region means head the Overview.
enum HeadlineExam: CaseIterable, Hashable, Sendable {
    case russian, profileMaths

    var subject: Identifier<Subject> {
        switch self {
        case .russian: "ege-rus"
        case .profileMaths: "ege-math-profile"
        }
    }
}
