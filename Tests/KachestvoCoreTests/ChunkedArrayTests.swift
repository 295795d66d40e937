import Foundation
import Testing
@testable import KachestvoCore

/// The chunked storage of the dataset's big arrays: it must behave as an array does, and a write
/// made while a copy is alive must copy only the chunk written.
@Suite struct ChunkedArrayTests {
    private let size = ChunkedArray<Int>.chunkSize

    @Test func everyChangeAgreesWithAnArrayAcrossChunkBoundaries() {
        var random = DemoRandom(seed: 11, stream: 0)
        var array = Array(0..<(2 * size + 17))
        var chunked = ChunkedArray(array)
        for step in 0..<1500 {
            let count = array.count
            switch random.int(in: 0...7) {
            case 0, 1:
                array.append(step)
                chunked.append(step)
            case 2 where count > 0:
                #expect(array.removeLast() == chunked.removeLast())
            case 3 where count > 0:
                let at = random.int(in: 0...count - 1)
                (array[at], chunked[at]) = (-step, -step)
            case 4 where count > 1:
                let (i, j) = (random.int(in: 0...count - 1), random.int(in: 0...count - 1))
                array.swapAt(i, j)
                chunked.swapAt(i, j)
            case 5:
                let at = random.int(in: 0...count)
                array.insert(step, at: at)
                chunked.insert(step, at: at)
            case 6 where count > 0:
                let at = random.int(in: 0...count - 1)
                #expect(array.remove(at: at) == chunked.remove(at: at))
            default:
                let low = random.int(in: 0...count), high = random.int(in: low...count)
                let new = Array(repeating: step, count: random.int(in: 0...size + 3))
                array.replaceSubrange(low..<high, with: new)
                chunked.replaceSubrange(low..<high, with: new)
            }
            guard chunked.count == array.count, chunked.elementsEqual(array) else {
                Issue.record("differs from the array after step \(step)")
                return
            }
        }
        #expect(chunked.indices == array.indices)
        #expect(Array(chunked.reversed()) == array.reversed())
    }

    @Test func aWriteWhileACopyIsAliveCopiesOnlyTheChunkWritten() {
        let saved = ChunkedArray(Array(0..<(3 * size)))
        var edited = saved
        edited[size + 5] = -1
        #expect(saved[size + 5] == size + 5)
        #expect(edited[size + 5] == -1)
        let savedStarts = Self.bufferStarts(saved), editedStarts = Self.bufferStarts(edited)
        #expect(savedStarts.count == 3)
        #expect(savedStarts[0] == editedStarts[0])
        #expect(savedStarts[1] != editedStarts[1])
        #expect(savedStarts[2] == editedStarts[2])
    }

    @Test func piecesJoinedAreTheirElementsInOrderWithEveryChunkFull() {
        var random = DemoRandom(seed: 5, stream: 1)
        for _ in 0..<40 {
            var next = 0
            let pieces = (0..<random.int(in: 0...12)).map { _ -> [Int] in
                let count = [0, 1, size - 1, size, size + 1, 3 * size + 7, random.int(in: 0...(2 * size))][random.int(in: 0...6)]
                defer { next += count }
                return Array(next..<(next + count))
            }
            let joined = ChunkedArray(joining: pieces)
            #expect(Array(joined) == pieces.flatMap { $0 })
            #expect(joined.count == next)
            #expect(joined.chunks.dropLast().allSatisfy { $0.count == size }, "only the last chunk may be short")
            #expect(joined.chunks.last.map { !$0.isEmpty } ?? true)
        }
    }

    @Test func aChunkWithinOnePieceIsASliceOfItAndOneAcrossPiecesACopy() throws {
        let first = Array(0..<(size + 10)), second = Array((size + 10)..<(3 * size))
        let joined = ChunkedArray(joining: [first, second])
        let starts = try Self.bufferStarts(joined).map { try #require($0) }
        #expect(starts.count == 3)
        try first.withUnsafeBufferPointer { first in
            try second.withUnsafeBufferPointer { second in
                let (a, b) = (try #require(first.baseAddress), try #require(second.baseAddress))
                #expect(starts[0] == a, "the first piece's first chunk, in place")
                #expect(!(a..<(a + first.count)).contains(starts[1]) && !(b..<(b + second.count)).contains(starts[1]),
                        "the chunk across the pieces is a copy")
                #expect(starts[2] == b + (size - 10), "the rest of the second piece, in place")
            }
        }
    }

    @Test func buffersCoverARangeInOrderWithTheirFirstPositions() {
        let chunked = ChunkedArray(Array(0..<(2 * size + 100)))
        var seen: [Int] = [], starts: [Int] = []
        chunked.withBuffers(in: (size - 3)..<(2 * size + 10)) { buffer, start in
            starts.append(start)
            seen.append(contentsOf: buffer)
        }
        #expect(starts == [size - 3, size, 2 * size])
        #expect(seen == Array((size - 3)..<(2 * size + 10)))
        chunked.withBuffers(in: 7..<7) { _, _ in Issue.record("an empty range gives no buffer") }
    }

    @Test func itIsWrittenAndReadAsAJSONArrayAndComparesByElements() throws {
        let chunked: ChunkedArray = ["а", "б", "в"]
        let json = try JSONEncoder().encode(chunked)
        #expect(String(decoding: json, as: UTF8.self) == #"["а","б","в"]"#)
        let decoded = try JSONDecoder().decode(ChunkedArray<String>.self, from: json)
        #expect(decoded == chunked)
        #expect(decoded.hashValue == chunked.hashValue)
        #expect(decoded != ["а", "б"])
        #expect(ChunkedArray(Array(0..<size)) != ChunkedArray(Array(1...size)))
    }

    private static func bufferStarts(_ chunked: ChunkedArray<Int>) -> [UnsafePointer<Int>?] {
        var starts: [UnsafePointer<Int>?] = []
        chunked.withBuffers(in: chunked.indices) { buffer, _ in starts.append(buffer.baseAddress) }
        return starts
    }
}

