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

    /// What to show first of the file `explicit` names (or the one found without it); nil for a
    /// large file that has to be read whole (`readWhole`), which takes long enough to be announced.
    static func prepare(explicit: String?, loader: RegionLoader) throws(StoreError) -> First? {
        let source = source(explicit: explicit)
        if case .file(let path, _) = source, let model = fromSnapshot(path, cache: loader.cache) {
            return .outline(model, source, continuing: nil)
        }
        if case .file(let path, _) = source, DataLoading.isLarge(path) {
            guard let outline = try DataStore().loadOutline(path, readingRecords: true) else { return nil }
            return .outline(AppModel(index: RegionIndex(outline.dataset)), source, continuing: outline)
        }
        return try readWhole(source, loader: loader)
    }

    /// `prepare` as a result to hand across threads.
    static func preparing(explicit: String?, loader: RegionLoader) -> Result<First?, StoreError> {
        do throws(StoreError) {
            return .success(try prepare(explicit: explicit, loader: loader))
        } catch {
            return .failure(error)
        }
    }

    /// What `preparing` gave, or the file read whole where it left that to be announced first; a file
    /// that cannot be opened is reported on stderr in `language`, ending with its exit code.
    static func opened(_ prepared: Result<First?, StoreError>, explicit: String?, loader: RegionLoader,
                       language: Language) throws -> First {
        switch prepared {
        case .success(let first?): return first
        case .failure(let error): throw DataLoading.fail(error, language: language)
        case .success(nil):
            do throws(StoreError) {
                return try readWhole(explicit: explicit, loader: loader, language: language)
            } catch {
                throw DataLoading.fail(error, language: language)
            }
        }
    }

    /// The region of the file `explicit` names read whole, announced on stderr in `language` first.
    static func readWhole(explicit: String?, loader: RegionLoader, language: Language) throws(StoreError) -> First {
        let source = source(explicit: explicit)
        if case .file(let path, _) = source { DataLoading.announceIfLarge(path, language: language) }
        return try readWhole(source, loader: loader)
    }

    private static func readWhole(_ source: DataSource, loader: RegionLoader) throws(StoreError) -> First {
        let (region, check) = try loader.read(source)
        return .complete(region, check: check)
    }

    /// The data source `explicit` (or, without it, the environment and the default file) names.
    static func source(explicit: String?) -> DataSource {
        DataFileLocator.resolve(explicit: explicit, environment: ProcessInfo.processInfo.environment) {
            FileManager.default.fileExists(atPath: $0)
        }
    }

    /// The outline and figures of the file's snapshot, when it has one made from the file as it is.
    private static func fromSnapshot(_ path: String, cache: SnapshotCache?) -> AppModel? {
        guard let (outline, digest) = cache?.loadFront(for: path) else { return nil }
        return AppModel(outline: RegionIndex(outline, digest: digest), digest: digest)
    }
}
