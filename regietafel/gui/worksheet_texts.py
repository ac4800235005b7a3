"""The worksheet window's own sentences: the summary under the table, the account of one
number and the name of a version. Plain text from a worksheet the store made; nothing is
computed here."""

from __future__ import annotations

from PySide6.QtCore import QObject

from regietafel.gui.formatting import format_date, format_fraction, format_int
from regietafel.store import verdelingen
from regietafel.store.werkblad import Worksheet, WorksheetRow


class WorksheetTexts(QObject):
    def version_label(self, version) -> str:
        if version.status == "vastgesteld":
            return self.tr("Version {n} (adopted {date})").format(n=version.versie, date=format_date(version.vastgesteld_op))
        return self.tr("Version {n} (concept)").format(n=version.versie)

    def summary(self, sheet: Worksheet) -> str:
        """Under the table: the stand-per date and estimate labels first, then what holds the
        total, the key and method, the notes and the supervision rule."""
        text = self._total_sentence(sheet)
        result = sheet.computed.result
        text += " " + self.tr("Key: {key}. Method: {method}.").format(
            key=result.key_description, method=result.method.label)
        if result.ties:
            text += " " + self.tr("%n tie(s) decided by the tie-break rule.", "", len(result.ties))
        for note in sheet.notes:
            if note != sheet.computed.fixed_note:  # said above in the window's own words
                text += " " + note
        if sheet.status_rule:
            text += " " + sheet.status_rule
        stand = self.tr("Figures as of {date}.").format(date=format_date(sheet.stand_per))
        labels = "".join(f" <b>{escape(label)}</b>" for label in sheet.estimates)
        return f"<b>{escape(stand)}</b>{labels} {escape(text)}"

    def _total_sentence(self, sheet: Worksheet) -> str:
        total, assigned = sheet.settings.totaal, sheet.assigned_total
        result = sheet.computed.result
        if sheet.settings.bereik == verdelingen.SCOPE_NATIONAL:
            text = self.tr(
                "This province's total {assigned} is fixed here: locks, bounds and exchanges move numbers only "
                "between its own municipalities. The national number {total} (divided over all municipalities "
                "of the Netherlands) is context."
            ).format(total=format_int(total), assigned=format_int(assigned))
            if result.exceeds_total:
                text += " " + self.tr(
                    "Rounding up makes the national sum {sum}: {excess} more than the national number, as the law prescribes."
                ).format(sum=format_int(result.allocated_sum), excess=format_int(result.excess))
            return text
        if sheet.computed.province_fixed:
            return self.tr("This province's total {assigned} is fixed here: locks, bounds and exchanges move "
                           "numbers only between its own municipalities.").format(assigned=format_int(assigned))
        if result.exceeds_total:
            return self.tr("Total assigned {assigned} exceeds the total {total} by {excess}: every share is rounded up "
                           "(Huisvestingswet art. 29).").format(
                assigned=format_int(assigned), total=format_int(total), excess=format_int(assigned - total))
        return self.tr("Total assigned {assigned} = total {total}.").format(
            assigned=format_int(assigned), total=format_int(total))

    def account(self, sheet: Worksheet, row: WorksheetRow, key_text: str) -> str:
        """How one gemeente's number came about (HTML): key, exact quota, rounding, constraints,
        exchanges, carry-over, official figure or computation, result."""
        line = sheet.computed.result.line(row.code)
        lines = [
            f"<b>{escape(row.naam)} ({row.code})</b>",
            self.tr("Key value: {value}").format(value=escape(key_text)),
            self.tr("Exact quota: {exact} ≈ {decimal}").format(
                exact=_exact(line.quota), decimal=format_fraction(line.quota, 4)),
            self.tr("Rounding: {text}").format(text=escape(line.rounding)),
        ]
        if line.constraint:
            lines.append(self.tr("Constraint: {text}").format(text=escape(line.constraint)))
        if line.credit_note:
            lines.append(self.tr("Credit: {text}").format(text=escape(line.credit_note)))
        for entry in sheet.computed.exchange_log:
            if row.code in (entry.exchange.from_unit, entry.exchange.to_unit):
                lines.append(self.tr("Exchange: {text}").format(text=escape(entry.text())))
        if row.carried:
            lines.append(self.tr("Carried over from the previous half-year: {n}").format(n=format_int(row.carried)))
        if row.official is not None:
            lines.append(self.tr("Official figure: {n} (source: {source}); computed: {computed}").format(
                n=format_int(row.official), source=escape(row.source), computed=format_int(row.computed)))
        else:
            lines.append(self.tr("Source: computed ({n})").format(n=format_int(row.computed or 0)))
        lines.append(self.tr("Result: {n}").format(n=format_int(row.assigned)))
        return "<br>".join(lines)


def _exact(value) -> str:
    return str(value.numerator) if value.denominator == 1 else f"{value.numerator}/{value.denominator}"


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
