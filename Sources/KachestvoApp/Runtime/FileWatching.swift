import Dispatch
import Foundation
import KachestvoStore
import TerminalKit

/// A thread that waits in `poll` on a `DataFileWatcher`'s descriptor (and on its own stop pipe), and
/// posts `.dataFileChanged` when the data file was replaced or written — no timer, no CPU while
/// nothing happens. The runtime tells its own saves from another process's by the file's identity.
final class FileWatching: Sendable {
    private let watcher: DataFileWatcher
    private let stopSignal = WakeUpSignal()
    private let finished = DispatchSemaphore(value: 0)

    init?(_ path: String, inbox: EventInbox, wakeUp: WakeUpSignal) {
        guard let watcher = DataFileWatcher.start(path) else { return nil }
        self.watcher = watcher
        let thread = Thread { [watcher, stopSignal, finished] in
            defer { finished.signal() }
            var descriptors = [pollfd(fd: watcher.descriptor, events: Int16(POLLIN), revents: 0),
                               pollfd(fd: stopSignal.descriptor, events: Int16(POLLIN), revents: 0)]
            while true {
                guard poll(&descriptors, 2, -1) >= 0 || errno == EINTR else { return }
                if descriptors[1].revents != 0 { return }
                if descriptors[0].revents != 0, watcher.drainChanges() {
                    inbox.append(.dataFileChanged)
                    wakeUp.signal()
                }
            }
        }
        thread.start()
    }

    /// Ends the thread and waits for it.
    func stop() {
        stopSignal.signal()
        finished.wait()
    }
}
