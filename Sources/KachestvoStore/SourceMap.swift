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
        var node = 0
        for component in path.components {
            let next: Int?
            switch component {
            case .key(let key):
                next = tape.nodes[node].kind == .object ? tape.member(of: node, named: key) : nil
            case .index(let index):
                let elements = tape.nodes[node].kind == .array ? tape.children(of: node) : []
                next = elements.indices.contains(index) ? elements[index] : nil
            }
            guard let next else { break }
            node = next
        }
        return SourcePosition(offset: Int(tape.nodes[node].offset), in: tape.bytes)
    }
}
