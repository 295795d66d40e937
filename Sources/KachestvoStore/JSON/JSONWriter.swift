/// Prints a `JSONValue` as stable, diff-friendly text: keys sorted, two-space indentation, and every
/// "record" — an object whose members are all flat (scalars, short scalar arrays, objects of
/// scalars) — on one line, so one changed exam result is one changed line. Doubles use Swift's
/// shortest round-trip form, so reading the file back yields the identical value.
enum JSONWriter {
    /// A scalar array longer than this is written one element per line.
    static let shortArrayLimit = 8

    /// Writes a member's value into the output at the given indentation.
    typealias MemberWriter = (_ output: inout [UInt8], _ indent: Int) -> Void

    /// The text of `value`; a root member whose key is in `replacing` is written by that function
    /// instead of from its value in the tree.
    static func write(_ value: JSONValue, replacing: [String: MemberWriter] = [:]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(1 << 16)
        if case .object(let root) = value, !root.isEmpty {
            writeMembers(of: root, indent: 0, into: &output) { member, output in
                if let replace = replacing[member.key] { replace(&output, 1) } else { writeBlock(member.value, indent: 1, into: &output) }
            }
        } else {
            writeBlock(value, indent: 0, into: &output)
        }
        output.append(0x0A)
        return output
    }

    private static func writeBlock(_ value: JSONValue, indent: Int, into output: inout [UInt8]) {
        switch value {
        case .object(let object) where !object.isEmpty && (indent == 0 || !object.members.allSatisfy { isFlat($0.value) }):
            writeMembers(of: object, indent: indent, into: &output) { member, output in
                writeBlock(member.value, indent: indent + 1, into: &output)
            }
        case .array(let elements) where !isFlat(value):
            writeLines(of: elements, indent: indent, into: &output) { element, output in
                writeBlock(element, indent: indent + 1, into: &output)
            }
        default:
            writeInline(value, into: &output)
        }
    }

    /// An object over several lines, one member per line.
    private static func writeMembers(of object: JSONObject, indent: Int, into output: inout [UInt8],
                                     value: (JSONObject.Member, inout [UInt8]) -> Void) {
        output.append(UInt8(ascii: "{"))
        for (position, member) in object.members.enumerated() {
            newline(indent + 1, position == 0 ? nil : UInt8(ascii: ","), into: &output)
            writeString(member.key, into: &output)
            append(": ", into: &output)
            value(member, &output)
        }
        newline(indent, nil, into: &output)
        output.append(UInt8(ascii: "}"))
    }

    /// A non-empty array over several lines, one element per line (written by `element`).
    static func writeLines<Elements: Collection>(of elements: Elements, indent: Int, into output: inout [UInt8],
                                                 element: (Elements.Element, inout [UInt8]) -> Void) {
        output.append(UInt8(ascii: "["))
        for (position, item) in elements.enumerated() {
            newline(indent + 1, position == 0 ? nil : UInt8(ascii: ","), into: &output)
            element(item, &output)
        }
        newline(indent, nil, into: &output)
        output.append(UInt8(ascii: "]"))
    }

    /// `value` on one line, with no line break after it (a line of the audit journal).
    static func inline(_ value: JSONValue) -> [UInt8] {
        var output: [UInt8] = []
        writeInline(value, into: &output)
        return output
    }

    private static func writeInline(_ value: JSONValue, into output: inout [UInt8]) {
        switch value {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .integer(let number): writeInteger(number, into: &output)
        case .double(let number): writeDouble(number, into: &output)
        case .string(let text): writeString(text, into: &output)
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 { append(", ", into: &output) }
                writeInline(element, into: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            output.append(UInt8(ascii: "{"))
            for (position, member) in object.members.enumerated() {
                if position > 0 { append(", ", into: &output) }
                writeString(member.key, into: &output)
                append(": ", into: &output)
                writeInline(member.value, into: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func isScalar(_ value: JSONValue) -> Bool {
        switch value {
        case .array(let elements): elements.isEmpty
        case .object(let object): object.isEmpty
        default: true
        }
    }

    private static func isFlat(_ value: JSONValue) -> Bool {
        switch value {
        case .array(let elements): elements.count <= shortArrayLimit && elements.allSatisfy(isScalar)
        case .object(let object): object.members.allSatisfy { isScalar($0.value) }
        default: true
        }
    }

    static func newline(_ indent: Int, _ separator: UInt8?, into output: inout [UInt8]) {
        if let separator { output.append(separator) }
        output.append(0x0A)
        output.append(contentsOf: repeatElement(0x20, count: indent * 2))
    }

    static func append(_ text: StaticString, into output: inout [UInt8]) {
        output.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Decimal digits, as `String(number)` writes them.
    static func writeInteger(_ number: Int, into output: inout [UInt8]) {
        if number < 0 { output.append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in  // UInt64.max has 20 digits
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            output.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// Swift's shortest form that reads back as the same `Double` (`description`), written without
    /// making a `String` for the common case of a figure with at most three decimals.
    static func writeDouble(_ number: Double, into output: inout [UInt8]) {
        guard let (scaled, decimals) = fewDecimals(number) else {
            return output.append(contentsOf: number.description.utf8)
        }
        if scaled < 0 { output.append(UInt8(ascii: "-")) }
        let divisor = [1, 10, 100, 1000][decimals]
        writeInteger(Int(scaled.magnitude) / divisor, into: &output)
        output.append(UInt8(ascii: "."))
        guard decimals > 0 else { return output.append(UInt8(ascii: "0")) }
        var fraction = Int(scaled.magnitude) % divisor
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: decimals) { digits in
            for position in stride(from: decimals - 1, through: 0, by: -1) {
                digits[position] = UInt8(ascii: "0") + UInt8(fraction % 10)
                fraction /= 10
            }
            output.append(contentsOf: digits)
        }
    }

    /// `number` as `scaled / 10^decimals` with the fewest decimals (0…3) whose decimal reads back as
    /// `number` itself — then it is the shortest form, and the digits are `description`'s, which
    /// switches to exponents only far beyond the bound here. Nil for anything else (and for −0).
    private static func fewDecimals(_ number: Double) -> (scaled: Int, decimals: Int)? {
        guard number.magnitude < 1e12, !(number == 0 && number.sign == .minus) else { return nil }
        var scale = 1.0
        for decimals in 0...3 {
            let scaled = (number * scale).rounded()
            if scaled / scale == number { return (Int(scaled), decimals) }
            scale *= 10
        }
        return nil
    }

    static func writeString(_ text: String, into output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            output.append(UInt8(ascii: "\""))
            var clean = 0
            for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[clean..<index]))
                output.append(contentsOf: escape(byte))
                clean = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[clean...]))
            output.append(UInt8(ascii: "\""))
        }
    }

    private static func escape(_ byte: UInt8) -> [UInt8] {
        switch byte {
        case UInt8(ascii: "\""): Array("\\\"".utf8)
        case UInt8(ascii: "\\"): Array("\\\\".utf8)
        case 0x0A: Array("\\n".utf8)
        case 0x0D: Array("\\r".utf8)
        case 0x09: Array("\\t".utf8)
        default: Array("\\u00\(hex(byte, 2))".utf8)
        }
    }
}
