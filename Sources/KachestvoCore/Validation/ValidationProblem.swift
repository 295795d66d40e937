import Bilingual

/// One thing wrong with a dataset: where it is and what is wrong, in both languages.
public struct ValidationProblem: Hashable, Sendable, CustomStringConvertible {
    public var path: DataPath
    public var message: BilingualText

    public init(path: DataPath, message: BilingualText) {
        self.path = path
        self.message = message
    }

    public init(path: DataPath, ru: String, en: String) {
        self.init(path: path, message: BilingualText(ru: ru, en: en))
    }

    public var description: String { "\(path): \(message.en)" }
}
