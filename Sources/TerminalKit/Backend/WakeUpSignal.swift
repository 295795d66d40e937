import Glibc

/// A self-pipe that lets any thread wake the runtime while it waits on the terminal: workers call
/// `signal()` after posting a result; the backend polls `descriptor` next to its input and calls
/// `drain()` once woken. Signalling twice before a drain wakes once.
public final class WakeUpSignal: @unchecked Sendable {
    private let readEnd: Int32
    private let writeEnd: Int32

    public init() {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends {
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            }
        } else {
            ends = [-1, -1]
        }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    deinit {
        close(readEnd)
        close(writeEnd)
    }

    /// The end to poll for reading; -1 if the pipe could not be made (then waits only time out).
    public var descriptor: Int32 { readEnd }

    /// Wakes the waiting thread; safe from any thread, never blocks.
    public func signal() {
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    /// Empties the pipe, so the next wait blocks again.
    public func drain() {
        var bytes = [UInt8](repeating: 0, count: 64)
        while read(readEnd, &bytes, bytes.count) > 0 {}
    }

    /// Waits until signalled or `timeoutMilliseconds` pass (negative: forever); true when signalled.
    /// For backends with no input of their own, such as `ScriptedBackend`.
    public func wait(timeoutMilliseconds: Int) -> Bool {
        var entry = pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0)
        while true {
            let ready = poll(&entry, 1, Int32(clamping: timeoutMilliseconds))
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0 else { return false }
            drain()
            return true
        }
    }
}
