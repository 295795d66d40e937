import KachestvoCore

/// Writes the three big arrays (exam results, financing, risk profiles: nearly all of a region's
/// file) straight from their values, in exactly the text `JSONWriter` gives their encoded trees:
/// one record per line, keys in sorted order, members absent where the encoder omits them. Each
/// key goes out with its punctuation as one literal: a save writes millions of them.
enum BulkRecordWriter {
    /// Writers for the three root members, keyed by their names in a `Dataset`'s encoding; nil when
    /// a number in them is not finite (the generic encoder then names it).
    static func members(of dataset: Dataset) -> [String: JSONWriter.MemberWriter]? {
        guard dataset.examResults.allSatisfy({ $0.mean.isFinite }),
              dataset.financing.allSatisfy({ $0.normative.isFinite && $0.coefficient.isFinite }),
              dataset.riskProfiles.allSatisfy({ $0.factors.values.allSatisfy(\.isFinite) }) else { return nil }
        return [
            "examResults": { output, indent in write(dataset.examResults, indent: indent, into: &output, record: examResult) },
            "financing": { output, indent in write(dataset.financing, indent: indent, into: &output, record: financing) },
            "riskProfiles": { output, indent in write(dataset.riskProfiles, indent: indent, into: &output, record: riskProfile) },
        ]
    }

    private static func write<Records: Collection>(_ records: Records, indent: Int, into output: inout [UInt8],
                                                   record: (Records.Element, inout [UInt8]) -> Void) {
        guard !records.isEmpty else { return JSONWriter.append("[]", into: &output) }
        JSONWriter.writeLines(of: records, indent: indent, into: &output, element: record)
    }

    private static func examResult(_ result: ExamResult, into output: inout [UInt8]) {
        JSONWriter.append("{\"belowMinimum\": ", into: &output)
        JSONWriter.writeInteger(result.belowMinimum, into: &output)
        JSONWriter.append(", \"high\": ", into: &output)
        JSONWriter.writeInteger(result.high, into: &output)
        JSONWriter.append(", \"hundreds\": ", into: &output)
        JSONWriter.writeInteger(result.hundreds, into: &output)
        if let marks = result.marks {
            JSONWriter.append(", \"marks\": {\"five\": ", into: &output)
            JSONWriter.writeInteger(marks.five, into: &output)
            JSONWriter.append(", \"four\": ", into: &output)
            JSONWriter.writeInteger(marks.four, into: &output)
            JSONWriter.append(", \"three\": ", into: &output)
            JSONWriter.writeInteger(marks.three, into: &output)
            JSONWriter.append(", \"two\": ", into: &output)
            JSONWriter.writeInteger(marks.two, into: &output)
            output.append(UInt8(ascii: "}"))
        }
        JSONWriter.append(", \"mean\": ", into: &output)
        JSONWriter.writeDouble(result.mean, into: &output)
        JSONWriter.append(", \"organisationId\": ", into: &output)
        JSONWriter.writeString(result.organisationId.rawValue, into: &output)
        JSONWriter.append(", \"participants\": ", into: &output)
        JSONWriter.writeInteger(result.participants, into: &output)
        JSONWriter.append(", \"subjectId\": ", into: &output)
        JSONWriter.writeString(result.subjectId.rawValue, into: &output)
        JSONWriter.append(", \"year\": ", into: &output)
        JSONWriter.writeInteger(result.year, into: &output)
        output.append(UInt8(ascii: "}"))
    }

    private static func financing(_ financing: Financing, into output: inout [UInt8]) {
        JSONWriter.append("{\"coefficient\": ", into: &output)
        JSONWriter.writeDouble(financing.coefficient, into: &output)
        JSONWriter.append(", \"normative\": ", into: &output)
        JSONWriter.writeDouble(financing.normative, into: &output)
        JSONWriter.append(", \"organisationId\": ", into: &output)
        JSONWriter.writeString(financing.organisationId.rawValue, into: &output)
        JSONWriter.append(", \"raised\": ", into: &output)
        JSONWriter.append(financing.raised ? "true" : "false", into: &output)
        JSONWriter.append(", \"year\": ", into: &output)
        JSONWriter.writeInteger(financing.year, into: &output)
        output.append(UInt8(ascii: "}"))
    }

    private static func riskProfile(_ profile: RiskProfile, into output: inout [UInt8]) {
        JSONWriter.append("{\"factors\": ", into: &output)
        output.append(UInt8(ascii: "{"))
        var separator = false
        for factor in factorsInKeyOrder {
            guard let level = profile.factors[factor] else { continue }
            if separator { JSONWriter.append(", ", into: &output) }
            separator = true
            JSONWriter.writeString(factor.rawValue, into: &output)
            JSONWriter.append(": ", into: &output)
            JSONWriter.writeDouble(level, into: &output)
        }
        output.append(UInt8(ascii: "}"))
        JSONWriter.append(", \"organisationId\": ", into: &output)
        JSONWriter.writeString(profile.organisationId.rawValue, into: &output)
        JSONWriter.append(", \"year\": ", into: &output)
        JSONWriter.writeInteger(profile.year, into: &output)
        output.append(UInt8(ascii: "}"))
    }

    private static let factorsInKeyOrder = RiskFactor.allCases.sorted { $0.rawValue < $1.rawValue }
}
