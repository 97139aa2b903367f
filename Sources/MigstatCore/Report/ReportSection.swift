/// One table of the report that a feed brings (REPORT.md): the page loops
/// over the registry's sections in registry order and knows none of them.
/// A section is its `<table id>`, the labels it shows, how it reads the
/// database, and its template `pipelines/report/sections/<id>.mustache`,
/// rendered with what its content gives for the page.
struct ReportSection: Sendable {
    /// The table's id on the page (`<table id="…">`, REPORT.md) and its template's name.
    let id: String
    /// The keys of `labels.yaml` it shows: each must have a text in every language.
    let labels: [String]
    /// Files of the pipelines folder it reads besides the database (an analysts' file of targets):
    /// the report is written again when one changes, as when a template does.
    let inputs: [String]
    /// How the measures of the feed's statistics table behave over a year's
    /// quarters, where the section shows on the quarterly page (REPORT.md):
    /// there it reads the same SQL from the quarterly rows (ReportPeriods). nil: not on it.
    let periods: PeriodMeasures?
    /// Reads what the section shows, once per report (numbers checked by `ReportValue`).
    let read: @Sendable (ReportReader) throws -> any ReportSectionContent

    init(id: String, labels: [String], inputs: [String] = [], periods: PeriodMeasures? = nil,
         read: @escaping @Sendable (ReportReader) throws -> any ReportSectionContent) {
        (self.id, self.labels, self.inputs, self.periods, self.read) = (id, labels, inputs, periods, read)
    }

    /// The template's name in the library, as `{{>*partial}}` asks for it.
    var partial: String { "sections/\(id)" }
}

/// What a section read from the database, turned into its Mustache context
/// for one page: rows with their coordinates (`data-*`) and cells, charts as
/// markup for `{{{triple}}}` tags. nil where the page does not show it.
protocol ReportSectionContent {
    func context(on page: ReportSectionPage) -> [String: Any]?
    /// Months of each year the section's feed covers, where it knows them:
    /// a column of a year covering fewer than 12 says so in its heading.
    var coverage: [Int: Int] { get }
}

extension ReportSectionContent {
    var coverage: [Int: Int] { [:] }
}
