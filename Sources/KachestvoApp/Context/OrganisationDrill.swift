import KachestvoCore

/// The organisations behind a figure, bar, cell or tile, with the value each contributes: what a
/// screen asks the shell to list when Enter is pressed on a number (`ScreenContext.drill`). The
/// shell shows them in a sortable list; Enter on one opens it on the Network screen.
public struct OrganisationDrill: Sendable, Equatable {
    /// What the list is, e.g. «ЕГЭ, Русский язык: ниже минимума — КЦ № 3».
    public var title: String
    /// The header of the value column, e.g. «Средний балл»; empty when the rows have no values.
    public var valueTitle: String
    public var rows: [DrilledOrganisation]
    /// Digits after the decimal point of the values.
    public var decimals: Int

    public init(title: String, valueTitle: String = "", rows: [DrilledOrganisation], decimals: Int = 1) {
        self.title = title
        self.valueTitle = valueTitle
        self.rows = rows
        self.decimals = decimals
    }
}

/// One organisation of an `OrganisationDrill` and its value (nil where it has none, listed last).
public struct DrilledOrganisation: Sendable, Equatable {
    public var id: Identifier<Organisation>
    public var value: Double?

    public init(id: Identifier<Organisation>, value: Double? = nil) {
        self.id = id
        self.value = value
    }
}
