extension RegionIndex {
    /// Every organisation's own result in one subject and year, in dataset order: the schools behind
    /// a region's figure. One pass over the records, with no lookup by id.
    public func results(year: Int, subject: Identifier<Subject>) -> [(organisation: Int, result: ExamResult)] {
        guard let yearSlot = yearIndex[year].map(Int16.init), let subjectSlot = subjectIndex[subject].map(Int16.init) else { return [] }
        let (records, examResults) = (self.records, dataset.examResults)
        var found: [(organisation: Int, result: ExamResult)] = []
        for org in dataset.organisations.indices {
            for result in records.results(of: org).map(Int.init)
            where records.resultYearSlot[result] == yearSlot && records.resultSubjectSlot[result] == subjectSlot {
                found.append((org, examResults[result]))
                break
            }
        }
        return found
    }
}
