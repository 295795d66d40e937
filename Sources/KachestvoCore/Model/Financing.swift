/// An organisation's funding in one year: the per-pupil normative (roubles) and the coefficient applied
/// to it. `raised` marks the project's raised coefficient (повышенный коэффициент финансирования).
public struct Financing: Codable, Hashable, Sendable {
    public var organisationId: Identifier<Organisation>
    public var year: Int
    public var normative: Double
    public var coefficient: Double
    public var raised: Bool

    public init(organisationId: Identifier<Organisation>, year: Int, normative: Double, coefficient: Double, raised: Bool) {
        self.organisationId = organisationId
        self.year = year
        self.normative = normative
        self.coefficient = coefficient
        self.raised = raised
    }

    /// Yearly funding per pupil after the coefficient.
    public var perPupil: Double { normative * coefficient }
}
