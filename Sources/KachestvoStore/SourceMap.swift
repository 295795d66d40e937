import KachestvoCore

/// Finds where in a data file a value lives, so problems found after decoding (validation) can be
/// reported with a line and column like syntax errors are.
public struct SourceMap {
    private let tape: JSONTape

    /// Parses the file's bytes once; fails like loading would on malformed text.
    public init(bytes: [UInt8], file: String) throws(StoreError) {
        tape = try DatasetCodec.parse(bytes, file: file)
    }

    /// Reads and parses the file at `path`.
    public init(contentsOf path: String) throws(StoreError) {
        try self.init(bytes: FileReader.read(path).bytes, file: path)
    }

    /// The position of the value at `path`, or of its deepest existing ancestor.
    public func position(of path: DataPath) -> SourcePosition {
        positions(of: [path])[0]
    }

    /// The positions of the values at `paths`, in their order. The elements of an array are listed
    /// once however many paths go through it, and lines and columns are counted in one pass over the
    /// file, so locating N problems costs the file's size plus N, not their product.
    public func positions(of paths: [DataPath]) -> [SourcePosition] {
        var elements: [Int: [Int]] = [:]
        let offsets = paths.map { Int(tape.nodes[node(at: $0, elements: &elements)].offset) }
        return SourcePosition.positions(of: offsets, in: tape.bytes)
    }

    /// The node at `path`, or its deepest existing ancestor; `elements` caches arrays' element nodes.
    private func node(at path: DataPath, elements: inout [Int: [Int]]) -> Int {
        var node = 0
        for component in path.components {
            let next: Int?
            switch component {
            case .key(let key):
                next = tape.nodes[node].kind == .object ? tape.member(of: node, named: key) : nil
            case .index(let index) where tape.nodes[node].kind == .array:
                if elements[node] == nil { elements[node] = tape.children(of: node) }
                next = elements[node].flatMap { $0.indices.contains(index) ? $0[index] : nil }
            case .index:
                next = nil
            }
            guard let next else { break }
            node = next
        }
        return node
    }
}
