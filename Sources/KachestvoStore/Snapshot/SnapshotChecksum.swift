/// The snapshot's checksum: FNV-1a's xor-then-multiply taken a 64-bit word at a time (with an
/// odd multiplier that mixes all bits and an xorshift after each step), so a 70 MB payload is checked
/// in a few tens of milliseconds. Every step is invertible, so a change confined to one word always
/// changes the result; the length is mixed in last, so trailing zero bytes are not lost.
enum SnapshotChecksum {
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        let words = bytes.count / 8
        for word in 0..<words {
            hash = step(hash, UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: word * 8, as: UInt64.self)))
        }
        var tail: UInt64 = 0
        for offset in (words * 8)..<bytes.count {
            tail |= UInt64(bytes[offset]) << (8 * UInt64(offset - words * 8))
        }
        return step(step(hash, tail), UInt64(bytes.count))
    }

    static func of(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBytes { of($0) }
    }

    private static func step(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
        return mixed ^ (mixed >> 32)
    }
}
