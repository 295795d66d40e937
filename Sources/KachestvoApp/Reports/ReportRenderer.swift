import Bilingual
import Foundation
import KachestvoCore

/// Writes a `RegionSummary` as plain text, Markdown or JSON, in either language. Every form says
/// when the data is the synthetic demo region; JSON also gives each flagged organisation its reasons,
/// in words and as figures. Names and ids from the data file are made inert for the format
/// (`ReportText`): no name can send the terminal a control sequence.
public struct ReportRenderer {
    let summary: RegionSummary
    let language: Language
    let index: RegionIndex

    public init(summary: RegionSummary, language: Language, index: RegionIndex) {
        self.summary = summary
        self.language = language
        self.index = index
    }

    /// Municipality name of an organisation, for the lists of flagged organisations.
    private func municipalityName(_ org: Organisation) -> String {
        index.municipality(org.municipalityId)?.name ?? org.municipalityId.rawValue
    }

    /// Why `org` carries `flag` in the summary's year.
    private func reasons(_ org: Organisation, _ flag: Flag) -> [FlagReason] {
        guard let year = summary.year, let slot = index.organisationIndex[org.id] else { return [] }
        return index.flags(organisation: slot, year: year).first { $0.flag == flag }?.reasons ?? []
    }

    public func render(_ format: ReportFormat) throws -> String {
        switch format {
        case .text: document(markdown: false)
        case .markdown: document(markdown: true)
        case .json: try json()
        }
    }

    private func text(_ key: UIText) -> String { key(language) }

    /// Text from the data file, safe for the format.
    private func data(_ text: String, markdown: Bool) -> String {
        markdown ? ReportText.markdown(text) : ReportText.plain(text)
    }

    /// A section heading: `## Name` in Markdown, `NAME` in plain text.
    private func heading(_ key: UIText, markdown: Bool) -> String {
        markdown ? "## \(text(key))" : text(key).uppercased()
    }

    private func document(markdown: Bool) -> String {
        var out: [String] = []
        let yearText = summary.year.map { AcademicYear(year: $0).label } ?? "—"
        let title = "\(data(summary.regionName, markdown: markdown)): \(text(.reportTitle)), \(yearText)"
        out.append(markdown ? "# \(title)" : title)
        if summary.demo {
            out.append(text(.reportDemoNotice))
        }
        out.append("")
        let counts: [(String, Int)] = [
            (text(.reportConsultingCentres), summary.consultingCentres),
            (text(.reportMethodologicalCentres), summary.methodologicalCentres),
            (text(.reportSchools), summary.schools),
            (text(.reportPupils), summary.pupils),
            (text(.reportTeachers), summary.teachers),
            (text(.reportMunicipalities), summary.municipalities),
            (text(.reportOpenSupportCases), summary.openSupportCases),
        ]
        out.append(heading(.reportNetwork, markdown: markdown))
        for (label, value) in counts {
            out.append(markdown ? "- \(label): \(NumberText.grouped(value, language))"
                                : "  \(label.padding(toLength: 40, withPad: " ", startingAt: 0)) \(NumberText.grouped(value, language))")
        }
        out.append("")
        out.append(contentsOf: examSection(markdown: markdown))
        out.append("")
        out.append(contentsOf: flagSection(markdown: markdown))
        return out.joined(separator: "\n") + "\n"
    }

    private func examSection(markdown: Bool) -> [String] {
        var out = [heading(.reportExams, markdown: markdown)]
        let header = [text(.reportExam), text(.subject), text(.reportParticipants), text(.reportMean),
                      "Δ", text(.reportBelowMinimum), "81–100 / «5»", "100"]
        var rows: [[String]] = []
        for line in summary.subjects {
            let digits = line.subject.scale == .mark5 ? 2 : 1
            let mean = line.now.mean ?? 0
            let change = line.previous?.mean.map { (mean - $0 >= 0 ? "+" : "") + NumberText.fixed(mean - $0, digits: digits, language) } ?? "—"
            rows.append([line.subject.exam.abbreviation, data(line.subject.name, markdown: markdown), NumberText.grouped(line.now.participants, language),
                         NumberText.fixed(mean, digits: digits, language), change,
                         NumberText.percent(line.now.belowMinimumShare ?? 0, digits: 1, language),
                         NumberText.percent(line.now.highShare ?? 0, digits: 1, language),
                         line.subject.scale == .score100 ? "\(line.now.hundreds)" : "—"])
        }
        if markdown {
            out.append("| " + header.joined(separator: " | ") + " |")
            out.append("|" + header.indices.map { $0 < 2 ? "---|" : "---:|" }.joined())
            out += rows.map { "| " + $0.joined(separator: " | ") + " |" }
        } else {
            let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
            for row in [header] + rows {
                out.append("  " + row.indices.map { column in
                    let cell = row[column]
                    let pad = String(repeating: " ", count: widths[column] - cell.count)
                    return column < 2 ? cell + pad : pad + cell
                }.joined(separator: "  "))
            }
        }
        return out
    }

    private func flagSection(markdown: Bool) -> [String] {
        var out = [heading(.reportFlags, markdown: markdown)]
        for line in summary.flags {
            let heading = "\(line.flag.title.text(language)) (\(line.flag.rawValue)): \(line.organisations.count)"
            out.append(markdown ? "### \(heading)" : "  \(heading)")
            for org in line.organisations {
                let name = data(org.name, markdown: markdown), municipality = data(municipalityName(org), markdown: markdown)
                out.append(markdown ? "- \(name) — \(municipality) (\(ReportText.markdownCode(org.id.rawValue)))"
                                    : "      \(name) — \(municipality) [\(ReportText.plain(org.id.rawValue))]")
            }
        }
        return out
    }

    private struct JSONReport: Encodable {
        struct SubjectEntry: Encodable {
            var id: String, name: String, exam: String, participants: Int
            var mean: Double, previousMean: Double?, belowMinimumShare: Double, highShare: Double, hundreds: Int
        }
        struct FlagEntry: Encodable {
            struct Reason: Encodable { var text: String, figures: FlagReason }
            struct Entry: Encodable { var id: String, name: String, municipality: String, reasons: [Reason] }
            var code: String, title: String, count: Int, organisations: [Entry]
        }
        var region: String, demo: Bool, year: Int?
        var consultingCentres: Int, methodologicalCentres: Int, schools: Int, pupils: Int, teachers: Int
        var municipalities: Int, openSupportCases: Int
        var subjects: [SubjectEntry], flags: [FlagEntry]
    }

    private func json() throws -> String {
        func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
        let report = JSONReport(
            region: summary.regionName, demo: summary.demo, year: summary.year,
            consultingCentres: summary.consultingCentres, methodologicalCentres: summary.methodologicalCentres,
            schools: summary.schools, pupils: summary.pupils, teachers: summary.teachers,
            municipalities: summary.municipalities, openSupportCases: summary.openSupportCases,
            subjects: summary.subjects.map { line in
                JSONReport.SubjectEntry(
                    id: line.subject.id.rawValue, name: line.subject.name, exam: line.subject.exam.rawValue,
                    participants: line.now.participants, mean: rounded(line.now.mean ?? 0),
                    previousMean: line.previous?.mean.map(rounded), belowMinimumShare: rounded(line.now.belowMinimumShare ?? 0),
                    highShare: rounded(line.now.highShare ?? 0), hundreds: line.now.hundreds)
            },
            flags: summary.flags.map { line in
                JSONReport.FlagEntry(code: line.flag.rawValue, title: line.flag.title.text(language),
                                     count: line.organisations.count,
                                     organisations: line.organisations.map { org in
                                         .init(id: org.id.rawValue, name: org.name, municipality: municipalityName(org),
                                               reasons: reasons(org, line.flag).map {
                                                   .init(text: FlagReasonText.text($0, language, index: index), figures: $0)
                                               })
                                     })
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ReportText.escapingControls(inJSON: String(decoding: try encoder.encode(report), as: UTF8.self)) + "\n"
    }
}
