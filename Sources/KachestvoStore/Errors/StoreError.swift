import Bilingual
import KachestvoCore

/// Anything that can go wrong reading or writing a data file, with the file, the place in it
/// (line, column, JSON path) where that applies, and a plain sentence in Russian and English.
///
/// `message(.en)` reads like
/// `data.json:12:7: $.organisations[3].pupils: expected a whole number, found "много"`.
public struct StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The step of a save that failed.
    public enum WriteStep: Equatable, Sendable {
        case createFolder, lock, createTemporary, write, sync, backup, rename

        var text: BilingualText {
            switch self {
            case .createFolder: BilingualText(ru: "создание папки", en: "creating the folder")
            case .lock: BilingualText(ru: "блокировка файла", en: "locking the file")
            case .createTemporary: BilingualText(ru: "создание временного файла", en: "creating the temporary file")
            case .write: BilingualText(ru: "запись", en: "writing")
            case .sync: BilingualText(ru: "сброс на диск", en: "flushing to disk")
            case .backup: BilingualText(ru: "сохранение резервной копии", en: "keeping a backup")
            case .rename: BilingualText(ru: "замена файла", en: "replacing the file")
            }
        }
    }

    /// What went wrong.
    public enum Kind: Equatable, Sendable {
        case fileMissing
        case permissionDenied
        case isDirectory
        case empty
        case tooLarge(bytes: Int)
        case readFailed(errno: Int32)
        case notUTF8(byteOffset: Int)
        case syntax(SyntaxProblem)
        case schema(SchemaProblem)
        /// `format` is absent (nil) or names another kind of file.
        case wrongFormat(found: String?)
        case unsupportedSchemaVersion(found: Int, supported: ClosedRange<Int>)
        /// The dataset holds a value JSON cannot carry (such as NaN).
        case notEncodable(detail: String)
        case writeFailed(step: WriteStep, errno: Int32)
        /// Someone saved the file since it was loaded (`found` is nil when it vanished or is unreadable).
        case revisionConflict(expected: Int, found: Int?)
        /// The file was deleted since it was loaded at `revision`: nothing is written (recreating it
        /// could resurrect what someone removed on purpose).
        case deletedSinceLoad(revision: Int)
        /// Another process held the save lock (the error's file) for `waitedSeconds`; `holder` is its
        /// pid when it wrote one and is still running.
        case locked(holder: Int32?, waitedSeconds: Double)
        /// The data file was saved, but its audit journal (the error's file) could not be appended to.
        case journalFailed(errno: Int32)
    }

    public var kind: Kind
    /// The file concerned: the data file, or for a failed write the exact path that failed.
    public var file: String
    public var position: SourcePosition?
    public var jsonPath: String?

    public init(_ kind: Kind, file: String, position: SourcePosition? = nil, jsonPath: String? = nil) {
        self.kind = kind
        self.file = file
        self.position = position
        self.jsonPath = jsonPath
    }

    /// `file:line:column`, or just the file when there is no position.
    public var location: String {
        guard let position else { return file }
        return "\(file):\(position.line):\(position.column)"
    }

    /// The full message: location, JSON path, then the sentence.
    public func message(_ language: Language) -> String {
        var parts = location.isEmpty ? [] : [location]
        if let jsonPath { parts.append(jsonPath) }
        parts.append(text.text(language))
        return parts.joined(separator: ": ")
    }

    public var description: String { message(.en) }

    /// The sentence alone, without location.
    public var text: BilingualText {
        switch kind {
        case .fileMissing: BilingualText(ru: "файл не найден", en: "the file does not exist")
        case .permissionDenied: BilingualText(ru: "нет прав на чтение файла", en: "no permission to read the file")
        case .isDirectory: BilingualText(ru: "это папка, а не файл данных", en: "this is a folder, not a data file")
        case .empty: SyntaxProblem.empty.text
        case .tooLarge(let bytes):
            BilingualText(ru: "файл слишком велик (\(bytes) байт, предел 512 МиБ)", en: "the file is too large (\(bytes) bytes, the limit is 512 MiB)")
        case .readFailed(let code):
            BilingualText(ru: "не удалось прочитать файл: \(ErrnoText.describe(code).ru)",
                          en: "could not read the file: \(ErrnoText.describe(code).en)")
        case .notUTF8(let offset):
            BilingualText(ru: "файл не в кодировке UTF-8: недопустимый байт по смещению \(offset)",
                          en: "the file is not valid UTF-8: invalid byte at offset \(offset)")
        case .syntax(let problem): problem.text
        case .schema(let problem): problem.text
        case .wrongFormat(nil):
            BilingualText(ru: "это не файл данных «Качество»: нет поля format", en: "this is not a Kachestvo data file: it has no “format” field")
        case .wrongFormat(let found?):
            BilingualText(ru: "это не файл данных «Качество»: format = «\(found)», ожидалось «\(Dataset.formatName)»",
                          en: "this is not a Kachestvo data file: format is “\(found)”, expected “\(Dataset.formatName)”")
        case .unsupportedSchemaVersion(let found, let supported) where found > supported.upperBound:
            BilingualText(ru: "файл записан более новой версией программы (схема \(found), эта версия понимает до \(supported.upperBound)); обновите программу",
                          en: "the file was written by a newer version (schema \(found); this build reads up to \(supported.upperBound)); please upgrade")
        case .unsupportedSchemaVersion(let found, let supported):
            BilingualText(ru: "неизвестная версия схемы \(found) (поддерживаются \(supported.lowerBound)…\(supported.upperBound))",
                          en: "unknown schema version \(found) (supported: \(supported.lowerBound)…\(supported.upperBound))")
        case .notEncodable(let detail):
            BilingualText(ru: "данные нельзя записать в JSON: \(detail)", en: "the data cannot be written as JSON: \(detail)")
        case .writeFailed(let step, let code):
            BilingualText(ru: "не удалось сохранить (\(step.text.ru)): \(ErrnoText.describe(code).ru); исходный файл не изменён",
                          en: "could not save (\(step.text.en)): \(ErrnoText.describe(code).en); the original file is unchanged")
        case .revisionConflict(let expected, let found?):
            BilingualText(ru: "файл изменён другим пользователем (редакция \(found), а загружена \(expected)); изменения не записаны",
                          en: "someone else changed the file (revision \(found), loaded \(expected)); nothing was written")
        case .revisionConflict(let expected, nil):
            BilingualText(ru: "файл удалён или повреждён после загрузки (загружена редакция \(expected)); изменения не записаны",
                          en: "the file was removed or damaged since it was loaded (revision \(expected)); nothing was written")
        case .deletedSinceLoad(let revision):
            BilingualText(ru: "файл удалён после загрузки (загружена редакция \(revision)); ничего не записано — восстановите файл и сохраните снова",
                          en: "the file was deleted since it was loaded (revision \(revision)); nothing was written — restore the file and save again")
        case .locked(let holder, let seconds):
            BilingualText(
                ru: "файл сохраняет другой процесс\(holder.map { " (pid \($0))" } ?? "") — блокировка занята дольше \(NumberText.fixed(seconds, digits: 1, .ru)) с; ничего не записано, попробуйте ещё раз",
                en: "another process\(holder.map { " (pid \($0))" } ?? "") is saving the file — the lock has been held for over \(NumberText.fixed(seconds, digits: 1, .en)) s; nothing was written, try again")
        case .journalFailed(let code):
            BilingualText(ru: "данные сохранены, но журнал изменений не дописан: \(ErrnoText.describe(code).ru)",
                          en: "the data is saved, but the audit journal could not be written: \(ErrnoText.describe(code).en)")
        }
    }
}
