import Bilingual

/// The changes of a support case's workflow: a status moved on as `Status.allowedNext` allows, with
/// its day and comment recorded in `transitions` (and the closing day set when the case ends), and
/// the plan's steps added, edited, marked done and deleted.
public enum SupportCaseChanges {
    /// Moves `supportCase` to `status` on `day`; refused when the workflow does not allow the step
    /// or the day is before the case's last recorded day.
    public static func transition(_ supportCase: SupportCase, to status: SupportCase.Status, on day: Day,
                                  comment: String) throws(EditError) -> Change {
        if let reason = FieldRules.transitionProblem(from: supportCase.status, to: status) { throw .refused(reason) }
        let last = supportCase.lastDay
        if day < last {
            throw .refused(BilingualText(ru: "дата перехода \(day.dotted) раньше последней даты случая \(last.dotted)",
                                         en: "the transition on \(day.iso) is before the case's last date, \(last.iso)"))
        }
        var new = supportCase
        new.status = status
        new.transitions.append(SupportCase.Transition(from: supportCase.status, to: status, day: day, comment: comment))
        new.closed = status.isOpen ? nil : day
        let summary = BilingualText(ru: "Статус случая \(supportCase.id): «\(status.russianName)»",
                                    en: "Case \(supportCase.id) is now \(status.rawValue)")
        return ChangeBuilder.change(from: .supportCase(supportCase), to: .supportCase(new), summary: summary)
    }

    /// The day a form offers for the case's next step: `today` (the clock's, as the runtime read it),
    /// or the case's last recorded day when today is before it or not known.
    public static func suggestedDay(for supportCase: SupportCase, today: Day?) -> Day {
        guard let today, today >= supportCase.lastDay else { return supportCase.lastDay }
        return today
    }

    /// Adds a step at the end of the plan.
    public static func addStep(_ step: SupportCase.PlanStep, to supportCase: SupportCase) -> Change {
        plan(of: supportCase, summary: BilingualText(ru: "Добавлен шаг плана «\(step.title)»", en: "Plan step «\(step.title)» added")) {
            $0.append(step)
        }
    }

    /// Replaces step `index` (its title, due day, done).
    public static func editStep(_ index: Int, of supportCase: SupportCase, to step: SupportCase.PlanStep) -> Change {
        plan(of: supportCase, summary: BilingualText(ru: "Изменён шаг плана «\(step.title)»", en: "Plan step «\(step.title)» changed")) {
            if $0.indices.contains(index) { $0[index] = step }
        }
    }

    /// Marks step `index` done on `day` (recorded in its `doneOn`), or not done (nil: the day is cleared).
    public static func markStep(_ index: Int, of supportCase: SupportCase, doneOn day: Day?) -> Change {
        let title = supportCase.plan.indices.contains(index) ? supportCase.plan[index].title : ""
        let summary = day.map { BilingualText(ru: "Шаг плана «\(title)» выполнен \($0.dotted)", en: "Plan step «\(title)» done on \($0.iso)") }
            ?? BilingualText(ru: "Шаг плана «\(title)» не выполнен", en: "Plan step «\(title)» not done")
        return plan(of: supportCase, summary: summary) {
            guard $0.indices.contains(index) else { return }
            ($0[index].done, $0[index].doneOn) = (day != nil, day)
        }
    }

    /// Deletes step `index`.
    public static func deleteStep(_ index: Int, of supportCase: SupportCase) -> Change {
        let title = supportCase.plan.indices.contains(index) ? supportCase.plan[index].title : ""
        return plan(of: supportCase, summary: BilingualText(ru: "Удалён шаг плана «\(title)»", en: "Plan step «\(title)» deleted")) {
            if $0.indices.contains(index) { $0.remove(at: index) }
        }
    }

    private static func plan(of supportCase: SupportCase, summary: BilingualText,
                             _ change: (inout [SupportCase.PlanStep]) -> Void) -> Change {
        var new = supportCase
        change(&new.plan)
        return ChangeBuilder.change(from: .supportCase(supportCase), to: .supportCase(new), summary: summary)
    }
}

extension SupportCase {
    /// The last day in the case's history (its last transition, else the day it was opened): no
    /// transition may be dated before it.
    public var lastDay: Day { transitions.last?.day ?? opened }
}
