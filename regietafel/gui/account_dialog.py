"""The full verantwoording of a distribution as a formatted page: the facts as a list, the
constraints and ties, and one table per step with a row per gemeente (numbers right-aligned,
the sum in bold). The same account as the plain text of the documents, in another layout."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from regietafel.domain.texts import t as domain_text
from regietafel.domain.verantwoording import AccountTable, DistributionResult
from regietafel.gui.screen_fit import fit_on_show, resize_to_screen
from regietafel.store.texts import t as store_text


def account_html(computed) -> str:
    """A page for a computed version (``store.distributions.Computed``)."""
    parts = [f"<h2>{escape(domain_text('text.title'))}</h2>"]
    if computed.group_result is not None:
        parts.append(f"<h3>{escape(store_text('store.step1'))}</h3>")
        parts.append(result_html(computed.group_result))
        for name, step in zip(computed.step_names, computed.steps, strict=False):
            parts.append(f"<h3>{escape(domain_text('two.step2', name=name))}</h3>")
            parts.append(result_html(step))
    else:
        parts.append(result_html(computed.result))
    if computed.exchange_log:
        parts.append(f"<h3>{escape(store_text('store.exchanges').rstrip(':'))}</h3>")
        parts.append("<ul>" + "".join(f"<li>{escape(entry.text())}</li>" for entry in computed.exchange_log) + "</ul>")
    for note in computed.notes:
        parts.append(f"<p>{escape(store_text('store.note', note=note))}</p>")
    return "".join(parts)


def result_html(result: DistributionResult) -> str:
    facts = "".join(_fact_row(line) for line in result.facts())
    parts = [f"<table cellpadding='2'>{facts}</table>"]
    parts.append(_list(domain_text("text.constraints"), domain_text("text.constraints_none"), result.constraint_lines()))
    parts.append(_list(domain_text("text.ties"), domain_text("text.ties_none"),
                       [result.describe_tie(tie) for tie in result.ties]))
    parts.append(table_html(result.table()))
    notes = result.credit_note_lines()
    if notes:
        parts.append(_list(domain_text("text.credit_notes"), "", notes))
    return "".join(parts)


def _fact_row(line: str) -> str:
    label, _colon, value = line.partition(":")
    return f"<tr><td><b>{escape(label.strip())}</b></td><td>{escape(value.strip())}</td></tr>"


def _list(heading: str, none: str, lines: list[str]) -> str:
    if not lines:
        return f"<p>{escape(none)}</p>"
    return f"<p><b>{escape(heading)}</b></p><ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"


def table_html(table: AccountTable) -> str:
    def cells(values: list[str], tag: str, bold: bool = False) -> str:
        out = []
        for column, value in enumerate(values):
            align = "right" if table.right_aligned(column) else "left"
            text = escape(value)
            out.append(f"<{tag} align='{align}'>{f'<b>{text}</b>' if bold else text}</{tag}>")
        return "<tr>" + "".join(out) + "</tr>"

    rows = [cells(table.headers, "th")] + [cells(row, "td") for row in table.rows] + [cells(table.total, "td", True)]
    return "<table border='1' cellspacing='0' cellpadding='3'>" + "".join(rows) + "</table>"


class AccountDialog(QDialog):
    def __init__(self, computed, parent: QWidget | None = None):
        super().__init__(parent)
        fit_on_show(self)
        self.setWindowTitle(self.tr("Account of the distribution"))
        self.text = computed.verantwoording_text()
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setHtml(account_html(computed))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton(self.tr("&Copy as text"), self)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        resize_to_screen(self, 980, 720)
