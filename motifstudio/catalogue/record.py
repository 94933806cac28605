"""A catalogue record: Dublin Core terms for one motif, plain frozen data.

The fields follow the DCMI terms an archivist fills in (title, creator,
contributor, date, coverage/place, subject, description, type, format,
extent, medium, rights, licence, source, provenance) plus what a textile
archive needs on top: the motif's names in Kyrgyz, Uzbek, Russian and English
with their script, the meanings recorded from informants, and the consent and
attribution of living makers and communities.

Construction validates everything and raises :class:`ValueError` with a
message naming the field, so the CLI, the GUI and an importer share one check.

Examples
--------
>>> r = Record(title="Ram's horn", technique="shyrdak",
...            names=(Name("кочкор мүйүз", "ky", "Cyrl"),),
...            meanings=(Meaning("strength of the herd", "en", informant="A. T."),))
>>> r.name_for("ky").tag
'ky-Cyrl'
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any, Optional

__all__ = ["TECHNIQUES", "ROLES", "NAME_LANGUAGES", "Name", "Contributor", "Meaning", "Consent",
           "Record", "check_date"]

#: Techniques an archivist can choose; anything else is recorded as "other".
TECHNIQUES = ("shyrdak", "ala-kiyiz", "suzani", "ikat", "other")
#: Roles of contributors (MARC relator-like, in plain words).
ROLES = ("digitiser", "informant", "photographer", "collector", "maker", "translator",
         "cataloguer", "other")
#: The four languages every record offers a name field for.
NAME_LANGUAGES = ("ky", "uz", "ru", "en")

_LANG = re.compile(r"^[a-z]{2,3}$")
_SCRIPT = re.compile(r"^[A-Z][a-z]{3}$")
# ISO 8601 calendar dates, reduced precision allowed, optionally approximate
# ("c. 1950", "1950?"), a decade ("1950s") or an interval ("1950/1960").
_DAY = r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?"
_DATE = re.compile(rf"^(?:c\.\s?)?(?:{_DAY}s?)(?:/{_DAY})?\??$")


def check_date(value: str, what: str) -> str:
    """Return *value* stripped if it is an empty or ISO-like (maybe approximate) date."""
    if not isinstance(value, str):
        raise ValueError(f"{what}: expected a date string, got {type(value).__name__}")
    v = value.strip()
    if v and not _DATE.match(v):
        raise ValueError(f"{what}: {value!r} is not a date like 1950, 1950-06, 1950-06-21, "
                         "c. 1950, 1950s, 1950? or 1950/1960")
    return v


def _text(value: Any, what: str, *, required: bool = False) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{what}: expected text, got {type(value).__name__}")
    v = value.strip()
    if required and not v:
        raise ValueError(f"{what} must not be empty")
    return v


def _tuple_of(value: Any, kind: type, what: str) -> tuple:
    if isinstance(value, (str, bytes)) or not hasattr(value, "__iter__"):
        raise ValueError(f"{what}: expected a list of {kind.__name__}")
    items = tuple(value)
    for i, item in enumerate(items):
        if not isinstance(item, kind):
            raise ValueError(f"{what}[{i}]: expected {kind.__name__}, got {type(item).__name__}")
    return items


def _set(obj, name: str, value) -> None:
    object.__setattr__(obj, name, value)   # normalising inside a frozen dataclass


@dataclass(frozen=True)
class Name:
    """The motif's name in one language, with its script (BCP 47 subtags)."""
    text: str
    language: str      # "ky", "uz", "ru", "en", ...
    script: str        # "Cyrl", "Latn", "Arab", ...

    def __post_init__(self):
        _set(self, "text", _text(self.text, "name", required=True))
        if not isinstance(self.language, str) or not _LANG.match(self.language):
            raise ValueError(f"name {self.text!r}: language must be a code such as 'ky', "
                             f"got {self.language!r}")
        if not isinstance(self.script, str) or not _SCRIPT.match(self.script):
            raise ValueError(f"name {self.text!r}: script must be a code such as 'Cyrl' or "
                             f"'Latn', got {self.script!r}")

    @property
    def tag(self) -> str:
        return f"{self.language}-{self.script}"


@dataclass(frozen=True)
class Contributor:
    """A person or body who contributed, and how (digitiser, informant, ...)."""
    name: str
    role: str

    def __post_init__(self):
        _set(self, "name", _text(self.name, "contributor name", required=True))
        if self.role not in ROLES:
            raise ValueError(f"contributor {self.name!r}: role must be one of "
                             f"{', '.join(ROLES)}, got {self.role!r}")


@dataclass(frozen=True)
class Meaning:
    """One recorded meaning of the motif: what was said, in which language, by whom, when."""
    text: str
    language: str = ""
    informant: str = ""
    date: str = ""

    def __post_init__(self):
        _set(self, "text", _text(self.text, "meaning", required=True))
        if self.language and (not isinstance(self.language, str) or not _LANG.match(self.language)):
            raise ValueError(f"meaning {self.text[:30]!r}: language must be a code such as "
                             f"'ky', got {self.language!r}")
        _set(self, "informant", _text(self.informant, "meaning informant"))
        _set(self, "date", check_date(self.date, "meaning date"))


@dataclass(frozen=True)
class Consent:
    """Consent of a living maker or community, and how they want to be credited."""
    given_by: str
    scope: str            # e.g. "archive and non-commercial publication"
    date: str
    attribution: str = ""  # the credit line to print with the motif

    def __post_init__(self):
        _set(self, "given_by", _text(self.given_by, "consent: who consented", required=True))
        _set(self, "scope", _text(self.scope, "consent scope", required=True))
        _set(self, "date", check_date(self.date, "consent date"))
        if not self.date:
            raise ValueError(f"consent of {self.given_by!r}: the date is required")
        _set(self, "attribution", _text(self.attribution, "consent attribution"))


_TEXT_FIELDS = ("creator", "place", "description", "type", "format", "medium", "rights",
                "licence", "source_object_id", "provenance")
_DATE_FIELDS = ("date_made", "date_collected", "date_digitised")


@dataclass(frozen=True)
class Record:
    """Everything the catalogue knows about a motif, apart from its files.

    Dates are ISO 8601 strings that may be approximate (see :func:`check_date`);
    ``extent_cm`` is the physical object's (width, height) in centimetres.
    """
    title: str
    names: tuple = ()                 # Name, at most one per language + script
    creator: str = ""                 # the maker, or "unknown"
    contributors: tuple = ()          # Contributor
    date_made: str = ""
    date_collected: str = ""
    date_digitised: str = ""
    place: str = ""
    subject: tuple = ()               # keywords (str)
    description: str = ""
    type: str = "StillImage"          # DCMI type vocabulary
    format: str = "application/x-motifstudio"
    extent_cm: Optional[tuple] = None
    medium: str = ""                  # e.g. "felt", "silk on cotton"
    technique: str = "other"
    rights: str = ""
    licence: str = ""
    source_object_id: str = ""        # the holding museum's inventory number, ...
    provenance: str = ""
    meanings: tuple = ()              # Meaning
    consent: tuple = ()               # Consent

    def __post_init__(self):
        _set(self, "title", _text(self.title, "title", required=True))
        for f in _TEXT_FIELDS:
            _set(self, f, _text(getattr(self, f), f))
        for f in _DATE_FIELDS:
            _set(self, f, check_date(getattr(self, f), f))
        _set(self, "names", _tuple_of(self.names, Name, "names"))
        tags = [n.tag for n in self.names]
        dup = {t for t in tags if tags.count(t) > 1}
        if dup:
            raise ValueError(f"names: more than one name for {', '.join(sorted(dup))}")
        _set(self, "contributors", _tuple_of(self.contributors, Contributor, "contributors"))
        _set(self, "meanings", _tuple_of(self.meanings, Meaning, "meanings"))
        _set(self, "consent", _tuple_of(self.consent, Consent, "consent"))
        _set(self, "subject", tuple(_text(s, f"subject[{i}]", required=True)
                                    for i, s in enumerate(_tuple_of(self.subject, str, "subject"))))
        tech = self.technique.strip().lower() if isinstance(self.technique, str) else self.technique
        if tech not in TECHNIQUES:
            raise ValueError(f"technique must be one of {', '.join(TECHNIQUES)}, got "
                             f"{self.technique!r}")
        _set(self, "technique", tech)
        if self.extent_cm is not None:
            try:
                w, h = (float(v) for v in self.extent_cm)
            except (TypeError, ValueError):
                raise ValueError(f"extent_cm: expected (width, height) in cm, got "
                                 f"{self.extent_cm!r}") from None
            if not (0 < w < 1e5 and 0 < h < 1e5):
                raise ValueError(f"extent_cm: width and height must be positive, got {w} × {h}")
            _set(self, "extent_cm", (w, h))

    def name_for(self, language: str) -> Optional[Name]:
        """The first name in *language*, or None."""
        return next((n for n in self.names if n.language == language), None)

    def replace(self, **changes) -> "Record":
        return dataclasses.replace(self, **changes)

    # ------------------------------------------------------------ plain data
    def to_dict(self) -> dict:
        """JSON-ready dict (for exchange formats and the CLI's ``show --json``)."""
        d = dataclasses.asdict(self)
        d["extent_cm"] = list(self.extent_cm) if self.extent_cm else None
        d["subject"] = list(self.subject)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Record":
        if not isinstance(d, dict):
            raise ValueError("record: expected a mapping")
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = set(d) - known
        if unknown:
            raise ValueError(f"record: unknown fields {', '.join(sorted(unknown))}")
        kw = dict(d)

        def items(key, kind):
            try:
                return tuple(kind(**x) for x in kw.get(key) or ())
            except TypeError as exc:
                raise ValueError(f"record {key}: {exc}") from None
        kw["names"] = items("names", Name)
        kw["contributors"] = items("contributors", Contributor)
        kw["meanings"] = items("meanings", Meaning)
        kw["consent"] = items("consent", Consent)
        kw["subject"] = tuple(kw.get("subject") or ())
        if kw.get("extent_cm") is not None:
            kw["extent_cm"] = tuple(kw["extent_cm"])
        return cls(**kw)
