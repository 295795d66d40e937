extension Dictionary where Value == Int {
    /// Each key's first position in `keys`, a repeated key keeping its first: one hash per key,
    /// for the lookups by id an index and a check build over tens of thousands of records.
    public init(firstPositionsOf keys: [Key]) {
        self.init(minimumCapacity: keys.count)
        for position in keys.indices.reversed() { self[keys[position]] = position }
    }
}
