import Foundation
import KachestvoApp
import KachestvoCore
import KachestvoStore

/// The dashboard's data file read from the first moment of the process, on the core that starting the
/// runtime and parsing the command line leave idle (some 5–10 ms of a first frame that is due in 50).
/// Only the arguments that name the file are looked at, crudely; `DashboardCommand` takes the result
/// only when its parsed options name the same file, and reads the file itself otherwise.
struct EarlyOpening: Sendable {
    /// `--data` as the arguments seemed to give it.
    let explicit: String?
    let loader: RegionLoader
    /// The opening as `DashboardOpening.prepare` gives it.
    let opening: Pending<Result<DashboardOpening.First?, StoreError>>

    /// Starts reading when `arguments` (without the program's name) run the dashboard; nil when they
    /// name one of the `subcommands` or ask for help, the version or completions.
    static func start(arguments: [String], subcommands: [String], environment: [String: String]) -> EarlyOpening? {
        guard !arguments.contains(where: subcommands.contains), let explicit = dataArgument(arguments) else { return nil }
        let (loader, opening) = start(explicit: explicit, environment: environment)
        return EarlyOpening(explicit: explicit, loader: loader, opening: opening)
    }

    /// Starts reading the file `explicit` names (or the one found without it) on another core.
    static func start(explicit: String?, environment: [String: String])
        -> (RegionLoader, Pending<Result<DashboardOpening.First?, StoreError>>) {
        let loader = RegionLoader(cache: SnapshotCache.standard(environment: environment))
        return (loader, Pending { DashboardOpening.preparing(explicit: explicit, loader: loader) })
    }

    /// The early reading when it reads the file `explicit` names.
    static func taken(for explicit: String?) -> (RegionLoader, Pending<Result<DashboardOpening.First?, StoreError>>)? {
        guard let early = Kachestvo.early, early.explicit == explicit else { return nil }
        return (early.loader, early.opening)
    }

    /// The value of `--data` (`.some(nil)` without one); nil when the arguments ask for help, the
    /// version or completions.
    static func dataArgument(_ arguments: [String]) -> String?? {
        var data: String?? = .some(nil)
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if ["--help", "-h", "help", "--version"].contains(argument) || argument.hasPrefix("--generate-completion")
                || argument.hasPrefix("--experimental") { return nil }
            if argument == "--data" {
                guard index + 1 < arguments.endIndex else { return nil }
                data = .some(arguments[index + 1])
                index += 1
            } else if argument.hasPrefix("--data=") {
                data = .some(String(argument.dropFirst("--data=".count)))
            }
            index += 1
        }
        return data
    }
}
