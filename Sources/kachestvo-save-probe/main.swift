// A test helper for the crash-safety test of KachestvoStore: saves two datasets alternately into one
// file, forever, until it is killed. Usage: kachestvo-save-probe TARGET A.json B.json
// Prints "ready" once the first save has completed.
import Foundation
import KachestvoCore
import KachestvoStore

let arguments = CommandLine.arguments
guard arguments.count == 4 else {
    FileHandle.standardError.write(Data("usage: kachestvo-save-probe TARGET A.json B.json\n".utf8))
    exit(2)
}
do {
    let store = DataStore()
    let alternatives = [try store.load(arguments[2]).dataset, try store.load(arguments[3]).dataset]
    var version: FileVersion? = nil
    var turn = 0
    while true {
        var next = alternatives[turn % 2]
        next.revision = version?.revision ?? 0
        version = try store.save(next, to: arguments[1], expecting: version)
        if turn == 0 {
            FileHandle.standardOutput.write(Data("ready\n".utf8))
        }
        turn += 1
    }
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
