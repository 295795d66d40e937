/// Pure scrolling arithmetic for lists and tables: the app keeps the offset in its state and asks this
/// helper for the next one, so widgets stay stateless.
public enum ScrollState {
    /// The first visible row so that `selected` is visible, moving as little as possible from `current`,
    /// and never leaving empty rows at the bottom when there are enough items to fill them.
    /// - Parameters:
    ///   - selected: the selected row, or nil for none.
    ///   - visible: how many rows fit.
    ///   - current: the offset used for the previous frame.
    ///   - count: how many rows there are.
    public static func offset(selected: Int?, visible: Int, current: Int, count: Int) -> Int {
        guard visible > 0, count > 0 else { return 0 }
        var offset = min(max(0, current), max(0, count - visible))
        if let selected = selected.map({ min(max(0, $0), count - 1) }) {
            if selected < offset { offset = selected }
            if selected >= offset + visible { offset = selected - visible + 1 }
        }
        return offset
    }
}
