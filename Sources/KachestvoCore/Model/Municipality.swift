/// A municipality of the oblast: one of the 30 municipal districts (МР), 5 urban districts (ГО),
/// or one of Novosibirsk's 10 city districts (which sit under the ГО «г. Новосибирск»).
public struct Municipality: Codable, Hashable, Sendable, Identifiable {
    /// The administrative kind, which decides where a municipality sits in the administrative view.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case municipalDistrict   // муниципальный район, МР
        case urbanDistrict       // городской округ, ГО
        case cityDistrict        // район города Новосибирска
    }

    public var id: Identifier<Municipality>
    public var name: String
    public var kind: Kind
    /// For a city district, the urban district it belongs to; nil otherwise.
    public var parentId: Identifier<Municipality>?

    public init(id: Identifier<Municipality>, name: String, kind: Kind, parentId: Identifier<Municipality>? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.parentId = parentId
    }
}
