import ArgumentParser

/// The dashboard is the default command, but ArgumentParser's `kachestvo --help` lists only the root's
/// own options: this puts the dashboard's usage and options there too, taken from the dashboard
/// command's own help so that the two never disagree.
enum DashboardHelp {
    /// Whether this run may print help (or dump it, for the manual and completions): only then is the
    /// dashboard's part of it built — rendering another command's help costs a tenth of a start.
    static var isAsked: Bool {
        CommandLine.arguments.dropFirst().contains {
            ["--help", "-h", "help"].contains($0) || $0.hasPrefix("--experimental-dump-help") || $0.hasPrefix("--generate-completion")
        }
    }

    /// `kachestvo [--data <file>] …` (the dashboard) above `kachestvo <subcommand>`.
    static var usage: String {
        let dashboard = DashboardCommand.usageString().drop { $0 != " " }
        // ArgumentParser indents the lines after the first of a usage itself.
        return "kachestvo\(dashboard)\nkachestvo <subcommand>"
    }

    /// The OPTIONS section of `kachestvo dashboard --help` without `--help` and `--version` (the root
    /// lists those itself), titled for the root. Wrapped to the same width as the root's help, so that
    /// it is not wrapped a second time.
    static var options: String {
        let help = DashboardCommand.helpMessage()
        guard let start = help.range(of: "OPTIONS:\n") else { return "" }
        let lines = help[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("--help") && !$0.contains("--version") }
        let section = lines.joined(separator: "\n")
        return "DASHBOARD OPTIONS (kachestvo [dashboard] …):\n" + section.prefix(through: section.lastIndex { !$0.isWhitespace } ?? section.startIndex)
    }
}
