import Foundation
import KachestvoCore
import Testing
@testable import KachestvoStore

/// Well-formed JSON that is not a valid dataset: each error names the JSON path and the exact line
/// and column of the offending value (or of the object missing a key).
@Suite struct SchemaErrorTests {
    /// The valid file with `old` replaced by `new` on the first line containing `anchor`, plus the
    /// expected `line:column` of `marker` (defaults to `new`) in the edited text.
    private func edit(_ anchor: String, _ old: String, _ new: String, marker: String? = nil) throws -> (text: String, location: String) {
        var lines = try Fixtures.validText().components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.contains(anchor) })
        lines[index] = lines[index].replacingOccurrences(of: old, with: new)
        let line = lines[index]
        let found = try #require(line.range(of: marker ?? new))
        let column = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: found.lowerBound.samePosition(in: line.unicodeScalars)!) + 1
        return (lines.joined(separator: "\n"), "data.json:\(index + 1):\(column)")
    }

    private func schemaError(_ text: String) -> (SchemaProblem?, StoreError?) {
        let error = Fixtures.error(decoding: text)
        guard case .schema(let problem) = error?.kind else { return (nil, error) }
        return (problem, error)
    }

    @Test func stringWhereAWholeNumberBelongs() throws {
        let (text, location) = try edit("\"id\": \"s-1\"", "\"pupils\": 41", "\"pupils\": \"много\"", marker: "\"много\"")
        let (problem, error) = schemaError(text)
        #expect(problem == .typeMismatch(expected: .wholeNumber, found: "\"много\""))
        #expect(error?.jsonPath == "$.organisations[2].pupils")
        #expect(error?.location == location)
        #expect(error?.message(.en) == "\(location): $.organisations[2].pupils: expected a whole number, found \"много\"")
        #expect(error?.message(.ru) == "\(location): $.organisations[2].pupils: ожидалось целое число, а найдено \"много\"")
    }

    @Test func russianTypeMismatchesAgreeWithTheExpectedType() {
        #expect(SchemaProblem.typeMismatch(expected: .string, found: "1").text.ru == "ожидалась строка, а найдено 1")
        #expect(SchemaProblem.typeMismatch(expected: .object, found: "1").text.ru == "ожидался объект, а найдено 1")
        #expect(SchemaProblem.typeMismatch(expected: .array, found: "1").text.en == "expected an array, found 1")
        #expect(SchemaProblem.notWholeNumber(found: "41.5").text.ru == "ожидалось целое число, а найдено 41.5")
    }

    @Test func wholeNumbersRefuseFractionsAndOverflow() throws {
        let fraction = try edit("\"id\": \"s-1\"", "\"pupils\": 41", "\"pupils\": 41.5", marker: "41.5")
        #expect(schemaError(fraction.text).0 == .notWholeNumber(found: "41.5"))
        #expect(schemaError(fraction.text).1?.location == fraction.location)
        let huge = try edit("\"id\": \"s-1\"", "\"pupils\": 41", "\"pupils\": 123456789012345678901234567890", marker: "1234")
        #expect(schemaError(huge.text).0 == .outOfRange(found: "123456789012345678901234567890"))
        #expect(schemaError(huge.text).1?.location == huge.location)
        let whole = try edit("\"id\": \"s-1\"", "\"pupils\": 41", "\"pupils\": 4.1e1")
        #expect(try DatasetCodec.decode(Array(whole.text.utf8), file: "x").dataset.organisations[2].pupils == 41)
    }

    @Test func missingKeyPointsAtTheObject() throws {
        let (text, location) = try edit("\"id\": \"s-1\"", ", \"teachers\": 9", "", marker: "{")
        let (problem, error) = schemaError(text)
        #expect(problem == .missingKey("teachers"))
        #expect(error?.jsonPath == "$.organisations[2]")
        #expect(error?.location == location)
    }

    @Test func unknownEnumValueListsTheAllowedOnes() throws {
        let (text, location) = try edit("\"kind\": \"lyceum\"", "\"lyceum\"", "\"college\"")
        let (problem, error) = schemaError(text)
        #expect(problem == .unknownValue(found: "\"college\"", allowed: Organisation.Kind.allCases.map(\.rawValue)))
        #expect(error?.jsonPath == "$.organisations[0].kind")
        #expect(error?.location == location)
    }

    @Test func impossibleDateIsInvalidWithItsPlace() throws {
        let (text, location) = try edit("\"due\": \"2017-11-01\"", "2017-11-01", "2017-02-30", marker: "\"2017-02-30\"")
        let (problem, error) = schemaError(text)
        guard case .invalidValue(let found, let detail) = problem else { Issue.record("got \(String(describing: error))"); return }
        #expect(found == "\"2017-02-30\"")
        #expect(detail.contains("YYYY-MM-DD"))
        #expect(error?.jsonPath == "$.supportCases[0].plan[0].due")
        #expect(error?.location == location)
    }

    @Test func customDecodingErrorsOfScopeAndRiskProfileAreLocated() throws {
        let scope = try edit("\"id\": \"f-2\"", "\"municipality\"", "\"planet\"")
        let (scopeProblem, scopeError) = schemaError(scope.text)
        guard case .invalidValue(let found, _) = scopeProblem else { Issue.record("got \(String(describing: scopeError))"); return }
        #expect(found == "\"planet\"")
        #expect(scopeError?.jsonPath == "$.forecasts[1].scope.kind")
        #expect(scopeError?.location == scope.location)

        let risk = try edit("\"factors\"", "\"teacherShortage\"", "\"dragons\"", marker: "{\"lowEquipment")
        let (riskProblem, riskError) = schemaError(risk.text)
        guard case .invalidValue(_, let detail) = riskProblem else { Issue.record("got \(String(describing: riskError))"); return }
        #expect(detail.contains("dragons"))
        #expect(riskError?.jsonPath == "$.riskProfiles[0].factors")
        #expect(riskError?.location == risk.location)
    }

    @Test func wrongTypesOfContainersAndScalars() throws {
        let bool = try edit("\"kind\": \"lyceum\"", "\"rural\": false", "\"rural\": \"no\"", marker: "\"no\"")
        #expect(schemaError(bool.text).0 == .typeMismatch(expected: .boolean, found: "\"no\""))
        let array = try edit("\"participants\": [", "[\"КЦ\", \"УМЦ\"]", "\"КЦ\"")
        #expect(schemaError(array.text).0 == .typeMismatch(expected: .array, found: "\"КЦ\""))
        #expect(schemaError(array.text).1?.location == array.location)
        let number = try edit("\"id\": \"f-1\"", "\"planned\": 68.5", "\"planned\": null", marker: "null")
        #expect(schemaError(number.text).0 == .typeMismatch(expected: .number, found: "null"))
        #expect(schemaError("{\"format\": \"kachestvo-dataset\", \"schemaVersion\": \"1\"}").1?.jsonPath == "$.schemaVersion")
    }

    @Test func rootFormatAndVersionAreCheckedFirst() throws {
        #expect(Fixtures.error(decoding: "[1, 2]")?.kind == .schema(.typeMismatch(expected: .object, found: "[…]")))
        #expect(Fixtures.error(decoding: "{\"schemaVersion\": 1}")?.kind == .wrongFormat(found: nil))
        let other = try Fixtures.validText().replacingOccurrences(of: "\"kachestvo-dataset\"", with: "\"kachestvo-theme\"")
        let error = Fixtures.error(decoding: other)
        #expect(error?.kind == .wrongFormat(found: "kachestvo-theme"))
        #expect(error?.jsonPath == "$.format")
        #expect(Fixtures.error(decoding: "{\"format\": \"kachestvo-dataset\"}")?.kind == .schema(.missingKey("schemaVersion")))
    }

    @Test func problemsInTheBigRecordArraysAreLocatedLikeAnyOther() throws {
        let year = try edit("\"organisationId\": \"s-1\", \"participants\": 25", "\"year\": 2017", "\"year\": \"2017\"", marker: "\"2017\"")
        #expect(schemaError(year.text).0 == .typeMismatch(expected: .wholeNumber, found: "\"2017\""))
        #expect(schemaError(year.text).1?.jsonPath == "$.examResults[4].year")
        #expect(schemaError(year.text).1?.location == year.location)
        let marks = try edit("\"organisationId\": \"s-1\", \"participants\": 30", "\"four\": 11", "\"four\": null", marker: "null")
        #expect(schemaError(marks.text).0 == .typeMismatch(expected: .wholeNumber, found: "null"))
        #expect(schemaError(marks.text).1?.jsonPath == "$.examResults[5].marks.four")
        #expect(schemaError(marks.text).1?.location == marks.location)
        let raised = try edit("\"normative\": 61234.5", ", \"raised\": true", "", marker: "{")
        #expect(schemaError(raised.text).0 == .missingKey("raised"))
        #expect(schemaError(raised.text).1?.jsonPath == "$.financing[0]")
        #expect(schemaError(raised.text).1?.location == raised.location)
    }

    @Test func bigRecordsWrittenUnusuallyStillDecode() throws {
        let wholeDouble = try edit("\"organisationId\": \"s-1\", \"participants\": 25", "\"year\": 2017", "\"year\": 2017.0")
        let escapedKey = try edit("\"normative\": 61234.5", "\"raised\"", "\"r\\u0061ised\"")
        for text in [wholeDouble.text, escapedKey.text] {
            #expect(try DatasetCodec.decode(Array(text.utf8), file: "x").dataset == Fixtures.dataset().normalised())
        }
    }

    @Test func unknownKeysAreIgnored() throws {
        let (text, _) = try edit("\"id\": \"s-1\"", "\"pupils\": 41", "\"pupils\": 41, \"comment\": {\"any\": [1, 2]}")
        #expect(try DatasetCodec.decode(Array(text.utf8), file: "x").dataset == Fixtures.dataset().normalised())
    }
}
