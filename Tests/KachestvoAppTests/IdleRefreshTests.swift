import Testing
@testable import KachestvoApp

/// Screens not on show catch up with a change while the runtime is idle, one per idle moment, so
/// that showing one later only draws it.
@Suite struct IdleRefreshTests {
    @Test func aYearChangeLeavesTheOtherScreensStaleUntilIdleMomentsRefreshThem() {
        var state = AppFixture.state()
        _ = Update.apply(.idle, to: &state)
        while !state.staleTabs.isEmpty { _ = Update.apply(.idle, to: &state) }
        AppFixture.type([.character("<")], into: &state)
        #expect(state.staleTabs == Set(Tab.allCases).subtracting([.network]))

        var shown = state
        shown.tab = .overview  // what showing the Overview computes
        _ = Update.apply(.idle, to: &state)
        #expect(!state.staleTabs.contains(.overview), "the first stale tab in tab order goes first")
        #expect(state.screens.overview == shown.screens.overview, "and catches up exactly as showing it would")
        for _ in Tab.allCases { _ = Update.apply(.idle, to: &state) }
        #expect(state.staleTabs.isEmpty)
    }

    @Test func showingAScreenThatCaughtUpComputesNothingMore() {
        var state = AppFixture.state()
        for _ in Tab.allCases { _ = Update.apply(.idle, to: &state) }
        let before = state.screens
        state.tab = .exams
        #expect(state.screens == before, "nothing left to refresh: its state is as the idle moment left it")
        #expect(state.staleTabs.isEmpty)
    }

    @Test func nothingCatchesUpWhileTheFiguresAreStillLoading() {
        var state = AppFixture.state()
        #expect(state.hasIdleWork)
        state.context.loading = .reading
        #expect(!state.hasIdleWork, "the load has the cores; the screens catch up once it lands")
    }
}
