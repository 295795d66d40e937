/// A coding path as a linked list: descending one level costs one small allocation, and the
/// `[CodingKey]` array is only built when something asks (in practice, an error).
indirect enum CodingPathNode {
    case root
    case child(any CodingKey, CodingPathNode)

    func appending(_ key: any CodingKey) -> CodingPathNode { .child(key, self) }

    var keys: [any CodingKey] {
        var result: [any CodingKey] = []
        var current = self
        while case .child(let key, let parent) = current {
            result.append(key)
            current = parent
        }
        return result.reversed()
    }
}
