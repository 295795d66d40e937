/// A user-visible message from the terminal backend in Russian and English. (The backend cannot
/// import KachestvoCore's `BilingualText`; the app converts this one with `ru`/`en`.)
public struct BackendMessage: Hashable, Sendable, CustomStringConvertible {
    public let ru: String
    public let en: String

    public init(ru: String, en: String) {
        self.ru = ru
        self.en = en
    }

    public var description: String { en }
}
