/// Strict UTF-8 checking (no overlong forms, no encoded surrogates, nothing above U+10FFFF).
enum UTF8Validation {
    /// The length of the well-formed UTF-8 sequence starting at `offset`, or an `invalidUTF8` error
    /// naming that byte offset.
    static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) throws(JSONSyntaxError) -> Int {
        let lead = bytes[offset]
        if lead < 0x80 { return 1 }
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xE1...0xEF: length = 3
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        case 0xF1...0xF3: length = 4
        default: throw JSONSyntaxError(problem: .invalidUTF8, offset: offset)
        }
        guard offset + length <= bytes.count, secondRange.contains(bytes[offset + 1]) else {
            throw JSONSyntaxError(problem: .invalidUTF8, offset: offset)
        }
        for index in (offset + 2)..<(offset + length) where bytes[index] & 0xC0 != 0x80 {
            throw JSONSyntaxError(problem: .invalidUTF8, offset: offset)
        }
        return length
    }
}
