/// Strings, numbers and escapes: the scalar half of `JSONParser`.
extension JSONParser {
    /// Parses a string starting at its opening quote, validating escapes and UTF-8 as it goes.
    mutating func parseString() throws(JSONSyntaxError) { nodes.append(try scanString()) }

    /// The node of the string starting at its opening quote, read past it but not added to `nodes`.
    mutating func scanString() throws(JSONSyntaxError) -> JSONNode {
        let start = position
        position += 1
        var escaped = false
        while true {
            guard position < input.count else {
                throw JSONSyntaxError(problem: .unexpectedEnd(expected: .closingQuote), offset: position)
            }
            position += plainASCIIRun(from: position)
            guard position < input.count else { continue }
            let byte = input[position]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                try skipEscape()
            } else if byte < 0x20 {
                throw JSONSyntaxError(problem: .controlCharacter(code: byte), offset: position)
            } else if byte < 0x80 {
                position += 1
            } else {
                position += try UTF8Validation.sequenceLength(input, at: position)
            }
        }
        position += 1
        return JSONNode(payload: escaped ? 1 : 0, offset: UInt32(start), length: UInt32(position - start - 2), kind: .string)
    }

    /// How many bytes from `start` on need no attention inside a string (printable ASCII other than
    /// `"` and `\\`), counted eight at a time; stops at or before the first that does.
    private func plainASCIIRun(from start: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var offset = start
        while offset + 8 <= input.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(input.baseAddress! + offset).loadUnaligned(as: UInt64.self))
            // Per byte, a high bit where it is below 0x20, a quote, a backslash or not ASCII. Carries can
            // only mark bytes after a true one, so the lowest mark is exact.
            let control = (word &- ones &* 0x20) & ~word
            let quote = ((word ^ (ones &* 0x22)) &- ones) & ~(word ^ (ones &* 0x22))
            let backslash = ((word ^ (ones &* 0x5C)) &- ones) & ~(word ^ (ones &* 0x5C))
            let marks = (control | quote | backslash | word) & highs
            if marks != 0 { return offset - start + marks.trailingZeroBitCount / 8 }
            offset += 8
        }
        return offset - start
    }

    private mutating func skipEscape() throws(JSONSyntaxError) {
        let start = position
        guard position + 1 < input.count else {
            throw JSONSyntaxError(problem: .unexpectedEnd(expected: .closingQuote), offset: input.count)
        }
        switch input[position + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
             UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            position += 2
        case UInt8(ascii: "u"):
            let unit = try hexUnit(at: start)
            position += 6
            if (0xDC00...0xDFFF).contains(unit) {
                throw JSONSyntaxError(problem: .loneSurrogate(code: unit), offset: start)
            }
            if (0xD800...0xDBFF).contains(unit) {
                let low = position + 1 < input.count && input[position] == UInt8(ascii: "\\")
                    && input[position + 1] == UInt8(ascii: "u") ? try hexUnit(at: position) : 0
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw JSONSyntaxError(problem: .loneSurrogate(code: unit), offset: start)
                }
                position += 6
            }
        default:
            throw JSONSyntaxError(problem: .invalidEscape(text: wordText(from: start)), offset: start)
        }
    }

    /// The code unit of the `\u` escape (four hex digits) at `offset`.
    private func hexUnit(at offset: Int) throws(JSONSyntaxError) -> UInt16 {
        guard offset + 6 <= input.count else {
            throw JSONSyntaxError(problem: .invalidEscape(text: wordText(from: offset)), offset: offset)
        }
        var unit: UInt16 = 0
        for index in (offset + 2)..<(offset + 6) {
            guard let digit = StringUnescaper.hexValue(input[index]) else {
                let text = String(decoding: UnsafeBufferPointer(rebasing: input[offset..<(offset + 6)]), as: UTF8.self)
                throw JSONSyntaxError(problem: .invalidEscape(text: text), offset: offset)
            }
            unit = unit << 4 | UInt16(digit)
        }
        return unit
    }

    /// Parses a number: integers that fit `Int` stay exact, others become a finite `Double`.
    mutating func parseNumber() throws(JSONSyntaxError) { nodes.append(try scanNumber()) }

    /// The node of the number starting at `position`, read past it but not added to `nodes`.
    mutating func scanNumber() throws(JSONSyntaxError) -> JSONNode {
        let start = position
        let negative = input[position] == UInt8(ascii: "-")
        if negative { position += 1 }
        guard position < input.count, isDigit(input[position]) else {
            if position < input.count, input[position] == UInt8(ascii: "I") || input[position] == UInt8(ascii: "N") {
                throw JSONSyntaxError(problem: .nonFiniteOrSignedNumber(text: wordText(from: start)), offset: start)
            }
            throw JSONSyntaxError(problem: .malformedNumber(text: wordText(from: start)), offset: start)
        }
        if input[position] == UInt8(ascii: "0"), position + 1 < input.count, isDigit(input[position + 1]) {
            throw JSONSyntaxError(problem: .leadingZero(text: wordText(from: start)), offset: start)
        }
        let integerStart = position
        var magnitude = 0  // exact while at most 18 digits, which cannot overflow
        while position < input.count, isDigit(input[position]) {
            magnitude = magnitude &* 10 &+ Int(input[position] &- 48)
            position += 1
        }
        let integerEnd = position
        var fractionDigits = 0
        var exponent = 0
        var isInteger = true
        if position < input.count, input[position] == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            let fractionStart = position
            skipDigits()
            fractionDigits = position - fractionStart
            guard fractionDigits > 0 else { throw JSONSyntaxError(problem: .malformedNumber(text: wordText(from: start)), offset: start) }
        }
        if position < input.count, input[position] | 0x20 == UInt8(ascii: "e") {
            isInteger = false
            exponent = try parseExponent(numberStart: start)
        }
        let length = UInt32(position - start)
        if isInteger, let value = integerEnd - integerStart <= 18 ? (negative ? -magnitude : magnitude)
                                                                   : exactInteger(integerStart..<integerEnd, negative: negative) {
            return JSONNode(payload: UInt64(bitPattern: Int64(value)), offset: UInt32(start), length: length, kind: .integer)
        }
        let value = decimalValue(start: start, integerDigits: integerStart..<integerEnd, fractionDigits: fractionDigits, exponent: exponent, negative: negative)
        guard value.isFinite else {
            throw JSONSyntaxError(problem: .numberOutOfRange(text: wordText(from: start)), offset: start)
        }
        return JSONNode(payload: value.bitPattern, offset: UInt32(start), length: length, kind: .double)
    }

    private mutating func parseExponent(numberStart: Int) throws(JSONSyntaxError) -> Int {
        position += 1
        var sign = 1
        if position < input.count, input[position] == UInt8(ascii: "-") || input[position] == UInt8(ascii: "+") {
            sign = input[position] == UInt8(ascii: "-") ? -1 : 1
            position += 1
        }
        guard position < input.count, isDigit(input[position]) else {
            throw JSONSyntaxError(problem: .malformedNumber(text: wordText(from: numberStart)), offset: numberStart)
        }
        var value = 0
        while position < input.count, isDigit(input[position]) {
            value = min(value * 10 + Int(input[position] - 48), 1_000_000)
            position += 1
        }
        return sign * value
    }

    private func exactInteger(_ digits: Range<Int>, negative: Bool) -> Int? {
        var value = 0
        for index in digits {
            let digit = Int(input[index] - 48)
            let (shifted, overflowA) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowB) = negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            if overflowA || overflowB { return nil }
            value = next
        }
        return value
    }

    /// Exact fast path (at most 19 significant digits, mantissa ≤ 2^53, |power of ten| ≤ 22), else the
    /// correctly rounded, locale-independent standard-library conversion.
    private func decimalValue(start: Int, integerDigits: Range<Int>, fractionDigits: Int, exponent: Int, negative: Bool) -> Double {
        var mantissa: UInt64 = 0
        var significant = 0
        let digitsEnd = integerDigits.upperBound + (fractionDigits > 0 ? fractionDigits + 1 : 0)
        for index in integerDigits.lowerBound..<digitsEnd where input[index] != UInt8(ascii: ".") {
            if mantissa == 0 && input[index] == UInt8(ascii: "0") { continue }
            significant += 1
            if significant > 19 { break }
            mantissa = mantissa * 10 + UInt64(input[index] - 48)
        }
        let power = exponent - fractionDigits
        if significant <= 19, mantissa <= 1 << 53, (-22...22).contains(power) {
            let magnitude = power < 0 ? Double(mantissa) / JSONParser.powersOfTen[-power] : Double(mantissa) * JSONParser.powersOfTen[power]
            return negative ? -magnitude : magnitude
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: input[start..<position]), as: UTF8.self)
        return Double(text) ?? .infinity
    }

    /// 10^0 … 10^22, all exact in a Double.
    private static let powersOfTen: [Double] = (0...22).map { (0..<$0).reduce(1.0) { value, _ in value * 10 } }

    private mutating func skipDigits() {
        while position < input.count, isDigit(input[position]) { position += 1 }
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte &- 48 < 10 }
}
