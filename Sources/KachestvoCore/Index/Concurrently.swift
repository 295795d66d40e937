import Dispatch
import Foundation

/// Independent pieces of work run at the same time, on as many cores as there are: index building,
/// and the app's loading (validation beside indexing, the search index beside the outline's index).
public enum Concurrently {
    /// Runs the two pieces of work at once and returns their results.
    public static func run<A, B>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
        let (a, b, _) = run(first, second, {})
        return (a, b)
    }

    /// Runs the three pieces of work at once and returns their results.
    public static func run<A, B, C>(_ first: @Sendable () -> A, _ second: @Sendable () -> B, _ third: @Sendable () -> C) -> (A, B, C) {
        var results: (A?, B?, C?) = (nil, nil, nil)
        withUnsafeMutablePointer(to: &results) { pointer in
            nonisolated(unsafe) let slots = pointer
            DispatchQueue.concurrentPerform(iterations: 3) { which in
                switch which {
                case 0: slots.pointee.0 = first()
                case 1: slots.pointee.1 = second()
                default: slots.pointee.2 = third()
                }
            }
        }
        return (results.0!, results.1!, results.2!)
    }
}

/// Work started on another thread now, its result taken later with `value` (which waits for it):
/// for starting a load before the rest of start-up, then joining it.
public final class Pending<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    private var result: Value?

    /// Work on a thread of its own, started at once (`ThreadStart`).
    public convenience init(_ work: @escaping @Sendable () -> Value) {
        self.init(work) { run in ThreadStart.detached(run) }
    }

    /// Work on a thread of its own at a lower priority (a nice value of 10 on Linux), which takes
    /// only a core the rest of the process leaves idle: reading ahead while a first frame is made.
    public static func yielding(_ work: @escaping @Sendable () -> Value) -> Pending {
        Pending(work) { run in
            ThreadStart.detached {
                #if os(Linux)
                _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
                #endif
                run()
            }
        }
    }

    private init(_ work: @escaping @Sendable () -> Value, startingWith start: (@escaping @Sendable () -> Void) -> Void) {
        done.enter()
        start {
            self.result = work()
            self.done.leave()
        }
    }

    /// The work's result, once it has finished.
    public var value: Value {
        done.wait()
        return result!
    }
}

/// A plain POSIX thread for one closure: it starts in a tenth of a millisecond, where the global
/// queue's first worker and Foundation's `Thread` each took half a millisecond of the first frame.
enum ThreadStart {
    private final class Body {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }

    /// Runs `body` on a new detached thread (on the global queue, should the system refuse one).
    static func detached(_ body: @escaping @Sendable () -> Void) {
        let context = Unmanaged.passRetained(Body(body)).toOpaque()
        var thread = pthread_t()
        let started = pthread_create(&thread, nil, { context in
            Unmanaged<Body>.fromOpaque(context!).takeRetainedValue().run()
            return nil
        }, context)
        guard started == 0 else {
            Unmanaged<Body>.fromOpaque(context).release()
            DispatchQueue.global(qos: .userInitiated).async(execute: body)
            return
        }
        pthread_detach(thread)
    }
}
