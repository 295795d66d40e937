import KachestvoCore
import Testing
@testable import KachestvoStore

/// The direct readers of exam results, financing, risk profiles and organisations agree with the generic decoder.
/// (What they give up on goes through the generic decoder: `SchemaErrorTests` checks those errors.)
@Suite struct BulkRecordTests {
    @Test func readersDecodeEveryDemoRecordLikeTheGenericDecoder() throws {
        let tape = try JSONParser.parse(DatasetCodec.encode(DemoRegion.generate(schools: DemoRegion.minimumSchools)))
        let results = try records("examResults", in: tape, read: tape.examResult)
        #expect(results.contains { $0.marks != nil })
        _ = try records("financing", in: tape, read: tape.financing)
        _ = try records("riskProfiles", in: tape, read: tape.riskProfile)
        let organisations = try records("organisations", in: tape, read: tape.organisation)
        #expect(organisations.contains { $0.centreId == nil } && organisations.contains { $0.centreId != nil })
    }

    /// Reads every element of the root array `name` directly and generically, expecting the same values.
    private func records<Record: Decodable & Equatable>(_ name: String, in tape: JSONTape, read: (Int) -> Record?) throws -> [Record] {
        let array = try #require(tape.member(of: 0, named: name))
        let elements = tape.children(of: array)
        #expect(!elements.isEmpty)
        return try elements.map { element in
            let direct = try #require(read(element), "the reader gave up on a demo record of \(name)")
            #expect(direct == (try tape.decodeValue(Record.self, at: element, path: .root)))
            return direct
        }
    }
}

/// The direct writer of exam results, financing and risk profiles gives the very bytes the generic
/// encoder and `JSONWriter` give.
@Suite struct BulkRecordWriterTests {
    @Test func directTextEqualsTheTextOfTheEncodedTree() throws {
        var unusual = Fixtures.dataset()
        unusual.examResults[0].organisationId = "кц \"1\"\n\t\\ \u{1}"
        unusual.examResults[1].participants = Int.min
        unusual.examResults[2].high = Int.max
        unusual.examResults[3].mean = -0.0
        unusual.financing.append(Financing(organisationId: "s-1", year: -1, normative: 1e-7, coefficient: 123456789012345680.0, raised: false))
        unusual.riskProfiles.append(RiskProfile(organisationId: "s-1", year: 2017, factors: [:]))
        unusual.riskProfiles.append(RiskProfile(organisationId: "s-2", year: 2017, factors: Dictionary(
            uniqueKeysWithValues: RiskFactor.allCases.enumerated().map { ($0.element, Double($0.offset) / 7) })))
        for dataset in [DemoRegion.generate(schools: DemoRegion.minimumSchools), unusual, Dataset()] {
            let direct = try DatasetCodec.encode(dataset)
            #expect(direct == JSONWriter.write(try JSONValueEncoder.encode(dataset.normalised())))
        }
    }

    @Test func integersAreWrittenAsSwiftWritesThem() {
        for number in [0, 7, -1, 10, 2017, -90210, Int.max, Int.min] {
            var output: [UInt8] = []
            JSONWriter.writeInteger(number, into: &output)
            #expect(output == Array(String(number).utf8))
        }
    }

    @Test func doublesAreWrittenAsSwiftDescribesThem() {
        var generator = SystemRandomNumberGenerator()
        let edges: [Double] = [0, -0.0, 4, 64.09, 4.27, 0.01, 0.001, 0.0001, 1e-5, -3.25, 99.99, 0.125, 1.005, 2.675,
                               999_999_999_999.5, 1e12, 1e15, 1e16, 9_007_199_254_740_992, .pi, -.pi, 1.0 / 3, 0.1 + 0.2,
                               .greatestFiniteMagnitude, .leastNonzeroMagnitude, .infinity, -.infinity]
        let fewDecimals = (0..<5_000).map { _ in Double(Int.random(in: -10_000_000...10_000_000, using: &generator)) / [1, 10, 100, 1000].randomElement(using: &generator)! }
        let arbitrary = (0..<5_000).map { _ in Double.random(in: -1e13...1e13, using: &generator) * [1, 1e-9, 1e-4].randomElement(using: &generator)! }
        for number in edges + fewDecimals + arbitrary {
            var output: [UInt8] = []
            JSONWriter.writeDouble(number, into: &output)
            #expect(String(decoding: output, as: UTF8.self) == number.description)
        }
    }
}
