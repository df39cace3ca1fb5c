"""Words for the outcome indicators (issue 21): table titles, categories, populations.

Italian first, English too, for the screens and the exports alike (Qt-free). The codes are
those of ``core/indicators.py``; the statistics screens look them up with the others.
"""

from __future__ import annotations

from ponte.core import indicators as ind

TITLES: dict[str, tuple[str, str]] = {
    "outcome_training": ("Percorso di lavoro e formazione", "Job path and training"),
    "outcome_tirocinio": ("Tirocini", "Work placements (tirocini)"),
    "outcome_work_closure": ("Lavoro alla chiusura", "Work at closure"),
    "outcome_first_job": ("Dall'accoglienza al primo lavoro", "From intake to a first job"),
    "outcome_autonomy": (
        "Autonomia economica: accoglienza e chiusura",
        "Economic autonomy: intake and closure",
    ),
    "outcome_followup_6": ("Lavoro dopo 6 mesi", "Work after 6 months"),
    "outcome_followup_12": ("Lavoro dopo 12 mesi", "Work after 12 months"),
}
WORDS: dict[str, tuple[str, str]] = {
    "centre": ("il centro", "this centre"),
    "no_job_path": ("nessun percorso di lavoro", "no job path"),
    "no_training": ("percorso di lavoro senza corso", "job path, no course"),
    "training_started": ("corso iniziato, non concluso", "course started, not completed"),
    "training_completed": ("corso completato", "course completed"),
    "no_tirocinio": ("nessun tirocinio", "no placement"),
    "tirocinio_started": ("tirocinio iniziato, non concluso", "placement started, not completed"),
    "tirocinio_completed": ("tirocinio concluso", "placement completed"),
    "permanent": ("tempo indeterminato", "permanent contract"),
    "fixed_term": ("tempo determinato", "fixed-term contract"),
    "apprenticeship": ("apprendistato", "apprenticeship"),
    "self_employed": ("lavoro autonomo", "self-employed"),
    "tirocinio": ("in tirocinio", "in a placement"),
    "not_working": ("non lavora", "not working"),
    ind.NOT_RECORDED: ("non rilevato", "not recorded"),
    "in_work_at_intake": ("lavorava già all'accoglienza", "in work at intake"),
    "within_90_days": ("entro 90 giorni", "within 90 days"),
    "within_180_days": ("tra 91 e 180 giorni", "91 to 180 days"),
    "within_365_days": ("tra 181 e 365 giorni", "181 to 365 days"),
    "after_365_days": ("oltre un anno", "after more than a year"),
    "no_job": ("nessun lavoro fino alla chiusura", "no job until closure"),
    "intake_not_recorded": ("situazione all'accoglienza non rilevata", "intake not recorded"),
    "intake_autonomous": ("autonoma all'accoglienza", "autonomous at intake"),
    "intake_not_autonomous": ("non autonoma all'accoglienza", "not autonomous at intake"),
    "closure_autonomous": ("autonoma alla chiusura", "autonomous at closure"),
    "closure_not_autonomous": ("non autonoma alla chiusura", "not autonomous at closure"),
    "closure_not_recorded": ("chiusura non rilevata", "closure not recorded"),
    ind.FOLLOWED_UP: ("ricontattate", "followed up"),
    "not_reached": ("non raggiungibili", "could not be reached"),
    "no_consent": ("senza consenso al ricontatto", "no consent to be contacted"),
    "not_done": ("ricontatto non ancora fatto", "not done yet"),
}
#: What each population is: the denominator every outcome table states.
POPULATIONS: dict[str, tuple[str, str]] = {
    ind.CLOSED: (
        "donne il cui percorso si è chiuso nel periodo",
        "women whose path closed in the period",
    ),
    ind.DUE_6: (
        "donne il cui ricontatto a 6 mesi dalla chiusura cadeva nel periodo",
        "women whose 6-month follow-up fell due in the period",
    ),
    ind.DUE_12: (
        "donne il cui ricontatto a 12 mesi dalla chiusura cadeva nel periodo",
        "women whose 12-month follow-up fell due in the period",
    ),
}


def pick(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if lang == "it" else pair[1]


def population(table: str, lang: str = "it") -> str:
    """The denominator of an outcome table, in words."""
    return pick(POPULATIONS[ind.TABLES[table.rsplit(".", 1)[-1]]], lang)
