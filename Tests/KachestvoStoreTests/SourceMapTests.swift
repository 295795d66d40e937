import Foundation
import KachestvoCore
import Testing
@testable import KachestvoStore

/// Problems found after decoding are located in one pass over the file, however many there are and
/// however long its lines.
@Suite struct SourceMapTests {
    /// Line and column of `offset` counted the plain way, from the start, for comparison.
    private func counted(_ offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let before = Array(bytes[..<offset])
        let lineStart = (before.lastIndex(of: 0x0A).map { $0 + 1 }) ?? (bytes.starts(with: [0xEF, 0xBB, 0xBF]) && offset >= 3 ? 3 : 0)
        let text = String(decoding: bytes[lineStart..<offset], as: UTF8.self)
        return (before.filter { $0 == 0x0A }.count + 1, text.unicodeScalars.count + 1)
    }

    @Test func manyOffsetsGiveWhatEachGivesAlone() {
        let bytes = Array("\u{FEFF}{\n  \"имя\": \"Ёлкино\",\n\n  \"x\": [1, 22, 333]\n}".utf8)
        let offsets = Array(bytes.indices).reversed() + [0, 5, 5, bytes.count]
        let positions = SourcePosition.positions(of: offsets, in: bytes)
        for (offset, position) in zip(offsets, positions) {
            let expected = counted(offset, in: bytes)
            #expect(position.line == expected.line && position.column == expected.column, "offset \(offset)")
            #expect(position.byteOffset == offset)
            #expect(SourcePosition(offset: offset, in: bytes) == position)
        }
    }

    /// The case of issue 7: a 1.3 MB minified file (one line) with thousands of problems. Locating
    /// each from the start of the file took minutes; one pass answers at once.
    @Test func thousandsOfProblemsOnOneLongLineAreLocated() throws {
        let region = DemoRegion.generate(schools: 170)
        let pretty = try DatasetCodec.encode(region)
        let object = try JSONSerialization.jsonObject(with: Data(pretty))
        let bytes = Array(try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]))
        #expect(bytes.count > 1_300_000 && !bytes.contains(0x0A))
        let map = try SourceMap(bytes: bytes, file: "mini.json")
        let count = region.examResults.count
        let paths = (0..<count).reversed().map { DataPath.root["examResults"][$0]["year"] }
        let positions = map.positions(of: paths)
        #expect(positions.count == count)
        #expect(positions.allSatisfy { $0.line == 1 })
        for (path, position) in zip(paths, positions).prefix(3) + zip(paths, positions).suffix(3) {
            #expect(map.position(of: path) == position)
            #expect(position.column == counted(position.byteOffset, in: bytes).column)
            #expect((0x30...0x39).contains(bytes[position.byteOffset]), "\(path) points at a year")
        }
        #expect(Set(positions.map(\.byteOffset)).count == count)
    }
}
