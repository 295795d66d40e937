/// Finding a record in one of a dataset's arrays, which `Dataset.normalised()` keeps sorted: a binary
/// search first, then — for a file written by hand in another order — a scan, so a lookup is right
/// whatever the order and fast in the usual one.
extension RandomAccessCollection where Index == Int {
    /// The position of the element `matches` picks, and where it would be inserted in sorted order
    /// (the first element not `isBefore` the key).
    func place(isBefore: (Element) -> Bool, matches: (Element) -> Bool) -> (found: Int?, insertion: Int) {
        var low = startIndex, high = endIndex
        while low < high {
            let middle = (low + high) / 2
            if isBefore(self[middle]) { low = middle + 1 } else { high = middle }
        }
        if low < endIndex, matches(self[low]) { return (low, low) }
        return (firstIndex(where: matches), low)
    }
}

extension Identifier {
    /// `isBefore` and `matches` for an array sorted by this id.
    func order<Record>(_ id: KeyPath<Record, Identifier>) -> (isBefore: (Record) -> Bool, matches: (Record) -> Bool) {
        ({ $0[keyPath: id] < self }, { $0[keyPath: id] == self })
    }
}
