import Bilingual
@testable import KachestvoApp
import KachestvoCore
import TerminalKit
import Testing

/// Entry on the Council screen as key scripts: the meeting's card, a decision's form and the
/// forecast's card with Cyrillic typing, each field's message as it is left, one change per commit
/// that undo takes back; deletes asked first and refused while forecasts refer to a meeting; a
/// session with a scope refused before a form opens.
@Suite struct CouncilEntryTests {
    private func type(_ keys: [Key], _ state: inout AppState) { AppFixture.type(keys, into: &state) }
    private func text(_ string: String) -> [Key] { AppFixture.text(string) }

    private func form(_ state: AppState) -> FormState? {
        switch state.overlay {
        case .recordForm(let editor)?: editor.form
        case .decisionForm(let editor)?: editor.form
        default: nil
        }
    }

    private func message(_ field: String, _ state: AppState) -> String? { form(state)?[field]?.message }

    private func meeting(_ id: Identifier<CouncilMeeting>, _ state: AppState) -> CouncilMeeting? {
        EditLoop.working(state).meetings.first { $0.id == id }
    }

    private func forecast(_ id: Identifier<Forecast>, _ state: AppState) -> Forecast? {
        EditLoop.working(state).forecasts.first { $0.id == id }
    }

    // MARK: Meetings

    @Test func aMeetingIsAddedWithACyrillicTopicEachFieldCheckedAsItIsLeft() throws {
        var state = CouncilFixture.state()
        type([.character("a")], &state)
        #expect(form(state) != nil, "a on the meetings opens a new meeting's card")
        type(text("31.02.2019") + [.tab], &state)
        #expect(message("date", state) == "нет такой даты: 31.02.2019")
        type([.backTab, .ctrl("u")] + text("завтра") + [.tab], &state)
        #expect(message("date", state) == "дата в виде ДД.ММ.ГГГГ")
        type([.backTab, .ctrl("u")] + text("15.01.2019") + [.tab, .tab], &state)
        #expect(message("date", state) == nil)
        #expect(message("topic", state) == "обязательное поле", "the topic is required")
        type([.backTab] + text("Об итогах полугодия «Ёлочка»") + [.tab, .character(" "), .tab], &state)
        type(text("председатель; " + String(repeating: "я", count: 301)) + [.tab], &state)
        #expect(message("participants", state)?.hasPrefix("текст из 301 символов длиннее допустимых 300") == true,
                "the data's rule for a participant: \(message("participants", state) ?? "")")
        type([.backTab, .ctrl("u")] + text("председатель; руководители КЦ") + [.tab] + text("Итоги; План") + [.enter], &state)
        #expect(state.overlay == nil, "committed")
        let added = try #require(meeting("m-2019-01-15", state), "an id like the others': their prefix and the date")
        #expect(added.topic == "Об итогах полугодия «Ёлочка»" && added.open)
        #expect(added.participants == ["председатель", "руководители КЦ"] && added.agenda == ["Итоги", "План"])
        #expect(state.editing.unsaved.count == 1 && state.editing.unsaved[0].edits.count == 1, "one change, one edit")
        #expect(state.message == "Добавлено заседание 15.01.2019 «Об итогах полугодия «Ёлочка»»")
        #expect(state.screens.council.meeting == "m-2019-01-15", "the new meeting is selected")
        #expect(AppFixture.screen(state).contains { $0.contains("15.01.2019 ◉ Об") }, "and listed first")
        type([.character("u")], &state)
        #expect(meeting("m-2019-01-15", state) == nil, "undone")
        #expect(state.screens.council.meeting == "m-2018-02-15")
        type([.ctrl("r")], &state)
        #expect(meeting("m-2019-01-15", state) != nil, "redone")
    }

    @Test func aMeetingsCardEditsItsFieldsInOneChange() throws {
        var state = CouncilFixture.state()
        type([.character("e")], &state)
        #expect(form(state)?["date"]?.text == "15.02.2018")
        type([.tab, .ctrl("u")] + text("О промежуточных итогах года") + [.tab, .character(" "), .enter], &state)
        let edited = try #require(meeting("m-2018-02-15", state))
        #expect(edited.topic == "О промежуточных итогах года" && edited.open)
        #expect(state.editing.unsaved.last?.edits.compactMap(\.field).sorted() == ["open", "topic"])
        type([.character("u")], &state)
        #expect(meeting("m-2018-02-15", state)?.topic == "О промежуточных итогах")
    }

    @Test func aMeetingWithForecastsIsNotDeletedAndOneWithoutIsAfterAsking() throws {
        var state = CouncilFixture.state()
        type([.character("j"), .character("d")], &state)
        #expect(state.overlay == nil)
        #expect(state.message == "Удалить нельзя: нельзя удалить (заседание совета m-2017-09-28): на запись ссылаются — прогнозов, принятых на заседании: 4")
        type([.character("k"), .character("d")], &state)
        guard case .deleteQuestion? = state.overlay else {
            Issue.record("asked first")
            return
        }
        type([.character("n")], &state)
        #expect(meeting("m-2018-02-15", state) != nil, "no keeps it")
        type([.character("d"), .character("y")], &state)
        #expect(meeting("m-2018-02-15", state) == nil, "deleted")
        #expect(state.screens.council.meeting == "m-2017-09-28", "the next newest is selected")
        type([.character("u")], &state)
        #expect(meeting("m-2018-02-15", state)?.decisions.count == 1, "undo brings it back whole")
    }

    // MARK: Decisions

    @Test func aDecisionIsAddedEditedAndDeletedAsChangesOfItsMeeting() throws {
        var state = CouncilFixture.atOpenMeeting(.decisions)
        type([.character("a")] + text("Провести семинар для УМЦ") + [.tab] + text("01.03.2019") + [.tab] + text("org-09, org-99") + [.tab],
             &state)
        #expect(message("organisationIds", state) == "ссылка на несуществующую организацию «org-99»", "\(message("organisationIds", state) ?? "")")
        type([.backTab, .ctrl("u")] + text("org-09, org-04") + [.enter], &state)
        #expect(state.overlay == nil, "committed")
        let added = try #require(meeting("m-2017-09-28", state)?.decisions.last)
        #expect(added == CouncilMeeting.Decision(text: "Провести семинар для УМЦ", organisationIds: ["org-09", "org-04"],
                                                 due: Day(iso: "2019-03-01")))
        #expect(state.editing.unsaved.last?.edits.map(\.field) == ["decisions"], "one edit of the meeting's decisions")
        #expect(state.screens.council.decision == 3 && state.screens.council.focus == .decisions, "the new decision is selected")
        type([.character("g"), .character("e"), .tab, .ctrl("u")] + text("15.12.2017") + [.enter], &state)
        #expect(meeting("m-2017-09-28", state)?.decisions[0].due == Day(iso: "2017-12-15"))
        #expect(meeting("m-2017-09-28", state)?.decisions[0].organisationIds == ["org-09", "org-07"], "the rest kept")
        type([.character("j"), .character("d"), .character("y")], &state)
        #expect(meeting("m-2017-09-28", state)?.decisions.map(\.text)
                == ["Организовать адресную поддержку", "Подвести итоги полугодия", "Провести семинар для УМЦ"])
        type([.character("u")], &state)
        #expect(meeting("m-2017-09-28", state)?.decisions.count == 4, "undo puts the deleted decision back")
        #expect(meeting("m-2017-09-28", state)?.decisions[1].text == "Утвердить прогнозы ГИА-2018", "in its place")
    }

    @Test func aDecisionsTextIsRequiredAndEscAsksBeforeDiscarding() {
        var state = CouncilFixture.atOpenMeeting(.decisions)
        type([.character("a"), .tab], &state)
        #expect(message("text", state) == "обязательное поле")
        type([.backTab] + text("Что-то") + [.escape], &state)
        guard case .decisionForm(let editor)? = state.overlay, editor.discard != nil else {
            Issue.record("Esc asks first")
            return
        }
        type([.character("y")], &state)
        #expect(state.overlay == nil && state.editing.unsaved.isEmpty, "nothing was changed")
    }

    // MARK: Forecasts

    @Test func aForecastIsAddedWithPickersAndThePlannedRangeFollowsTheIndicator() throws {
        var state = CouncilFixture.atOpenMeeting(.forecasts)
        type([.character("a")], &state)
        #expect(form(state)?["year"]?.text == "2018", "the exam year after the meeting")
        type(text("ниже") + [.enter, .tab] + text("русск") + [.enter, .tab] + text("Баган") + [.enter, .tab, .tab], &state)
        #expect(form(state)?["scope"]?.text == "municipality:mr-bagan")
        #expect(form(state)?["planned"]?.label == "План, %", "a share is typed in percent")
        type(text("150") + [.tab], &state)
        #expect(message("planned", state) == "должно быть от 0 до 100")
        type([.backTab, .ctrl("u")] + text("12,5") + [.enter], &state)
        #expect(state.overlay == nil, "committed")
        let added = try #require(forecast("forecast-2018-mr-bagan-ege-rus-below", state), "an id saying what it is about")
        #expect(added.indicator == .belowMinimumShare && added.planned == 0.125 && added.meetingId == "m-2017-09-28")
        #expect(state.screens.council.forecast == added.id, "selected")
        let row = try #require(AppFixture.screen(state).first { $0.contains("12,5 %") })
        #expect(row.contains("6,3 %") && row.contains("−6,"), "its actual value at once: \(row)")
        type([.character("u")], &state)
        #expect(forecast(added.id, state) == nil)
    }

    @Test func anOGEMeanIsPlannedOnTheMarkScale() {
        var state = CouncilFixture.atOpenMeeting(.forecasts)
        type([.character("a"), .tab] + text("ОГЭ · матем") + [.enter, .tab, .tab, .tab] + text("6") + [.tab], &state)
        #expect(message("planned", state) == "должно быть от 2 до 5")
        type([.backTab, .backTab, .ctrl("u")] + text("1999") + [.tab], &state)
        #expect(message("year", state)?.hasPrefix("должно быть от 2") == true && message("year", state)?.hasSuffix("100") == true,
                "a year from 2000 to 2100: \(message("year", state) ?? "")")
        type([.ctrl("u")] + text("4,1") + [.backTab, .ctrl("u")] + text("2017") + [.enter], &state)
        #expect(forecast("forecast-2017-region-oge-math-mean", state)?.planned == 4.1)
    }

    @Test func aForecastIsEditedAndDeletedAfterAsking() throws {
        var state = CouncilFixture.atOpenMeeting(.forecasts)
        type([.character("e")], &state)
        #expect(form(state)?["planned"]?.text == "65,0")
        type([.backTab, .ctrl("u")] + text("66,5") + [.enter], &state)
        #expect(forecast("f-region-rus", state)?.planned == 66.5)
        #expect(state.editing.unsaved.last?.edits.map(\.field) == ["planned"])
        type([.character("d")], &state)
        guard case .deleteQuestion(let question)? = state.overlay else {
            Issue.record("asked first")
            return
        }
        #expect(question.prompt.question.contains("Средний балл · Русский язык · Область · 2018"), "\(question.prompt.question)")
        type([.character("y")], &state)
        #expect(forecast("f-region-rus", state) == nil)
        #expect(state.screens.council.forecast == "f-region-math-2019", "the next one is selected")
        type([.character("u"), .character("u")], &state)
        #expect(forecast("f-region-rus", state)?.planned == 65)
    }

    // MARK: Scope

    @Test func aScopedSessionCannotChangeTheRegionsCouncilRecords() throws {
        var state = CouncilFixture.state()
        state.editing.scope = try EditScope.parse("umc:org-03", in: state.model.dataset).get()
        for keys: [Key] in [[.character("a")], [.character("e")], [.character("d")]] {
            type(keys, &state)
            #expect(state.overlay == nil)
            #expect(state.message?.hasPrefix("Вне вашей области правки: вне вашей области (umc:org-03): заседание совета") == true,
                    "\(keys): \(state.message ?? "")")
        }
        var forecasts = CouncilFixture.atOpenMeeting(.forecasts)
        forecasts.editing.scope = state.editing.scope
        type([.character("e")], &forecasts)
        #expect(forecasts.overlay == nil && forecasts.message?.hasPrefix("Вне вашей области правки: ") == true)
        type([.character("a"), .tab] + text("русск") + [.enter, .tab] + text("СОШ № 19") + [.enter, .tab, .tab] + text("70") + [.enter],
             &forecasts)
        #expect(forecasts.overlay == nil, "a forecast for a school of the УМЦ may be set: \(forecasts.message ?? "")")
        #expect(forecast("forecast-2018-org-07-ege-rus-mean", forecasts)?.scope == .organisation("org-07"))
    }
}
