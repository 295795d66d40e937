/// Organisation ids to dataset indices, remembering the last id asked for: yearly records come
/// sorted by organisation, so for a region's 1.5 million results most lookups are one string
/// comparison instead of hashing the id.
struct OrganisationLookup {
    let index: [Identifier<Organisation>: Int]
    private var last: (id: Identifier<Organisation>, org: Int?)?

    init(_ index: [Identifier<Organisation>: Int]) { self.index = index }

    mutating func callAsFunction(_ id: Identifier<Organisation>) -> Int? {
        if let last, last.id == id { return last.org }
        let org = index[id]
        last = (id, org)
        return org
    }
}
