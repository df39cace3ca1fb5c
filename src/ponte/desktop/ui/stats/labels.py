"""Words for statistics codes (table names, categories), Italian first, English too.

Domain codes (age bands, service types…) use ``core/labels.py``; the codes that exist only
in statistics are named here. Unknown codes are shown as they are (a newer centre's table).
"""

from __future__ import annotations

from enum import StrEnum

from ponte.core import enums as e
from ponte.core import outcome_labels
from ponte.core.labels import label

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
    "median_days": ("giorni (mediana)", "days (median)"),
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
_ENUMS: tuple[type[StrEnum], ...] = (
    e.AgeBand,
    e.Citizenship,
    e.FirstContact,
    e.InvioDa,
    e.ViolenceForm,
    e.ViolenceDuration,
    e.AuthorRelation,
    e.LegalFlag,
    e.StepType,
    e.ServiceType,
)


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if lang == "it" else pair[1]


def title(table: str, lang: str = "it") -> str:
    name = table.rsplit(".", 1)[-1]
    return _pick(TITLES[name], lang) if name in TITLES else table


def word(code: str, lang: str = "it") -> str:
    """A category or column code in words."""
    if code in WORDS:
        return _pick(WORDS[code], lang)
    for enum in _ENUMS:
        try:
            return label(enum(code), lang)
        except (ValueError, KeyError):
            continue
    return code
