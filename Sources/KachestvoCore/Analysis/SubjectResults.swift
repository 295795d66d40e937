extension RegionIndex {
    /// Every organisation's own result in one subject and year, in dataset order: the schools behind
    /// a region's figure. O(organisations), with no lookup by id.
    public func results(year: Int, subject: Identifier<Subject>) -> [(organisation: Int, result: ExamResult)] {
        guard let yearSlot = yearIndex[year], let subjectSlot = subjectIndex[subject] else { return [] }
        return dataset.organisations.indices.compactMap { org in
            records.result(of: org, yearSlot: yearSlot, subjectSlot: subjectSlot).map { (org, dataset.examResults[$0]) }
        }
    }
}
