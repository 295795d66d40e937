/// A tree over the region, stored as flat arrays for speed at 40,000 schools: parent, children and
/// depth per node, so the parent and the path to the root (at most five levels) cost O(1).
///
/// Two trees are built from one dataset: the project network (region → КЦ → УМЦ → schools) and
/// the administrative one (region → ГО/МР → city districts → schools). See `HierarchyBuilder`.
public struct Hierarchy: Sendable {
    /// What a node stands for. Organisation and municipality nodes carry the entity's position in
    /// the dataset's arrays.
    public enum Node: Hashable, Sendable {
        case region
        case organisation(Int)
        case municipality(Int)
        /// Schools that no centre supports, gathered under one node so they are still reachable.
        case unassigned
    }

    /// Which of the two trees this is.
    public enum View: String, Sendable, CaseIterable, Codable {
        case network
        case administrative
    }

    public let view: View
    public private(set) var nodes: [Node] = []
    public private(set) var parents: [Int] = []
    public private(set) var children: [[Int]] = []
    public private(set) var depths: [Int] = []
    /// Node of each organisation (by dataset index), or -1.
    public private(set) var nodeOfOrganisation: [Int]
    /// Node of each municipality (by dataset index), or -1.
    public private(set) var nodeOfMunicipality: [Int]

    public static let rootNode = 0

    init(view: View, organisationCount: Int, municipalityCount: Int) {
        self.view = view
        nodeOfOrganisation = Array(repeating: -1, count: organisationCount)
        nodeOfMunicipality = Array(repeating: -1, count: municipalityCount)
        nodes = [.region]
        parents = [-1]
        children = [[]]
        depths = [0]
    }

    /// Adds a node under `parent` and returns its number.
    @discardableResult
    mutating func add(_ node: Node, under parent: Int) -> Int {
        let index = nodes.count
        nodes.append(node)
        parents.append(parent)
        children.append([])
        depths.append(depths[parent] + 1)
        children[parent].append(index)
        switch node {
        case .organisation(let org): nodeOfOrganisation[org] = index
        case .municipality(let municipality): nodeOfMunicipality[municipality] = index
        case .region, .unassigned: break
        }
        return index
    }

    /// Sorts every node's children by `keys[child]`, children of equal keys in the order they were added.
    mutating func sortChildren(byKeys keys: [UInt64]) {
        for index in children.indices where children[index].count > 1 {
            var siblings = children[index].map { SortedChild(key: keys[$0], node: $0) }
            siblings.sort()
            children[index] = siblings.map(\.node)
        }
    }

    /// A child with its sort key: sorted as a pair, with no comparison closure called per step.
    private struct SortedChild: Comparable {
        var key: UInt64
        var node: Int

        static func < (lhs: SortedChild, rhs: SortedChild) -> Bool { (lhs.key, lhs.node) < (rhs.key, rhs.node) }
    }

    /// Moves a leaf `node` under `parent`, to the place among its new siblings that `isBefore`
    /// gives (true for the siblings that come before it).
    mutating func move(_ node: Int, under parent: Int, isBefore: (Int) -> Bool) {
        let old = parents[node]
        if old >= 0 { children[old].removeAll { $0 == node } }
        parents[node] = parent
        depths[node] = depths[parent] + 1
        let place = children[parent].firstIndex { !isBefore($0) } ?? children[parent].count
        children[parent].insert(node, at: place)
    }

    public var count: Int { nodes.count }

    public func parent(of node: Int) -> Int? { parents[node] < 0 ? nil : parents[node] }

    /// The nodes from the root down to `node`, both included.
    public func path(to node: Int) -> [Int] {
        var path = [node]
        var current = node
        while parents[current] >= 0 {
            current = parents[current]
            path.append(current)
        }
        return path.reversed()
    }

    /// Whether `ancestor` is `node` or lies on its path to the root.
    public func isAncestor(_ ancestor: Int, of node: Int) -> Bool {
        var current = node
        while current >= 0 {
            if current == ancestor { return true }
            current = parents[current]
        }
        return false
    }

    /// Calls `body` for every node of the subtree under `node` (itself included), depth first.
    public func forEachInSubtree(of node: Int, _ body: (Int) -> Void) {
        var stack = [node]
        while let current = stack.popLast() {
            body(current)
            stack.append(contentsOf: children[current].reversed())
        }
    }
}
