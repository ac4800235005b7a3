"""What's this? (Shift+F1, then a click): a few plain sentences on each control of a worksheet."""

from __future__ import annotations

from regietafel.gui.i18n import translate


def explain_worksheet(panel) -> None:
    """Set the What's this? text of every control of a worksheet panel."""
    texts = {
        panel.version_combo: translate("WhatsThis", "The version shown. A concept can be changed; an adopted version stays as it was adopted. "
            "Older versions can be looked at, not changed."),
        panel.new_concept_button: translate("WhatsThis", "Start a new concept version from the version shown, e.g. after an "
                                        "adoption or to try another key."),
        panel.adopt_button: translate("WhatsThis", "Adopt this concept: record the date and the meeting. From then on it is "
                                  "read-only; a new concept continues from it."),
        panel.compare_button: translate("WhatsThis", "Put this version beside the previous one: per municipality both numbers "
                                    "and the difference, the rows that differ marked."),
        panel.log_button: translate("WhatsThis", "Every change of every version, with its time and reason."),
        panel.total_spin: translate("WhatsThis", "The number to divide over the municipalities: the provincial opgave, or for "
                                "housing the national number. Type another number to try it; the change can "
                                "be undone."),
        panel.key_combo: translate("WhatsThis", "What each municipality's share is based on: its inhabitants, equal shares, "
                               "inhabitants corrected by an indicator, an own key or a weighted mix."),
        panel.date_combo: translate("WhatsThis", "The date of the inhabitant figures the key uses."),
        panel.method_combo: translate("WhatsThis", "How the exact shares become whole places: largest remainder (Hamilton), "
                                  "Sainte-Laguë, D'Hondt, or rounding up as the Huisvestingswet prescribes."),
        panel.grouping_combo: translate("WhatsThis", "In one step over all municipalities, or in two: first over the regions, "
                                    "then within each region over its municipalities."),
        panel.policy_combo: translate("WhatsThis", "When a municipality already has more than its share through credit: keep "
                                  "the others' shares (not redistributed) or give the others less "
                                  "(redistributed)."),
        panel.table.filter_edit: translate("WhatsThis", "Show only the municipalities whose code, name or region contains "
                                       "this text (Ctrl+F)."),
        panel.reason_edit: translate("WhatsThis", "Why the next change is made; it is kept with the change in the change log."),
        panel.exchange_button: translate("WhatsThis", "Record an exchange: a number of places moved from one municipality to "
                                     "another, with reason and date. The total stays the same."),
        panel.account_button: translate("WhatsThis", "How the whole distribution was computed: total, key, method, fixed "
                                    "numbers, bounds, credit, exchanges and ties."),
        panel.table.view: translate("WhatsThis", "One row per municipality. Type a number in the Opgave column to fix it "
                                "(double-click or start typing; an empty cell releases it); right-click for "
                                "minimum, maximum and credit. Select a row to see below how its number was "
                                "computed."),
        panel.regio_table: translate("WhatsThis", "The first step of a two-step distribution: each region's share beside the "
                                 "sum of its municipalities."),
        panel.account: translate("WhatsThis", "How the number of the selected municipality was computed, step by step."),
    }
    for widget, text in texts.items():
        widget.setWhatsThis(text)
