import Dispatch
import Foundation

/// The collation keys (`NameCollationKey`) of many names side by side in one buffer, each with its
/// first 16 bytes also held as two numbers: comparing two names compares those numbers and reads
/// the buffer only past a common start of 16 bytes. Sorting 40,000 names so makes no allocation
/// per name and no reference counting per comparison — with a key array per name, both took most
/// of a large region's first frame.
struct CollationKeyTable {
    private var bytes: [UInt8] = []
    /// Where each key starts in `bytes`; one more than there are keys, the last the end.
    private var starts: [Int] = [0]
    private var heads: [Head] = []

    /// The first 16 bytes of a key, big-endian, zeros past its end: when two heads differ they
    /// order as the whole keys do (a key that ends first is a prefix of the other, and smaller).
    private struct Head: Equatable {
        var high: UInt64
        var low: UInt64

        init(_ key: UnsafeBufferPointer<UInt8>) {
            var bytes = (UInt64(0), UInt64(0))
            withUnsafeMutableBytes(of: &bytes) { head in
                for index in 0..<min(16, key.count) { head[index] = key[index] }
            }
            (high, low) = (UInt64(bigEndian: bytes.0), UInt64(bigEndian: bytes.1))
        }
    }

    /// The keys of `names`, in chunks on all cores.
    init(_ names: [String]) {
        let chunk = 1024
        let chunks = (names.count + chunk - 1) / chunk
        nonisolated(unsafe) var parts = [(bytes: [UInt8], ends: [Int])](repeating: ([], []), count: chunks)
        parts.withUnsafeMutableBufferPointer { parts in
            nonisolated(unsafe) let parts = parts
            DispatchQueue.concurrentPerform(iterations: chunks) { part in
                var bytes: [UInt8] = []
                var ends: [Int] = []
                for index in (part * chunk)..<min(names.count, (part + 1) * chunk) {
                    NameCollationKey.append(names[index], to: &bytes)
                    ends.append(bytes.count)
                }
                parts[part] = (bytes, ends)
            }
        }
        bytes.reserveCapacity(parts.reduce(0) { $0 + $1.bytes.count })
        starts.reserveCapacity(names.count + 1)
        for part in parts {
            let base = bytes.count
            bytes += part.bytes
            starts += part.ends.map { base + $0 }
        }
        heads = bytes.withUnsafeBufferPointer { all in
            (0..<names.count).map { Head(UnsafeBufferPointer(rebasing: all[starts[$0]..<starts[$0 + 1]])) }
        }
    }

    /// Every key's position in key order, equal keys by `tiebreak`: each half sorted on its own core,
    /// then the two merged.
    func order(tiebreak: @escaping @Sendable (Int, Int) -> Bool) -> [Int] {
        let count = heads.count, middle = count / 2
        let (low, high) = Concurrently.run({ withBuffers { $0.sorted(0..<middle, tiebreak) } },
                                           { withBuffers { $0.sorted(middle..<count, tiebreak) } })
        return withBuffers { buffers in
            var merged: [Int] = []
            merged.reserveCapacity(count)
            var (nextLow, nextHigh) = (0, 0)
            while nextLow < low.count || nextHigh < high.count {
                let takeLow = nextHigh == high.count || (nextLow < low.count && !buffers.precedes(high[nextHigh], low[nextLow], tiebreak))
                merged.append(takeLow ? low[nextLow] : high[nextHigh])
                if takeLow { nextLow += 1 } else { nextHigh += 1 }
            }
            return merged
        }
    }

    private func withBuffers<Result>(_ body: (Buffers) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { bytes in
            starts.withUnsafeBufferPointer { starts in
                heads.withUnsafeBufferPointer { heads in body(Buffers(bytes: bytes, starts: starts, heads: heads)) }
            }
        }
    }

    /// The table's arrays as buffers, for comparing without reference counting.
    private struct Buffers {
        let bytes: UnsafeBufferPointer<UInt8>
        let starts: UnsafeBufferPointer<Int>
        let heads: UnsafeBufferPointer<Head>

        func sorted(_ range: Range<Int>, _ tiebreak: (Int, Int) -> Bool) -> [Int] {
            range.sorted { precedes($0, $1, tiebreak) }
        }

        func precedes(_ left: Int, _ right: Int, _ tiebreak: (Int, Int) -> Bool) -> Bool {
            let order = ordering(left, right)
            return order != 0 ? order < 0 : tiebreak(left, right)
        }

        /// Negative when key `left` sorts first, zero when the keys are equal, positive otherwise
        /// (as `NameCollationKey.ordering`).
        private func ordering(_ left: Int, _ right: Int) -> Int {
            let (a, b) = (heads[left], heads[right])
            if a.high != b.high { return a.high < b.high ? -1 : 1 }
            if a.low != b.low { return a.low < b.low ? -1 : 1 }
            let (leftCount, rightCount) = (starts[left + 1] - starts[left], starts[right + 1] - starts[right])
            let common = min(leftCount, rightCount)
            guard common > 16 else { return leftCount - rightCount }
            let order = memcmp(bytes.baseAddress! + starts[left] + 16, bytes.baseAddress! + starts[right] + 16, common - 16)
            return order != 0 ? Int(order) : leftCount - rightCount
        }
    }
}
