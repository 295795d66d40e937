/// Every action a user can invoke. Declared once; `CommandTable` gives each its keys, names and help.
public enum CommandID: String, CaseIterable, Sendable, Hashable {
    case quit, help, palette
    case showOverview, showNetwork, showExams, showFunding, showSupport, showCouncil, showMap
    case nextTab, previousTab
    case moveUp, moveDown, pageUp, pageDown, moveTop, moveBottom
    case moveLeft, moveRight
    case drillIn, goBack
    case nextPane, previousPane
    case search, searchNext, searchPrevious
    case sort, reverseSort, toggleHierarchy
    case previousYear, nextYear
    case cycleTheme, switchLanguage, redraw, reload
    // Funding screen: the thresholds of the two funding flags.
    case raiseThreshold, lowerThreshold, pickThreshold, saveThresholds
    // Exams screen: the exam, the histogram's subject, the scope.
    case switchExam, nextSubject, previousSubject, widenScope, regionScope
    // Map screen: the indicator the tiles are coloured by.
    case nextIndicator, previousIndicator
    // Support screen
    case nextFilterField, nextFilterValue, previousFilterValue, clearFilters, toggleOverdueOnly, toggleStepDone
    // Data entry: on the selection of a screen that shows the data; undo, redo and saving everywhere.
    case editRecord, addRecord, deleteRecord, editResults, editFinancing
    case undo, redo, saveNow
}

extension CommandID {
    /// How far a movement command moves a list's cursor when a page is `page` rows: ±1, ±`page`, or
    /// to either end (`Int.min`, `Int.max`); nil for any other command.
    func movement(page: Int) -> Int? {
        switch self {
        case .moveUp: -1
        case .moveDown: 1
        case .pageUp: -page
        case .pageDown: page
        case .moveTop: Int.min
        case .moveBottom: Int.max
        default: nil
        }
    }
}
