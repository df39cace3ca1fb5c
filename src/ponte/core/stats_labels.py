"""Words for statistics codes (table names, categories), Italian first, English too.

Domain codes (age bands, service types…) use ``core/labels.py`` through the enum *of that
table's rows or columns* (``line_1522`` is "tramite 1522" as a first contact and "1522" as
who referred her); the codes that exist only in statistics are named here. Unknown codes
are shown as they are (a newer centre's table). Qt-free: screens and exports share it.
"""

from __future__ import annotations

from enum import StrEnum

from ponte.core import enums as e
from ponte.core import outcome_labels
from ponte.core.labels import label
from ponte.core.suppression import HIDDEN, SMALL

TITLES: dict[str, tuple[str, str]] = {
    "overview": ("Quadro generale", "Overview"),
    "age_citizenship": ("Età e cittadinanza", "Age and citizenship"),
    "age_group_citizenship": ("Età (fasce ampie) e cittadinanza", "Age group and citizenship"),
    "violence_forms": ("Forme di violenza", "Forms of violence"),
    "author_relation": ("Relazione con l'autore", "Relation to the author"),
    "violence_duration": ("Durata della violenza", "Duration of the violence"),
    "children": ("Figli e figlie", "Children"),
    "legal": ("Percorso legale", "Legal steps"),
    "first_contact": ("Primo contatto", "First contact"),
    "invio_da": ("Invio da", "Referred by"),
    "steps": ("Percorsi di autonomia", "Autonomy steps"),
    "reddito_di_liberta": ("Reddito di libertà", "Reddito di libertà"),
    "referrals": ("Invii ai servizi", "Referrals to services"),
    "days_to_first_status": ("Tempi di risposta", "Time to first answer"),
}
WORDS: dict[str, tuple[str, str]] = {
    "count": ("numero", "count"),
    "total": ("totale", "total"),
    "unknown": ("non rilevato", "not recorded"),
    "under_35": ("meno di 35", "under 35"),
    "35_54": ("35–54", "35–54"),
    "55_plus": ("55 e oltre", "55 and over"),
    "foreign": ("straniera", "foreign"),
    "new_contacts": ("nuovi contatti", "new contacts"),
    "active_cases": ("casi attivi", "active cases"),
    "closed_cases": ("casi chiusi", "closed cases"),
    "referrals": ("invii", "referrals"),
    "women_with_children": ("donne con figli", "women with children"),
    "women_with_minors": ("donne con figli minori", "women with minor children"),
    "minors": ("figli minori", "minor children"),
    "women_minors_witnessed": ("minori testimoni di violenza", "minors who witnessed violence"),
    "women_minors_direct_victims": ("minori che l'hanno subita", "minors who suffered violence"),
    "started": ("avviati", "started"),
    "completed": ("conclusi", "completed"),
    "granted": ("concesso", "granted"),
    "refused": ("respinto", "refused"),
    "stopped": ("interrotto", "stopped"),
    "pending": ("in attesa", "pending"),
    "accepted": ("accettati", "accepted"),
    "done": ("conclusi", "done"),
    "declined": ("rifiutati", "declined"),
    "withdrawn": ("ritirati o non recapitati", "withdrawn or failed"),
    "median_days": ("giorni (valore centrale)", "days (median)"),
    "answered": ("con risposta", "answered"),
    "metro": ("Area metropolitana", "Metropolitan area"),
    "rho": ("Rete di Rho", "Rho network"),
    "legnano": ("Rete di Legnano", "Legnano network"),
    "cinisello_balsamo": ("Rete di Cinisello Balsamo", "Cinisello Balsamo network"),
    "rozzano": ("Rete di Rozzano", "Rozzano network"),
    "melzo": ("Rete di Melzo", "Melzo network"),
    "san_donato_milanese": ("Rete di San Donato Milanese", "San Donato Milanese network"),
    "milano_metro": ("Rete di Milano", "Milan network"),
}
TITLES.update(outcome_labels.TITLES)  # the outcome indicators (issue 21)
WORDS.update(outcome_labels.WORDS)
#: table → the enum its rows (categories) are codes of; and of its columns, where not counts.
ROW_ENUM: dict[str, type[StrEnum]] = {
    "age_citizenship": e.AgeBand,
    "violence_forms": e.ViolenceForm,
    "author_relation": e.AuthorRelation,
    "violence_duration": e.ViolenceDuration,
    "legal": e.LegalFlag,
    "first_contact": e.FirstContact,
    "invio_da": e.InvioDa,
    "steps": e.StepType,
    "referrals": e.ServiceType,
}
COLUMN_ENUM: dict[str, type[StrEnum]] = {
    "age_citizenship": e.Citizenship,
    "age_group_citizenship": e.Citizenship,
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if lang == "it" else pair[1]


def _base(table: str) -> str:
    return table.rsplit(".", 1)[-1]


def title(table: str, lang: str = "it") -> str:
    """A table's title; a combined table of one area (``rho.invio_da``) names the area."""
    name = _base(table)
    text = _pick(TITLES[name], lang) if name in TITLES else name
    area = table.rsplit(".", 1)[0] if "." in table else ""
    return f"{text} — {word(area, lang)}" if area else text


#: What the marks of a suppressed table mean, for every export (Italian, English).
LEGEND: tuple[tuple[str, str, str], ...] = (
    (
        SMALL,
        "da 1 a 4: non mostrato, troppo pochi per restare anonime",
        "from 1 to 4: not shown, too few to stay anonymous",
    ),
    (
        HIDDEN,
        "nascosto perché un numero piccolo non si possa ricavare dai totali",
        "hidden so that a small count cannot be worked out from the totals",
    ),
    (
        "≥n",
        "almeno n: qualche centro ha nascosto il proprio numero",
        "at least n: some centres hid their count",
    ),
)


def legend(lang: str = "it") -> list[tuple[str, str]]:
    return [(mark, it if lang == "it" else en) for mark, it, en in LEGEND]


def sheet_names(titles: list[str], reserved: tuple[str, ...] = ()) -> list[str]:
    """Spreadsheet-safe, unique sheet names (at most 31 characters, no ``[]:*?/\\``)."""
    used = {r.lower() for r in reserved}
    out = []
    for text in titles:
        base = "".join(" " if ch in "[]:*?/\\" else ch for ch in text).strip()[:31] or "—"
        name, n = base, 2
        while name.lower() in used:
            suffix = f" ({n})"
            name, n = base[: 31 - len(suffix)] + suffix, n + 1
        used.add(name.lower())
        out.append(name)
    return out


def word(code: str, lang: str = "it", *, table: str = "", column: bool = False) -> str:
    """A category (``column=False``) or column code of ``table`` in words; without a
    table, only the statistics' own words (totals, networks)."""
    enum = (COLUMN_ENUM if column else ROW_ENUM).get(_base(table))
    if enum is not None:
        try:
            return label(enum(code), lang)
        except ValueError:
            pass
    if code in WORDS:
        return _pick(WORDS[code], lang)
    return code
