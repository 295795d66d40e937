import KachestvoCore

/// The list behind a map tile: the municipality's schools with their own value of the indicator.
enum MapDrill {
    static func request(municipality: Int, indicator: AreaIndicator, _ context: ScreenContext) -> OrganisationDrill {
        let index = context.model.index, year = context.year
        let rows = index.organisations(inMunicipality: municipality).map { org in
            DrilledOrganisation(
                id: index.dataset.organisations[org].id,
                value: indicator.value(organisation: org, year: year, index: index, digest: context.model.digest)
                    .map(indicator.schoolValue))
        }
        let name = index.dataset.municipalities[municipality].name
        return OrganisationDrill(
            title: "\(name): \(context.text(indicator.title)), \(AcademicYear(year: year).label)",
            valueTitle: context.text(indicator.schoolValueTitle), rows: rows, decimals: indicator.schoolDecimals)
    }
}
