"""The words of the documents per language: a Dutch document holds none of the English list and
an English one none of the Dutch list, once the user's own words (names of gemeenten and
regio's, titles of sources, meeting texts) are taken out.

Only words that belong to one language are listed: "Agenda", "Status", "Factsheet", "in",
"is" and "per" are both Dutch and English; legal names (Huisvestingswet) and the names of
organisations (COA, Nidos, CBS) stay as they are in both.
"""

from __future__ import annotations

import re

DUTCH = [
    "opgave", "opgaven", "gerealiseerd", "realiseren", "gereal", "taakstelling", "gecorrigeerde", "overloop",
    "bron", "bronnen", "pagina", "totaal", "gemeente", "gemeenten", "regio", "verdeling", "versie",
    "verdeelsleutel", "methode", "grootste", "rest", "naar boven", "afronden", "afronding", "quotum", "sleutel",
    "aandeel", "verantwoording", "peildatum", "beperkingen", "gelijke", "uitwisselingen", "inwoners", "onder",
    "geen", "gegevens", "vast", "verrekening", "krediet", "overschot", "kaart", "verloop", "grondslag", "landelijk", "inhoud",
    "vergadering", "besluitenlijst", "actiepunten", "concept", "groen", "oranje", "rood", "let op", "gehuisvest",
    "capaciteit", "deler", "bereik", "opgesteld", "aanwezigen", "plaats", "periode", "van", "het", "een",
    "niet", "voor", "met", "op", "zie", "stand", "huisvesting", "opvang", "vergunninghouders", "ontheemden",
    "asielzoekers", "toelichting", "oekraïne", "ingevoerd", "telt", "mee", "deel",
]

ENGLISH = [
    "task", "tasks", "realised", "realise", "source", "sources", "page", "total", "municipality",
    "municipalities", "region", "distribution", "version", "key", "method", "largest", "remainder", "rounding",
    "share", "account", "reference date", "constraints", "ties", "exchanges", "carried over", "corrected",
    "population", "under", "no data", "or more", "fixed", "lock", "credit", "surplus", "notes", "map", "housing",
    "reception", "basis", "national", "contents", "meeting", "decisions", "action", "draft", "green", "orange",
    "red", "note", "housed", "capacity", "divisor", "scope", "prepared", "attendees", "place", "period", "the",
    "and", "to", "with", "from", "see", "permit", "holders", "asylum", "seekers", "displaced", "ukraine",
    "minors", "unaccompanied", "explanation", "still", "entered", "counts", "part",
]

OTHER = {"nl": ENGLISH, "en": DUTCH}
MARK = {"nl": "CONCEPT", "en": "DRAFT"}


def strip_user_words(text: str, data_strings: list[str]) -> str:
    """The document's text on one line, with every data string (longest first) taken out."""
    flat = " ".join(text.split())
    for value in data_strings:
        flat = flat.replace(" ".join(value.split()), " ")
    return flat


def foreign_words(text: str, language: str, data_strings: list[str]) -> dict[str, str]:
    """Words of the other language in ``text``, each with a little context to find it."""
    # The document's own CONCEPT mark in the margin goes first: read back beside a line of text,
    # it would split a source's title in two.
    flat = strip_user_words(re.sub(rf"\b{MARK[language]}\b", " ", text), data_strings)
    found = {}
    for word in OTHER[language]:
        match = re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", flat, re.IGNORECASE)
        if match:
            found[word] = flat[max(0, match.start() - 60): match.end() + 60]
    return found
