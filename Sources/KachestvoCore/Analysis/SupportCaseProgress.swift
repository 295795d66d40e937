/// How far a support case's plan has got on a given day: steps done, and steps overdue — not done
/// and due before that day, while the case is open (a closed or cancelled case has nothing overdue).
extension SupportCase {
    public var stepsDone: Int { plan.reduce(0) { $0 + ($1.done ? 1 : 0) } }

    public func isOverdue(_ step: PlanStep, on day: Day) -> Bool {
        status.isOpen && !step.done && step.due < day
    }

    public func overdueSteps(on day: Day) -> Int {
        plan.reduce(0) { $0 + (isOverdue($1, on: day) ? 1 : 0) }
    }

    /// The latest day the cases record (opened or closed): the «today» of the data, so that what is
    /// overdue depends on the data, not on the clock. Nil without cases.
    public static func latestRecordedDay(of cases: [SupportCase]) -> Day? {
        cases.reduce(nil as Day?) { latest, supportCase in
            [latest, supportCase.opened, supportCase.closed].compactMap { $0 }.max()
        }
    }
}
