import Glibc

/// Asks the terminal for its background colour (OSC 11) on the controlling terminal, before curses
/// starts. The query is followed by a Primary Device Attributes request (`ESC [ c`), which every
/// terminal answers: once that answer is in, every reply has been read, so none is left for curses to
/// take as keys, and a terminal that does not know OSC 11 costs no waiting. A terminal that answers
/// nothing is given up after `timeoutMilliseconds`, and whatever has arrived by then is discarded.
enum BackgroundColorQuery {
    static let request: [UInt8] = Array("\u{1B}]11;?\u{1B}\\\u{1B}[c".utf8)

    /// The bytes the terminal sent back (the OSC 11 reply among them, if it gave one); nil when
    /// there is no controlling terminal or nothing came back in time.
    static func ask(timeoutMilliseconds: Int32 = 100) -> [UInt8]? {
        let descriptor = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        return ask(descriptor, timeoutMilliseconds: timeoutMilliseconds)
    }

    /// The same on an open terminal descriptor (a pseudo-terminal in tests).
    static func ask(_ descriptor: Int32, timeoutMilliseconds: Int32) -> [UInt8]? {
        var saved = termios()
        guard tcgetattr(descriptor, &saved) == 0 else { return nil }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ICANON | ECHO)
        guard tcsetattr(descriptor, TCSANOW, &quiet) == 0 else { return nil }
        defer { tcsetattr(descriptor, TCSANOW, &saved) }
        guard write(descriptor, request, request.count) == request.count else { return nil }
        let (reply, complete) = readUntilDeviceAttributes(descriptor, timeoutMilliseconds: timeoutMilliseconds)
        if !complete { tcflush(descriptor, TCIFLUSH) }
        return reply.isEmpty ? nil : reply
    }

    /// Reads until the device-attributes answer (`ESC [ ? … c`) ends (complete), or the time is up.
    private static func readUntilDeviceAttributes(
        _ descriptor: Int32, timeoutMilliseconds: Int32
    ) -> (bytes: [UInt8], complete: Bool) {
        var received: [UInt8] = []
        var clock = timespec()
        clock_gettime(CLOCK_MONOTONIC, &clock)
        let deadline = milliseconds(clock) + Int(timeoutMilliseconds)
        var chunk = [UInt8](repeating: 0, count: 256)
        while true {
            clock_gettime(CLOCK_MONOTONIC, &clock)
            let remaining = deadline - milliseconds(clock)
            guard remaining > 0 else { return (received, false) }
            var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&waiting, 1, Int32(remaining))
            if ready < 0, errno == EINTR { continue }
            guard ready > 0 else { return (received, false) }
            let count = read(descriptor, &chunk, chunk.count)
            guard count > 0 else { return (received, false) }
            received += chunk[0..<count]
            if endsDeviceAttributes(received) { return (received, true) }
        }
    }

    /// True when `bytes` hold a complete device-attributes answer: `ESC [ ?`, digits and `;`, then `c`.
    static func endsDeviceAttributes(_ bytes: [UInt8]) -> Bool {
        let escape: UInt8 = 0x1B, bracket = UInt8(ascii: "["), question = UInt8(ascii: "?")
        var index = bytes.startIndex
        while let start = bytes[index...].firstIndex(of: escape) {
            var cursor = start + 1
            if cursor + 1 < bytes.count, bytes[cursor] == bracket, bytes[cursor + 1] == question {
                cursor += 2
                while cursor < bytes.count, bytes[cursor] == UInt8(ascii: ";") || (0x30...0x39).contains(bytes[cursor]) {
                    cursor += 1
                }
                if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "c") { return true }
            }
            index = start + 1
        }
        return false
    }

    private static func milliseconds(_ time: timespec) -> Int { time.tv_sec * 1000 + time.tv_nsec / 1_000_000 }
}
