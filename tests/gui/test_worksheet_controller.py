"""The worksheet's decisions, driven without a window: no widget is made, and the controller
imports no Qt (the import contract in pyproject.toml holds it to that). What a change becomes, what
is refused and why, what the worksheet shows; each change is stored the way the panel's undo
command stores it."""

from __future__ import annotations

import datetime as dt

import pytest

from regietafel.domain.locations import durable_credit_date
from regietafel.gui.worksheet_controller import PendingChange, Refused, WorksheetController
from regietafel.store import areas, distributions

DELFT = "GM0503"
LEIDEN = "GM0546"


def controller_on(store, province: str = "Zuid-Holland", categorie: str = "opvang") -> WorksheetController:
    with store.read() as session:
        provincie_id = next(p.id for p in areas.provinces(session) if p.naam == province)
        periode = areas.default_period(session)
    controller = WorksheetController(categorie, lambda: store, lambda: "veiligheidsregio")
    controller.set_scope(provincie_id, periode)
    assert controller.load() == ""
    return controller


def store_change(store, controller: WorksheetController, pending: PendingChange) -> None:
    """What the panel's undoable command does with a pending change (redo)."""
    controller.begin()
    with store.transaction() as session:
        computed = distributions.apply_settings(session, pending.verdeling_id, pending.after, pending.description, "",
                                              expected=pending.expected)
        number = distributions.change_number(session, pending.verdeling_id)
    assert controller.stored(pending.verdeling_id, pending.after, computed, number)


def assigned(controller: WorksheetController) -> dict[str, int]:
    return {row.code: row.assigned for row in controller.rows()}


def test_a_typed_number_fixes_the_gemeente_and_the_rest_is_divided_again(demo_store):
    controller = controller_on(demo_store)
    before = assigned(controller)
    total = controller.sheet.settings.totaal
    assert controller.hides("previous") and controller.hides("plain_quota") and controller.may_fix(controller.row(DELFT))

    pending = controller.cell_edit(DELFT, "600")
    assert pending.description == "Fix Delft at 600"
    assert pending.before == controller.sheet.settings and pending.after.constraint_value(DELFT, "vast") == 600
    store_change(demo_store, controller, pending)

    after = assigned(controller)
    assert after[DELFT] == 600 and sum(after.values()) == total
    assert controller.row(DELFT).lock == 600
    assert controller.previous == before  # what every number was, to show what moved
    assert not controller.hides("previous") and not controller.hides("plain_quota")
    assert controller.hides("deviation")  # only on request (View > Difference from the key)
    controller.show_deviation = True
    assert not controller.hides("deviation")
    assert controller.may_release(controller.row(DELFT)) and not controller.may_fix(controller.row(DELFT))
    assert controller.cell_edit(DELFT, "600") is None  # nothing to change
    release = controller.cell_edit(DELFT, " ")  # an emptied cell releases the number
    assert release.description == "Release Delft" and release.after.constraint_value(DELFT, "vast") is None


@pytest.mark.parametrize(("text", "reason"), [
    ("abc", "Delft: not changed, "),
    ("1.5", "Delft: not changed, "),  # never read as 15
    ("-5", "Delft: a negative number is not possible."),
    ("1.000.000", "Delft: 1.000.000 is more than the whole total"),
])
def test_a_wrong_number_is_refused_with_its_reason(demo_store, text, reason):
    controller = controller_on(demo_store)
    with pytest.raises(Refused) as refused:
        controller.cell_edit(DELFT, text)
    assert str(refused.value).startswith(reason)
    if text != "1.000.000":  # a bound above the total is the engine's to refuse
        with pytest.raises(Refused, match=reason):
            controller.bounds_from_texts(DELFT, {"minimum": "", "maximum": text, "verrekening": ""})


def test_thousands_dots_are_read_as_Dutch(demo_store):
    controller = controller_on(demo_store)
    pending = controller.cell_edit(DELFT, "1.200")
    assert pending.description == "Fix Delft at 1.200"
    assert pending.after.constraint_value(DELFT, "vast") == 1200


def test_an_exchange_needs_two_gemeenten_and_moves_places(demo_store):
    controller = controller_on(demo_store)
    with pytest.raises(Refused, match="two different municipalities"):
        controller.exchange(DELFT, DELFT, 10, "")
    before = assigned(controller)
    pending = controller.exchange(DELFT, LEIDEN, 10, "ruil")
    assert pending.description == "Exchange 10 from Delft to Leiden"
    store_change(demo_store, controller, pending)
    after = assigned(controller)
    assert (after[DELFT], after[LEIDEN]) == (before[DELFT] - 10, before[LEIDEN] + 10)
    assert not controller.hides("exchanged")
    assert any(line.startswith("Exchange: ") for line in controller.account(DELFT))


def test_an_adopted_version_is_read_only_until_a_new_concept(demo_store):
    controller = controller_on(demo_store)
    assert controller.banner() == "" and not controller.can_compare and controller.compare_tip()
    with pytest.raises(Refused, match="only one version"):
        controller.version_to_compare()
    version, meetings = controller.adoption()
    assert version[:1].isupper() and version.endswith("versie 1")  # as the besluitenlijst names it
    controller.adopt(meetings[0][0], reason="PRT")
    assert controller.load() == ""
    assert controller.read_only and "adopted" in controller.banner()
    assert controller.cell_edit(DELFT, "600") is None  # nothing may change
    controller.new_concept("volgende ronde")
    assert controller.load() == ""
    assert not controller.read_only and controller.can_compare and controller.compare_tip() == ""
    headers, rows = controller.comparison(controller.version_to_compare())
    assert headers[-1] == "Difference" and all(row[-1] == 0 for row in rows)
    labels = [label for label, _id in controller.version_choices()]
    assert labels[0].startswith("Version 1 (adopted") and labels[-1] == "Version 2 (concept)"


def test_durable_places_count_on_the_opgave_peildatum(demo_store):
    controller = controller_on(demo_store)
    with demo_store.read() as session:
        opgave = distributions.provincial_total(session, "opvang", controller.periode, controller.provincie_id)
    on, places = controller.durable_places()
    assert on == durable_credit_date(opgave.peildatum, controller.periode)
    listed = controller.durable_listing(places)
    assert [naam for naam, *_ in listed] == sorted(naam for naam, *_ in listed)
    assert sum(n for _naam, n, _credited in listed) == sum(places.values())
    pending = controller.durable_credit(on, places)
    if not places:  # nothing durable in this province: nothing to change
        assert pending is None
        return
    store_change(demo_store, controller, pending)
    assert {row.code: row.credit for row in controller.rows() if row.credit} == places
    assert controller.durable_outcome(places).startswith("Credited ")


def test_the_durable_places_day_without_a_peildatum_is_the_end_of_the_half_year():
    assert durable_credit_date(None, "2024-I") == dt.date(2024, 6, 30)
    assert durable_credit_date(None, "2024-II") == dt.date(2024, 12, 31)
    assert durable_credit_date(dt.date(2024, 1, 1), "2024-I") == dt.date(2024, 1, 1)


def test_what_the_worksheet_shows(demo_store):
    controller = controller_on(demo_store)
    total = controller.sheet.settings.totaal
    assert controller.summary().startswith(f"Total assigned {controller.wording.number(total)} = total")
    account = controller.account(DELFT)
    assert account[0] == f"Delft ({DELFT})" and account[-1].startswith("Result: ")
    assert controller.account("GM9999") == []
    assert [data for _label, data in controller.key_choices()][:2] == [("inwoners", None), ("gelijk", None)]
    assert controller.total(total) is None  # the same total is no change
    assert controller.total(total + 1).description.startswith("Total: ")
    assert controller.setting("methode", "dhondt", "D'Hondt").description == "Method: D'Hondt"
    assert controller.needs_own_grouping("eigen") and not controller.needs_own_grouping("corop")
    headers, entries = controller.change_log()
    assert headers[0] == "Time" and isinstance(entries, list)


def test_a_province_without_an_opgave_shows_what_is_missing(store):
    controller = controller_on(store)
    assert controller.sheet is None and controller.read_only
    assert "No total is known" in controller.empty_text()
    assert controller.summary() == "" and controller.rows() == [] and controller.cell_edit(DELFT, "5") is None


def test_a_new_scope_forgets_the_previous_numbers_and_the_chosen_version(demo_store):
    controller = controller_on(demo_store)
    store_change(demo_store, controller, controller.cell_edit(DELFT, "600"))
    assert controller.previous
    controller.choose_version(controller.sheet.verdeling.id)  # another version: nothing moved there
    assert controller.previous == {}
    controller.previous = {DELFT: 1}
    with demo_store.read() as session:
        utrecht = next(p.id for p in areas.provinces(session) if p.naam == "Utrecht")
    controller.set_scope(utrecht, controller.periode)
    assert controller.previous == {} and controller.selected_version is None
    assert controller.load() == "" and controller.row(DELFT) is None
