/// A place inside a dataset, written like a JSON path: `$.organisations[17].centreId`.
/// Validation problems carry one so the store can turn it into a file line and column.
public struct DataPath: Hashable, Sendable, CustomStringConvertible {
    /// One step of a path: an object key or an array index.
    public enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: [Component] = []) { self.components = components }

    public static let root = DataPath()

    public func appending(_ key: String) -> DataPath { DataPath(components + [.key(key)]) }
    public func appending(_ index: Int) -> DataPath { DataPath(components + [.index(index)]) }
    public subscript(key: String) -> DataPath { appending(key) }
    public subscript(index: Int) -> DataPath { appending(index) }

    public var description: String {
        var text = "$"
        for component in components {
            switch component {
            case .key(let key): text += "." + key
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }
}
