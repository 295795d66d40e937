/// Follows a coding path through a tape to the value it names, and writes it as a JSON path
/// (`$.organisations[17].pupils`).
struct JSONPathResolver {
    /// The JSON path text and the deepest node that exists along it (the root if nothing matched).
    struct Resolution {
        var text: String
        var node: Int
    }

    let tape: JSONTape

    func resolve(_ path: [any CodingKey]) -> Resolution {
        var text = "$"
        var node: Int? = 0
        var deepest = 0
        for key in path {
            let current = node.map { tape.nodes[$0].kind }
            if current == .array || (current == nil && key.intValue != nil), let index = key.intValue {
                text += "[\(index)]"
                node = node.flatMap { parent in
                    let elements = tape.children(of: parent)
                    return elements.indices.contains(index) ? elements[index] : nil
                }
            } else {
                text += JSONPathResolver.member(key.stringValue)
                node = node.flatMap { current == .object ? tape.member(of: $0, named: key.stringValue) : nil }
            }
            if let node { deepest = node }
        }
        return Resolution(text: text, node: deepest)
    }

    /// `.name` for identifier-like keys, `["…"]` otherwise.
    static func member(_ key: String) -> String {
        let identifier = key.first.map { $0.isLetter || $0 == "_" } == true
            && key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
        guard !identifier else { return ".\(key)" }
        let escaped = key.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "[\"\(escaped)\"]"
    }
}
