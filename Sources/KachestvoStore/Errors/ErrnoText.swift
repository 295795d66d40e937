import Bilingual
import Foundation
import KachestvoCore

/// Plain words for the system error codes a save or load can meet.
enum ErrnoText {
    static func describe(_ code: Int32) -> BilingualText {
        switch code {
        case ENOSPC: BilingualText(ru: "диск заполнен", en: "the disk is full")
        case EDQUOT: BilingualText(ru: "превышена дисковая квота", en: "the disk quota is exceeded")
        case EACCES, EPERM: BilingualText(ru: "нет прав доступа", en: "permission denied")
        case EROFS: BilingualText(ru: "файловая система только для чтения", en: "the file system is read-only")
        case ENOENT: BilingualText(ru: "папка не существует", en: "the folder does not exist")
        case ENOTDIR: BilingualText(ru: "часть пути не является папкой", en: "a part of the path is not a folder")
        case EISDIR: BilingualText(ru: "на месте файла находится папка", en: "a folder is in the file's place")
        case EIO: BilingualText(ru: "ошибка ввода-вывода (неисправен диск?)", en: "an input/output error (a failing disk?)")
        case ENAMETOOLONG: BilingualText(ru: "слишком длинное имя файла", en: "the file name is too long")
        default:
            BilingualText(ru: "системная ошибка \(code) (\(String(cString: strerror(code))))",
                          en: "system error \(code) (\(String(cString: strerror(code))))")
        }
    }
}
