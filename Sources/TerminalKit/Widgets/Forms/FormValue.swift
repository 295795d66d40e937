/// A committed field's value, typed by its kind. The app maps it onto its own types.
public enum FormValue: Hashable, Sendable {
    /// An optional field left blank (or a picker with nothing chosen).
    case empty
    case text(String)
    case integer(Int)
    /// A decimal number, typed with `,` or `.`.
    case decimal(Double)
    case date(FormDate)
    case toggle(Bool)
    case choice(PickerOption)
}

/// A calendar day as a form reads it (ДД.ММ.ГГГГ); TerminalKit has no date type of its own, so the
/// app maps it to its own. Only days the Gregorian calendar has can be made.
public struct FormDate: Hashable, Sendable, Comparable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Nil for a day the calendar does not have (31.02.2024, 29.02.2023, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Self.days(inMonth: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `01.09.2017`.
    public var text: String {
        func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let year = String(self.year)
        return "\(twoDigits(day)).\(twoDigits(month)).\(String(repeating: "0", count: max(0, 4 - year.count)))\(year)"
    }

    public static func < (left: FormDate, right: FormDate) -> Bool {
        (left.year, left.month, left.day) < (right.year, right.month, right.day)
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
