// A test helper for the crash-safety tests of KachestvoStore, saving into one file forever, until it
// is killed. Prints "ready" once the first save has completed.
//   kachestvo-save-probe TARGET A.json B.json      saves the two datasets alternately (DataStore.save)
//   kachestvo-save-probe --changes TARGET ORG-ID   adds one pupil to the organisation per save
//                                                  (ChangeSaver: lock, merge, journal)
import Bilingual
import Foundation
import KachestvoCore
import KachestvoStore

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("\(message)\n".utf8))
    exit(1)
}

func ready() { FileHandle.standardOutput.write(Data("ready\n".utf8)) }

/// Saves A and B alternately.
func alternate(target: String, _ a: String, _ b: String) throws(StoreError) -> Never {
    let store = DataStore()
    let alternatives = [try store.load(a).dataset, try store.load(b).dataset]
    var version: FileVersion? = nil
    var turn = 0
    while true {
        var next = alternatives[turn % 2]
        next.revision = version?.revision ?? 0
        version = try store.save(next, to: target, expecting: version)
        if turn == 0 { ready() }
        turn += 1
    }
}

/// Adds a pupil to `organisation` per save, merging whatever other probes saved meanwhile.
func count(target: String, organisation: String) throws(StoreError) -> Never {
    let loaded = try DataStore().load(target)
    var working = loaded.dataset, version = loaded.version
    let saver = ChangeSaver()
    let key = RecordKey.organisation(Identifier(organisation))
    var first = true
    while true {
        guard case .integer(let pupils)? = working.value(of: key, field: "pupils") else { fail("no organisation \(organisation)") }
        let change = Change([Edit(record: key, field: "pupils", old: .integer(pupils), new: .integer(pupils + 1))],
                            summary: BilingualText(ru: "Ещё один учащийся", en: "One more pupil"))
        var next = working
        do { try next.apply(change) } catch { fail("\(error)") }
        switch saver.save([change], working: next, base: version, to: target) {
        case .saved(let saved), .conflicts(let saved, _):
            (working, version) = (saved.dataset, saved.version)
        case .failed(let error):
            if case .locked = error.kind { continue }
            throw error
        }
        if first { ready() }
        first = false
    }
}

let arguments = CommandLine.arguments
do throws(StoreError) {
    switch arguments.count {
    case 4 where arguments[1] == "--changes": try count(target: arguments[2], organisation: arguments[3])
    case 4: try alternate(target: arguments[1], arguments[2], arguments[3])
    default: fail("usage: kachestvo-save-probe TARGET A.json B.json | --changes TARGET ORG-ID")
    }
} catch {
    fail("\(error)")
}
