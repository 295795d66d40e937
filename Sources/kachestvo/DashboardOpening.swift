import Bilingual
import ArgumentParser
import Foundation
import KachestvoApp
import KachestvoCore
import KachestvoStore

/// What the dashboard shows first, found before the terminal is taken over so that a file that
/// cannot be opened at all is reported on stderr with its exit code, as every command does.
/// A data file in Kachestvo's own layout opens from its outline (names and hierarchy, read in a
/// fraction of the time) while the figures load in the background; anything else loads whole.
enum DashboardOpening {
    /// Ready to show: the whole region, or the outline with the figures still to come.
    enum First {
        case complete(LoadedRegion, later: [AppEvent])
        case outline(AppModel, DataSource)
    }

    static func prepare(explicit: String?, language: Language, loader: RegionLoader) throws -> First {
        let source = DataFileLocator.resolve(explicit: explicit, environment: ProcessInfo.processInfo.environment) {
            FileManager.default.fileExists(atPath: $0)
        }
        do throws(StoreError) {
            if case .file(let path, _) = source, let outline = try DataStore().loadOutline(path) {
                let (index, search) = Concurrently.run({ RegionIndex(outline.dataset) }, { SearchIndex(outline.dataset) })
                return .outline(AppModel(index: index, search: search), source)
            }
            if case .file(let path, _) = source { DataLoading.announceIfLarge(path, language: language) }
            let (region, later) = try loader.loadNow(source)
            return .complete(region, later: later)
        } catch {
            throw DataLoading.fail(error, language: language)
        }
    }
}
