/// An organisation flagged NEEDS_SUPPORT that has no open support case: a candidate for one, with
/// its risk score and the reasons the flag gives.
public struct SupportCandidate: Hashable, Sendable {
    public var organisation: Identifier<Organisation>
    public var riskScore: Double
    /// The flag's reasons after the risk score: its largest contributions.
    public var reasons: [FlagReason]
}

extension RegionIndex {
    /// The NEEDS_SUPPORT organisations of `year` without an open support case, highest risk first
    /// (then in name order).
    public func supportCandidates(year: Int) -> [SupportCandidate] {
        let organisations = dataset.organisations
        let candidates: [(place: Int32, candidate: SupportCandidate)] = self.organisations(flagged: .needsSupport, year: year).compactMap { org in
            guard !supportCases(organisation: org).contains(where: \.status.isOpen),
                  let finding = flags(organisation: org, year: year).first(where: { $0.flag == .needsSupport }),
                  case .riskScore(let score, _)? = finding.reasons.first else { return nil }
            return (namePlaces.organisation[org],
                    SupportCandidate(organisation: organisations[org].id, riskScore: score, reasons: Array(finding.reasons.dropFirst())))
        }
        return candidates.sorted { ($1.candidate.riskScore, $0.place) < ($0.candidate.riskScore, $1.place) }.map(\.candidate)
    }
}
