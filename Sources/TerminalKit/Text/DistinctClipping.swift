/// Clipping a set of labels shown together (the rows of a list) so that labels that differ still look
/// different when cut: the usual end ellipsis where it keeps them apart, otherwise an ellipsis in the
/// middle that keeps the tail where they differ (`Линёвская С…№ 1`, `Линёвская С…№ 2`), with a
/// number and the short sign before it («№», «No», «#») kept whole.
extension TextWidth {
    /// `text` cut in the middle to `columns`: its start, "…", and `tail` (a suffix of `text`). When
    /// the tail leaves no room for the start, the result is "…" and the tail, itself clipped at its end.
    public func middleClipped(_ text: String, keeping tail: Substring, to columns: Int) -> String {
        guard width(of: text) > columns else { return text }
        let room = columns - width(of: Self.ellipsis) - width(of: String(tail))
        guard room >= 1 else {
            let ellipsisWidth = width(of: Self.ellipsis)
            guard columns > 2 * ellipsisWidth else { return clipped(text, to: columns) }
            return Self.ellipsis + clipped(String(tail), to: columns - ellipsisWidth)
        }
        let head = text[..<tail.startIndex]
        var start = clipped(String(head), to: room, ellipsis: false)
        while start.last == " " { start.removeLast() }
        return start + Self.ellipsis + tail
    }

    /// "…" and the longest end of `text` that fits in `columns` with it.
    public func endKept(_ text: String, to columns: Int) -> String {
        guard width(of: text) > columns else { return text }
        let room = columns - width(of: Self.ellipsis)
        guard room > 0 else { return clipped(text, to: columns) }
        var used = 0
        var start = text.endIndex
        while start > text.startIndex {
            let previous = text.index(before: start)
            used += width(of: text[previous])
            if used > room { break }
            start = previous
        }
        return Self.ellipsis + text[start...]
    }

    /// Each label fitted into `columns`, so that two labels that differ are (where the width allows
    /// it at all) rendered differently. Labels that fit are kept; a cut label ends in "…" unless that
    /// would make it look like another, in which case it keeps the tail from the word where the
    /// labels part (`middleClipped`); labels still alike then share out the room between their
    /// start and their end, trying each split until they differ. Equal labels stay equal: telling
    /// them apart is the caller's business. Costs one clip per label, more only for those alike.
    public func distinctlyClipped(_ labels: [String], to columns: Int) -> [String] {
        var shown = labels.map { clipped($0, to: columns) }
        let cut = labels.indices.filter { shown[$0] != labels[$0] }
        for group in alike(cut, labels, shown) {
            let common = commonPrefixLength(group.map { labels[$0] })
            for index in group {
                let tail = Self.distinctiveTail(of: labels[index], after: common)
                shown[index] = middleClipped(labels[index], keeping: tail, to: columns)
            }
        }
        for group in alike(cut, labels, shown) {
            let others = Set(shown.indices.filter { !group.contains($0) }.map { shown[$0] })
            let distinct = Set(group.map { labels[$0] }).count
            // Tails of whole words first (shortest first, so the start keeps most room), then of characters.
            let tailWidths = 1..<max(1, columns - 1)
            let splits = tailWidths.map { (words: true, width: $0) } + tailWidths.map { (words: false, width: $0) }
            for split in splits {
                let tried = group.map { headAndTail(labels[$0], tailWidth: split.width, wholeWords: split.words, to: columns) }
                if Set(tried).count == distinct, others.isDisjoint(with: tried) {
                    for (index, text) in zip(group, tried) { shown[index] = text }
                    break
                }
            }
        }
        return shown
    }

    /// Groups of `indices` shown alike though their labels differ.
    private func alike(_ indices: [Int], _ labels: [String], _ shown: [String]) -> [[Int]] {
        var groups: [String: [Int]] = [:]
        for index in indices { groups[shown[index], default: []].append(index) }
        return groups.values.filter { group in Set(group.map { labels[$0] }).count > 1 }.sorted { $0[0] < $1[0] }
    }

    /// `text` as its start, "…" and its last characters filling at most `tailWidth` columns (with
    /// `wholeWords`, the words among them whole, a number with its sign), in `columns`.
    private func headAndTail(_ text: String, tailWidth: Int, wholeWords: Bool, to columns: Int) -> String {
        guard width(of: text) > columns else { return text }
        var tail = text.suffix(endKept(text, to: tailWidth + width(of: Self.ellipsis)).count - 1)
        if wholeWords {
            let start = text.distance(from: text.startIndex, to: tail.startIndex)
            let words = Self.distinctiveTail(of: text, after: start)
            guard width(of: String(words)) <= tailWidth else { return clipped(text, to: columns) }
            tail = words
        }
        return middleClipped(text, keeping: tail, to: columns)
    }

    /// Characters at the start shared by every label.
    private func commonPrefixLength(_ labels: [String]) -> Int {
        guard var prefix = labels.first.map(Array.init) else { return 0 }
        for label in labels.dropFirst() {
            let characters = Array(label)
            var length = 0
            while length < min(prefix.count, characters.count), prefix[length] == characters[length] { length += 1 }
            prefix = Array(prefix.prefix(length))
        }
        return prefix.count
    }

    /// The end of `label` from the start of the word holding its character `offset` (where it parts
    /// from the others), taking in a short sign without digits just before a number («№ 12», «No. 5»).
    static func distinctiveTail(of label: String, after offset: Int) -> Substring {
        let characters = Array(label)
        var start = min(offset, characters.count)
        while start > 0, characters[start - 1] != " " { start -= 1 }
        if start >= 2, start < characters.count, characters[start].isNumber {
            var sign = start - 1
            while sign > 0, characters[sign - 1] != " " { sign -= 1 }
            let word = characters[sign..<(start - 1)]
            if (1...3).contains(word.count), !word.contains(where: \.isNumber) { start = sign }
        }
        return label[label.index(label.startIndex, offsetBy: start)...]
    }
}
