/// An array kept as chunks of `chunkSize` elements, each copied on its own when it is written while
/// shared. A change made while another copy of the array is alive — the save running in the
/// background holds one — copies one chunk (some hundred kilobytes), not the whole array (some
/// hundred megabytes at 40,000 schools, which stalled the key that made it).
///
/// Every chunk but the last holds exactly `chunkSize` elements. Chunks are slices: an array given
/// whole (as the store reads it) is cut into slices of it, without copying, and a slice written
/// while shared copies only its own elements.
public struct ChunkedArray<Element> {
    /// log2 of `chunkSize`.
    @usableFromInline static var shift: Int { 12 }
    /// How many elements a chunk holds: 4,096.
    @inlinable public static var chunkSize: Int { 1 << shift }
    @usableFromInline static var mask: Int { chunkSize - 1 }

    // Inlinable throughout, so that the store and the app, which loop over millions of records in
    // it, get code specialised for the element type as they do for an array.
    @usableFromInline var chunks: [ArraySlice<Element>]
    @usableFromInline var elementCount: Int

    @inlinable public var count: Int { elementCount }

    @inlinable
    public init() {
        chunks = []
        elementCount = 0
    }

    /// `elements`' chunks as slices of it: nothing is copied.
    @inlinable
    public init(_ elements: [Element]) {
        chunks = stride(from: 0, to: elements.count, by: Self.chunkSize).map {
            elements[$0..<Swift.min($0 + Self.chunkSize, elements.count)]
        }
        elementCount = elements.count
    }

    /// The elements of `pieces` in order: a chunk within one piece is a slice of it, one spanning
    /// two is copied — arrays read a stretch of a file at a time become one with a chunk copied
    /// per stretch, not every element.
    @inlinable
    public init(joining pieces: [[Element]]) {
        chunks = []
        elementCount = 0
        // The last chunk so far while short of `chunkSize`: a piece's end, or put together from
        // several (each element copied once).
        var borrowed: ArraySlice<Element> = []
        var building: [Element] = []
        for piece in pieces where !piece.isEmpty {
            elementCount += piece.count
            var start = 0
            if !borrowed.isEmpty {
                building.reserveCapacity(Self.chunkSize)
                building += borrowed
                borrowed = []
            }
            if !building.isEmpty {
                start = Swift.min(Self.chunkSize - building.count, piece.count)
                building += piece[..<start]
                if building.count == Self.chunkSize {
                    chunks.append(building[...])
                    building = []
                }
            }
            while piece.count - start >= Self.chunkSize {
                chunks.append(piece[start..<(start + Self.chunkSize)])
                start += Self.chunkSize
            }
            if start < piece.count { borrowed = piece[start...] }
        }
        if !borrowed.isEmpty { chunks.append(borrowed) } else if !building.isEmpty { chunks.append(building[...]) }
    }

    @inlinable
    public init<Elements: Sequence>(_ elements: Elements) where Elements.Element == Element {
        self.init(Array(elements))
    }

    /// Calls `body` with the elements in `range` as buffers in place, one per chunk they span, each
    /// with the position of its first element: for loops over millions of records, where copying
    /// each out costs more than the little they look at.
    @inlinable
    public func withBuffers(in range: Range<Int>, _ body: (UnsafeBufferPointer<Element>, Int) throws -> Void) rethrows {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "ChunkedArray range out of bounds")
        var start = range.lowerBound
        while start < range.upperBound {
            let chunk = chunks[start &>> Self.shift], first = chunk.startIndex + (start & Self.mask)
            let end = Swift.min(range.upperBound, (start | Self.mask) + 1)
            try chunk[first..<(first + end - start)].withUnsafeBufferPointer { try body($0, start) }
            start = end
        }
    }
}

extension ChunkedArray: RandomAccessCollection, MutableCollection {
    @inlinable
    public var startIndex: Int { 0 }
    @inlinable
    public var endIndex: Int { count }

    @inlinable
    public subscript(position: Int) -> Element {
        // Read in place: `organisations[i].centreId` copies the id, not the whole organisation.
        _read {
            precondition(position >= 0 && position < count, "ChunkedArray index out of range")
            let chunk = position &>> Self.shift
            yield chunks[chunk][chunks[chunk].startIndex &+ (position & Self.mask)]
        }
        _modify {
            precondition(position >= 0 && position < count, "ChunkedArray index out of range")
            let chunk = position &>> Self.shift
            let offset = chunks[chunk].startIndex &+ (position & Self.mask)
            yield &chunks[chunk][offset]
        }
    }

    @inlinable
    public func index(after i: Int) -> Int { i + 1 }
    @inlinable
    public func index(before i: Int) -> Int { i - 1 }

    @inlinable
    public func makeIterator() -> Iterator {
        Iterator(chunks: chunks.makeIterator())
    }

    /// Walks the chunks one after another, each as an array's iterator does.
    public struct Iterator: IteratorProtocol {
        @usableFromInline var chunks: IndexingIterator<[ArraySlice<Element>]>
        @usableFromInline var current = ArraySlice<Element>().makeIterator()

        @inlinable init(chunks: IndexingIterator<[ArraySlice<Element>]>) {
            self.chunks = chunks
        }

        @inlinable
        public mutating func next() -> Element? {
            while true {
                if let element = current.next() { return element }
                guard let chunk = chunks.next() else { return nil }
                current = chunk.makeIterator()
            }
        }
    }
}

extension ChunkedArray: RangeReplaceableCollection {
    @inlinable
    public mutating func append(_ element: Element) {
        if count & Self.mask == 0 {
            chunks.append(ArraySlice([element]))
        } else {
            chunks[chunks.count - 1].append(element)
        }
        elementCount += 1
    }

    @inlinable
    public mutating func append<Elements: Sequence>(contentsOf elements: Elements) where Elements.Element == Element {
        for element in elements { append(element) }
    }

    @discardableResult
    @inlinable
    public mutating func removeLast() -> Element {
        precondition(count > 0, "removeLast from an empty ChunkedArray")
        elementCount -= 1
        let last = chunks[chunks.count - 1].removeLast()
        if chunks[chunks.count - 1].isEmpty { chunks.removeLast() }
        return last
    }

    /// Rebuilds the chunks from the first one `subrange` touches to the end: the cost of an insertion
    /// or removal in the middle is that of the elements after it, as in an array.
    @inlinable
    public mutating func replaceSubrange<Elements: Collection>(_ subrange: Range<Int>, with elements: Elements)
    where Elements.Element == Element {
        precondition(subrange.lowerBound >= 0 && subrange.upperBound <= count, "ChunkedArray range out of bounds")
        let firstChunk = subrange.lowerBound &>> Self.shift, kept = firstChunk << Self.shift
        var tail = Array(self[kept..<count])
        tail.replaceSubrange((subrange.lowerBound - kept)..<(subrange.upperBound - kept), with: elements)
        chunks.removeLast(chunks.count - firstChunk)
        elementCount = kept
        for start in stride(from: 0, to: tail.count, by: Self.chunkSize) {
            chunks.append(tail[start..<Swift.min(start + Self.chunkSize, tail.count)])
        }
        elementCount += tail.count
    }

    @inlinable
    public mutating func reserveCapacity(_ n: Int) {}

    /// Sorted as one array, then cut into chunks again: the collection's own sort would write every
    /// element back through the chunks.
    @inlinable
    public mutating func sort(by areInIncreasingOrder: (Element, Element) throws -> Bool) rethrows {
        var elements = Array(self)
        try elements.sort(by: areInIncreasingOrder)
        self = ChunkedArray(elements)
    }
}

extension ChunkedArray: ExpressibleByArrayLiteral {
    @inlinable
    public init(arrayLiteral elements: Element...) {
        self.init(elements)
    }
}

extension ChunkedArray: Equatable where Element: Equatable {
    @inlinable
    public static func == (lhs: ChunkedArray, rhs: ChunkedArray) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }
}

extension ChunkedArray: Hashable where Element: Hashable {
    @inlinable
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for element in self { hasher.combine(element) }
    }
}

extension ChunkedArray: Sendable where Element: Sendable {}

extension ChunkedArray: Codable where Element: Codable {
    /// Read and written as a JSON array, like `[Element]`.
    @inlinable
    public init(from decoder: any Decoder) throws {
        self.init(try [Element](from: decoder))
    }

    @inlinable
    public func encode(to encoder: any Encoder) throws {
        try Array(self).encode(to: encoder)
    }
}

extension ChunkedArray: CustomStringConvertible {
    @inlinable
    public var description: String { Array(self).description }
}
