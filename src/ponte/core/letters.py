"""Letters from templates: placeholders filled from the case, protected ones left blank.

A template is plain text with ``${placeholder}`` marks (Python's ``string.Template``: no
expressions, no attribute access, nothing a template could run). The placeholders are a
closed list (:data:`PLACEHOLDERS`); a template naming another one is refused when saved.
*Protected* placeholders (the shelter's address, her phone, her codice fiscale) are left as
a blank line to fill by hand unless the operatrice ticks them for this one letter.

The centre keeps its templates in the vault (``letter_templates``); :data:`BUILTIN` are the
four every centre starts with, in Italian because the letters go to Italian offices.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from string import Template

from ponte.core.enums import LetterKind
from ponte.core.errors import TemplateInvalid

BLANK = "____________________"


@dataclass(frozen=True)
class Placeholder:
    name: str
    description: str  # English source; the desktop translates it (context "placeholders")
    protected: bool = False


PLACEHOLDERS: dict[str, Placeholder] = {
    p.name: p
    for p in (
        Placeholder("centro", "name of the centre"),
        Placeholder("contatto_centro", "the centre's phone or e-mail for replies"),
        Placeholder("data", "today's date"),
        Placeholder("operatrice", "your name"),
        Placeholder("codice", "her code in this centre"),
        Placeholder("nome", "the name she uses"),
        Placeholder("presa_in_carico", "the day the centre took her case"),
        Placeholder("richiesta_rdl", "the day the Reddito di libertà was requested"),
        Placeholder("prima_mensilita_rdl", "the day of the first Reddito di libertà payment"),
        Placeholder("codice_fiscale", "her codice fiscale", protected=True),
        Placeholder("indirizzo_rifugio", "the shelter's address", protected=True),
        Placeholder("telefono", "her phone number", protected=True),
    )
}
PROTECTED = frozenset(p.name for p in PLACEHOLDERS.values() if p.protected)


@dataclass(frozen=True)
class LetterTemplate:
    id: str
    kind: LetterKind
    title: str
    body: str
    builtin: bool = False

    def placeholders(self) -> list[str]:
        return names_in(self.body)

    def protected(self) -> list[str]:
        return [n for n in self.placeholders() if n in PROTECTED]


def names_in(body: str) -> list[str]:
    """The placeholders a body uses, in order of first use; TemplateInvalid if malformed or
    unknown."""
    template = Template(body)
    if not template.is_valid():
        raise TemplateInvalid("malformed placeholder")
    seen: list[str] = []
    for name in template.get_identifiers():
        if name not in PLACEHOLDERS:
            raise TemplateInvalid(name)
        if name not in seen:
            seen.append(name)
    return seen


@dataclass(frozen=True)
class Filled:
    """A letter ready for her review: the text, and what was left blank."""

    title: str
    text: str
    blanked: tuple[str, ...] = field(default_factory=tuple)


def render(
    template: LetterTemplate, values: Mapping[str, str], ticked: frozenset[str] = frozenset()
) -> Filled:
    """Fill the template. A protected placeholder gets its value only when ``ticked``; any
    placeholder without a value is a blank line to fill in by hand."""
    names = template.placeholders()
    filled: dict[str, str] = {}
    blanked: list[str] = []
    for name in names:
        value = values.get(name, "")
        if (name in PROTECTED and name not in ticked) or not value:
            filled[name] = BLANK
            if name in PROTECTED:
                blanked.append(name)
        else:
            filled[name] = value
    return Filled(template.title, Template(template.body).substitute(filled), tuple(blanked))


_SIGN = "\n\n${centro}\nL'operatrice, ${operatrice}\nPer contatti: ${contatto_centro}\n"

BUILTIN: tuple[LetterTemplate, ...] = (
    LetterTemplate(
        "builtin:referral_cover",
        LetterKind.REFERRAL_COVER,
        "Lettera di accompagnamento all'invio",
        "${data}\n\nAl servizio in indirizzo\n\n"
        "Oggetto: invio della signora ${nome} (codice ${codice})\n\n"
        "Con la presente accompagniamo l'invio della signora in oggetto, seguita dal nostro "
        "centro dal ${presa_in_carico}, con il suo consenso. Vi chiediamo di prendere contatto "
        "con il centro prima di contattare direttamente la signora.\n\n"
        "Recapito telefonico della signora, se da lei autorizzato: ${telefono}" + _SIGN,
        builtin=True,
    ),
    LetterTemplate(
        "builtin:rdl_declaration",
        LetterKind.RDL_DECLARATION,
        "Dichiarazione per il Reddito di libertà",
        "${data}\n\nAl Comune di residenza – Servizi sociali\n\n"
        "Oggetto: Reddito di libertà (DPCM 17 dicembre 2020) – dichiarazione del centro "
        "antiviolenza\n\n"
        "Si dichiara che la signora ${nome}, codice fiscale ${codice_fiscale}, è seguita dal "
        "${centro} in un percorso di fuoriuscita dalla violenza dal ${presa_in_carico}.\n"
        "La domanda di Reddito di libertà è stata presentata il ${richiesta_rdl}." + _SIGN,
        builtin=True,
    ),
    LetterTemplate(
        "builtin:path_certificate",
        LetterKind.PATH_CERTIFICATE,
        "Attestazione del percorso",
        "${data}\n\nA chi di competenza\n\n"
        "Si attesta che la signora ${nome}, codice fiscale ${codice_fiscale}, è inserita dal "
        "${presa_in_carico} in un percorso presso il ${centro}.\n"
        "Per ragioni di sicurezza la signora è domiciliata presso: ${indirizzo_rifugio}." + _SIGN,
        builtin=True,
    ),
    LetterTemplate(
        "builtin:social_services_report",
        LetterKind.SOCIAL_SERVICES_REPORT,
        "Relazione per i servizi sociali",
        "${data}\n\nAl Servizio sociale del Comune\n\n"
        "Oggetto: relazione sulla signora ${nome} (codice ${codice})\n\n"
        "La signora è seguita dal nostro centro dal ${presa_in_carico}.\n\n"
        "[Descrivere qui il percorso, gli obiettivi condivisi con lei e le richieste al "
        "servizio, solo per quanto lei ha acconsentito a condividere.]\n\n"
        "Recapito telefonico della signora, se da lei autorizzato: ${telefono}" + _SIGN,
        builtin=True,
    ),
)
