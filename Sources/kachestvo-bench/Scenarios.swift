import TerminalKit

/// What a scripted key does, so latencies can be reported per kind (cursor moves are the target).
enum KeyKind: String, CaseIterable, Codable, Sendable {
    case move, page, jump, drill, back, view, sort, year, search
    /// Showing another screen (which computes its figures if the model or year changed).
    case tab
    /// A key that changes what a screen computes: the Exams screen's exam or scope, a Support filter,
    /// the Map's indicator.
    case figures
    /// Data entry on the selected school: the card opened, moved through, a toggle flipped, committed
    /// (applied to the model along the school's path, while the save of the commit before is still
    /// under way: `SavesUnderWay`), then undone and redone; the school's exam results edited in the
    /// grid the same way.
    case edit
}

/// One key of the script with its kind.
struct ScriptedKey: Sendable {
    var key: Key
    var kind: KeyKind
}

/// A realistic session on the Network screen, repeated to any length: moves in every column, an edit of
/// a school (opened, committed, undone, redone) and of its exam results in the grid, drilling
/// to the УМЦ and school levels, paging, jumps, going back, sort cycling and reversing, year changes, the
/// administrative view, a search for «СОШ» typed char by char then stepped through with `n`; then
/// the Overview (its figures, then its bars per КЦ), the Exams screen (its cursor over subjects and
/// figures, the exam switched, a scope found by search and widened), the Funding plot's cursor and its
/// lists, the Support cases, candidates and a filter, the Map's tiles and indicators, and back to Network.
enum KeyScript {
    static func standard(count: Int) -> [ScriptedKey] {
        (0..<count).map { round[$0 % round.count] }
    }

    private static let round: [ScriptedKey] = [
        back(3), down(3), up(1), drill, down(4), up(2), drill,
        down(30), up(15), keys(.pageDown, 3, .page), keys(.pageUp, 2, .page),
        keys(.character("G"), 1, .jump), up(10), keys(.character("g"), 1, .jump), down(20),
        back(1), down(1), drill, down(15), up(5),
        back(2), keys(.character("s"), 1, .sort), down(5), drill, drill, down(20), up(10), edit, gridEdit,
        keys(.character("S"), 1, .sort), down(5), up(5),
        keys(.character("<"), 1, .year), down(5), keys(.character(">"), 1, .year),
        toggleView, down(3), drill, down(10), up(5), back(1), toggleView,
        search("СОШ"), keys(.character("n"), 4, .search), down(10), up(5),
        keys(.character("1"), 1, .tab), down(8), up(3), keys(.tab, 1, .move), down(4), up(2), keys(.tab, 1, .move),
        keys(.character("3"), 1, .tab), down(5), keys(.right, 3, .move), keys(.character("b"), 2, .move),
        keys(.character("e"), 1, .figures), down(3), keys(.character("e"), 1, .figures), keys(.tab, 1, .move),
        keys(.right, 2, .move), keys(.tab, 1, .move), search("лицей"), keys(.character("c"), 2, .figures),
        keys(.character("C"), 1, .figures), keys(.character("4"), 1, .tab), keys(.left, 6, .move), keys(.up, 4, .move),
        keys(.right, 8, .move), down(6), keys(.tab, 1, .move), down(10), up(4), keys(.tab, 2, .move),
        keys(.character("5"), 1, .tab), down(12), up(4), keys(.tab, 1, .move), down(6), keys(.tab, 2, .move),
        keys(.character("f"), 1, .move), keys(.character("x"), 1, .figures), keys(.character("F"), 1, .figures),
        keys(.character("7"), 1, .tab), keys(.right, 4, .move), down(3), keys(.left, 2, .move), up(2),
        keys(.character("i"), 1, .figures), keys(.right, 2, .move), keys(.character("I"), 1, .figures),
        keys(.character("2"), 1, .tab),
    ].flatMap { $0 }

    private static func keys(_ key: Key, _ times: Int, _ kind: KeyKind) -> [ScriptedKey] {
        Array(repeating: ScriptedKey(key: key, kind: kind), count: times)
    }

    private static func down(_ times: Int) -> [ScriptedKey] { keys(.character("j"), times, .move) }
    private static func up(_ times: Int) -> [ScriptedKey] { keys(.character("k"), times, .move) }
    private static func back(_ times: Int) -> [ScriptedKey] { keys(.escape, times, .back) }
    private static let drill = keys(.enter, 1, .drill)
    private static let toggleView = keys(.character("v"), 1, .view)
    /// `e`, Tab to «rural», Space, Enter; `u`, Ctrl-R.
    private static let edit = keys(.character("e"), 1, .edit) + keys(.tab, 7, .edit) + keys(.character(" "), 1, .edit)
        + keys(.enter, 1, .edit) + undoRedo
    /// `r`, down to «ЕГЭ Русский язык» (every school with an 11th form has it), Tab to the mean, «50»,
    /// Enter, Ctrl-S; `u`, Ctrl-R.
    private static let gridEdit = keys(.character("r"), 1, .edit) + keys(.down, 10, .edit) + keys(.tab, 1, .edit)
        + keys(.character("5"), 1, .edit) + keys(.character("0"), 1, .edit) + keys(.enter, 1, .edit)
        + keys(.ctrl("s"), 1, .edit) + undoRedo
    private static let undoRedo = keys(.character("u"), 1, .edit) + keys(.ctrl("r"), 1, .edit)

    /// `/`, the query one character at a time, then Enter to keep the match.
    private static func search(_ query: String) -> [ScriptedKey] {
        keys(.character("/"), 1, .search) + query.flatMap { keys(.character($0), 1, .search) } + keys(.enter, 1, .search)
    }
}
