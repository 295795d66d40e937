import CNCursesW
import Glibc
import Synchronization
import TerminalKit

/// The last stop signal received (0: none). Written from the signal handler: a lock-free atomic store.
private let pendingStopSignal = Atomic<Int32>(0)

/// SIGINT, SIGTERM and SIGHUP caught without SA_RESTART, so a blocking read returns and the event loop
/// can report them.
enum StopSignals {
    private static let caught: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// A signal that asked the program to stop, as the event loop reports it.
    enum Received: Equatable {
        case stop(StopSignal)
        case hangup
    }

    static func install() {
        _ = nc_unblock_terminal_signals()
        for signal in caught {
            _ = nc_install_signal_handler(signal) { number in pendingStopSignal.store(number, ordering: .relaxed) }
        }
    }

    /// Puts back the default actions, once the terminal is restored.
    static func uninstall() {
        for signal in caught { _ = nc_install_signal_handler(signal, nil) }
    }

    /// The signal received since the last call, if any.
    static func take() -> Received? {
        switch pendingStopSignal.exchange(0, ordering: .relaxed) {
        case SIGINT: .stop(.interrupt)
        case SIGTERM: .stop(.terminate)
        case SIGHUP: .hangup
        default: nil
        }
    }
}
