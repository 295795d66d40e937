import Bilingual
import Foundation
import KachestvoCore
import TerminalKit

/// The organisation card as a form: one field per field of the data file (the field ids are the
/// file's names, so `FieldRules` checks each as it is left), and the organisation read back from
/// what the form holds.
enum OrganisationForm {
    static func fields(_ org: Organisation, _ lookup: EntryLookup, _ context: ScreenContext) -> [FormField] {
        let municipalities = lookup.dataset.municipalities.map { PickerOption(id: $0.id.rawValue, label: $0.name) }
        let centres = [PickerOption(id: "", label: context.text(.entryNone))] + centreOptions(lookup, except: org.id)
        return [
            .line("name", label: context.text(.entryName), kind: .text(maxLength: 300), text: org.name, isRequired: true),
            .picker("kind", label: context.text(.entryKind), options: Organisation.Kind.allCases.map {
                PickerOption(id: $0.rawValue, label: $0.abbreviation)
            }, chosen: org.kind.rawValue, isRequired: true),
            .picker("legalForm", label: context.text(.entryLegalForm), options: Organisation.LegalForm.allCases.map {
                PickerOption(id: $0.rawValue, label: $0.abbreviation)
            }, chosen: org.legalForm.rawValue, isRequired: true),
            .picker("municipalityId", label: context.text(.municipality), options: municipalities,
                    chosen: org.municipalityId.rawValue, isRequired: true),
            .line("settlement", label: context.text(.entrySettlement), kind: .text(maxLength: 200), text: org.settlement),
            .line("pupils", label: context.text(.pupils), kind: .integer(0...100_000), text: String(org.pupils), isRequired: true),
            .line("teachers", label: context.text(.teachers), kind: .integer(0...10_000), text: String(org.teachers), isRequired: true),
            .toggle("rural", label: context.text(.entryRural), isOn: org.rural),
            .toggle("small", label: context.text(.entrySmall), isOn: org.small),
            .picker("role", label: context.text(.entryRole), options: Organisation.Role.allCases.map {
                PickerOption(id: $0.rawValue, label: roleName($0, context))
            }, chosen: org.role.rawValue, isRequired: true),
            .picker("centreId", label: context.text(.centre), options: centres, chosen: org.centreId?.rawValue ?? ""),
        ]
    }

    /// Every УМЦ and КЦ but `except` as a choice («УМЦ · name»), in file order.
    static func centreOptions(_ lookup: EntryLookup, except: Identifier<Organisation>?) -> [PickerOption] {
        let all = lookup.dataset.organisations
        return lookup.centrePositions.lazy
            .filter { all[$0].id != except }
            .map { PickerOption(id: all[$0].id.rawValue, label: "\(all[$0].role.abbreviation) · \(all[$0].name)") }
    }

    static func roleName(_ role: Organisation.Role, _ context: ScreenContext) -> String {
        switch role {
        case .consultingCentre: context.text(.roleConsultingCentre)
        case .methodologicalCentre: context.text(.roleMethodologicalCentre)
        case .participant: context.text(.roleParticipant)
        case .none: context.text(.entryNone)
        }
    }

    /// `base` with every field the form holds as text; a text that does not read (a number being
    /// typed) leaves the base's value, the form's own check says what is wrong with it.
    static func organisation(_ base: Organisation, texts: [String: String]) -> Organisation {
        var org = base
        for (field, text) in texts { set(field, text, on: &org) }
        return org
    }

    private static func set(_ field: String, _ raw: String, on org: inout Organisation) {
        let text = raw.trimmingCharacters(in: .whitespaces)
        switch field {
        case "name": org.name = text
        case "kind": if let kind = Organisation.Kind(rawValue: text) { org.kind = kind }
        case "legalForm": if let form = Organisation.LegalForm(rawValue: text) { org.legalForm = form }
        case "municipalityId": if !text.isEmpty { org.municipalityId = Identifier(text) }
        case "settlement": org.settlement = text
        case "pupils": if let value = RecordForms.integer(text) { org.pupils = value }
        case "teachers": if let value = RecordForms.integer(text) { org.teachers = value }
        case "rural": org.rural = text == "true"
        case "small": org.small = text == "true"
        case "role": if let role = Organisation.Role(rawValue: text) { org.role = role }
        case "centreId": org.centreId = text.isEmpty ? nil : Identifier(text)
        default: break
        }
    }

    /// An id for a new organisation like the others' (see `newId(after:fallback:)`).
    static func newId(in dataset: Dataset) -> Identifier<Organisation> {
        Identifier(newId(after: dataset.organisations.map(\.id.rawValue), fallback: "org-0"))
    }

    /// An id like `ids`: the largest number after their common prefix, plus one (`nso-0042` →
    /// `nso-0043`), never one of them; `fallback` shows the form when there are none.
    static func newId(after ids: [String], fallback: String) -> String {
        let taken = Set(ids)
        let sample = ids.first ?? fallback
        let prefix = String(sample.prefix { !$0.isNumber })
        let width = max(1, sample.count - prefix.count)
        let highest = taken.compactMap { $0.hasPrefix(prefix) ? Int($0.dropFirst(prefix.count)) : nil }.max() ?? 0
        var number = highest + 1
        while taken.contains(prefix + padded(number, width)) { number += 1 }
        return prefix + padded(number, width)
    }

    private static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
