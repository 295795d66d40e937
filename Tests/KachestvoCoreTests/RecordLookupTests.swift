import Testing
@testable import KachestvoCore

/// The lookups the index uses for millions of results: they must give what a dictionary gives,
/// whatever order the ids come in.
@Suite struct RecordLookupTests {
    @Test func subjectLookupAgreesWithTheDictionaryInAnyOrder() {
        let ids: [Identifier<Subject>] = ["ege-rus", "ege-math", "oge-rus", "oge-math", "ege-physics"]
        let index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        var lookup = SubjectLookup(index)
        // A repeated order (predicted), a changed order, an unknown id, and repeats of one subject.
        let sequence: [Identifier<Subject>] = ids + ids + ["oge-math", "ege-rus", "nope", "ege-rus", "ege-rus", "ege-math"]
            + ids.reversed()
        for id in sequence { #expect(lookup(id) == index[id], "\(id.rawValue)") }
    }

    @Test func yearSlotsAgreeWithTheDictionary() {
        let index = [2014: 0, 2016: 1, 2019: 2]
        let years = YearSlots(index)
        for year in [2013, 2014, 2015, 2016, 2019, 2020, Int.min, Int.max] { #expect(years[year] == index[year]) }
    }

    @Test func yearsStrewnOverCenturiesStillLookUp() {
        let index = [1: 0, 2019: 1, 99_999: 2]
        let years = YearSlots(index)
        for year in [1, 2019, 99_999, 5000] { #expect(years[year] == index[year]) }
    }
}
