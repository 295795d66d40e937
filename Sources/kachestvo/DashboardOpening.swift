import Bilingual
import ArgumentParser
import Foundation
import KachestvoApp
import KachestvoCore
import KachestvoStore

/// What the dashboard shows first, found before the terminal is taken over so that a file that
/// cannot be opened at all is reported on stderr with its exit code, as every command does.
/// A data file opened before and unchanged since shows at once from its snapshot's front: the
/// outline with the digest's figures. Otherwise a file in Kachestvo's own layout opens from its
/// outline (names and hierarchy, read in a fraction of the time). Either way the records load in
/// the background; anything else loads whole.
enum DashboardOpening {
    /// Ready to show: the whole region, or the outline with the figures still to come (and, read from
    /// the file itself, the outline whose records are being read on).
    enum First {
        case complete(LoadedRegion, check: RegionCheck?)
        case outline(AppModel, DataSource, continuing: LoadedOutline?)
    }

    static func prepare(explicit: String?, language: Language, loader: RegionLoader) throws -> First {
        let source = DataFileLocator.resolve(explicit: explicit, environment: ProcessInfo.processInfo.environment) {
            FileManager.default.fileExists(atPath: $0)
        }
        if case .file(let path, _) = source, let model = fromSnapshot(path, cache: loader.cache) {
            return .outline(model, source, continuing: nil)
        }
        do throws(StoreError) {
            if case .file(let path, _) = source, DataLoading.isLarge(path),
               let outline = try DataStore().loadOutline(path, readingRecords: true) {
                return .outline(AppModel(index: RegionIndex(outline.dataset)), source, continuing: outline)
            }
            if case .file(let path, _) = source { DataLoading.announceIfLarge(path, language: language) }
            let (region, check) = try loader.read(source)
            return .complete(region, check: check)
        } catch {
            throw DataLoading.fail(error, language: language)
        }
    }

    /// The outline and figures of the file's snapshot, when it has one made from the file as it is.
    private static func fromSnapshot(_ path: String, cache: SnapshotCache?) -> AppModel? {
        guard let (outline, digest) = cache?.loadFront(for: path) else { return nil }
        return AppModel(outline: RegionIndex(outline, digest: digest), digest: digest)
    }
}
