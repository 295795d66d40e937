/// Decodes a tape into a `Decodable` type and turns any `DecodingError` into a `StoreError` that
/// names the file, line, column and JSON path.
struct LocatedDecoding {
    /// The tape being decoded.
    let tape: JSONTape
    /// The tape of the file as it is on disk, for positions; differs from `tape` after a migration,
    /// in which case a position points at the nearest enclosing value that exists in the file.
    let source: JSONTape
    let file: String

    func decode<T: Decodable>(_ type: T.Type) throws(StoreError) -> T {
        do {
            return try tape.decodeValue(type, at: 0, path: .root)
        } catch let error as DecodingError {
            throw located(error)
        } catch {
            throw StoreError(.schema(.invalidValue(found: tape.render(0), detail: "\(error)")), file: file, jsonPath: "$")
        }
    }

    func located(_ error: DecodingError) -> StoreError {
        let (problem, path) = describe(error)
        let target = JSONPathResolver(tape: source).resolve(path)
        let position = SourcePosition(offset: Int(source.nodes[target.node].offset), in: source.bytes)
        return StoreError(.schema(problem), file: file, position: position, jsonPath: target.text)
    }

    /// The problem and the coding path of the value (or, for a missing key, of the object) it concerns.
    private func describe(_ error: DecodingError) -> (SchemaProblem, [any CodingKey]) {
        switch error {
        case .keyNotFound(let key, let context):
            return (context.underlyingError as? SchemaProblem ?? .missingKey(key.stringValue), context.codingPath)
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            if let problem = context.underlyingError as? SchemaProblem { return (problem, context.codingPath) }
            let node = JSONPathResolver(tape: tape).resolve(context.codingPath).node
            return (.invalidValue(found: tape.render(node), detail: context.debugDescription), context.codingPath)
        @unknown default:
            return (.invalidValue(found: tape.render(0), detail: "\(error)"), [])
        }
    }
}
