"""The bundled palette library: DMC threads, modern and natural-dye palettes.

Bundled palettes live under :func:`~motifstudio.design.palettes.palettes_dir`
(``resources/palettes``):

* ``dmc/`` -- the DMC stranded-cotton table (id ``"dmc"``, kind ``"threads"``);
* ``modern/*.gpl`` -- palettes designed by the Motif Studio team
  (ids ``"modern/<stem>"``, kind ``"modern"``);
* ``natural-dye/*.gpl`` -- the team's approximations of traditional dye
  colours (ids ``"natural-dye/<stem>"``, kind ``"natural-dye"``).

Each ``.gpl`` file carries its own provenance and licence in the comment
block after its header, so a palette dropped into a folder documents itself;
each folder's ``README.md`` says the same for people.

>>> [i.id for i in bundled_palettes()][:2]
['dmc', 'modern/bishkek-bazaar']
>>> load_palette("natural-dye/madder").name
'Madder'
"""
from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from pathlib import Path

from motifstudio.core.document import Palette

from .palettes import load_dmc, palettes_dir, read_gpl

__all__ = ["KINDS", "PaletteInfo", "bundled_palettes", "load_palette"]

#: Palette kinds, in listing order.  The folder of a ``.gpl`` kind has its name.
KINDS = ("threads", "modern", "natural-dye")
_GPL_KINDS = ("modern", "natural-dye")

_DMC_PROVENANCE = ("DMC stranded-cotton floss colours: hobbyist screen approximations, not "
                   "DMC-published data; from the R package 'dmc' by Sharla Gelfand "
                   "(see resources/palettes/dmc/SOURCE.md).")
_DMC_LICENCE = ("MIT via sharlagelfand/dmc; the table it was built from states no licence "
                "(see resources/palettes/dmc/SOURCE.md)")


@dataclass(frozen=True)
class PaletteInfo:
    """One bundled palette, as listed (its colours are not loaded).

    Attributes
    ----------
    id : str
        ``"dmc"``, ``"modern/<stem>"`` or ``"natural-dye/<stem>"``; pass it to
        :func:`load_palette` (or to ``motifstudio palette --to``).
    name : str
        Display name (the ``Name:`` of the ``.gpl`` file).
    kind : str
        One of :data:`KINDS`.
    count : int
        Number of colours.
    provenance : str
        Who made the colours and from what, in one paragraph.
    licence : str
        Licence of the colour data.
    path : Path
        The file the colours are read from.
    """
    id: str
    name: str
    kind: str
    count: int
    provenance: str
    licence: str
    path: Path


def bundled_palettes() -> list[PaletteInfo]:
    """Every bundled palette: DMC first, then modern, then natural-dye, each by id.

    Raises
    ------
    ValueError
        A bundled ``.gpl`` file is damaged or lacks its provenance comment
        (a packaging mistake, caught by the tests).
    """
    return list(_catalogue(palettes_dir()))


def load_palette(palette_id: str) -> Palette:
    """Load a bundled palette by id (case and surrounding spaces ignored).

    ``"dmc"`` is the DMC table (:func:`~motifstudio.design.palettes.load_dmc`);
    any other id is read from its ``.gpl`` file, and each swatch's ``source``
    is set to the palette id so recoloured designs remember where a colour
    came from.  Palettes are immutable, so the result is cached.

    Raises
    ------
    ValueError
        *palette_id* is not a bundled palette; the message lists the ids.
    """
    if not isinstance(palette_id, str):
        raise TypeError(f"palette id must be a string, got {type(palette_id).__name__}")
    key = palette_id.strip().lower()
    root = palettes_dir()
    if key != "dmc" and not any(i.id == key for i in _catalogue(root)):
        known = ", ".join(i.id for i in _catalogue(root))
        raise ValueError(f"unknown palette {palette_id!r}; the bundled palettes are: {known}")
    return _load(key, root)


# Keyed on the folder so a test (or a frozen build) pointing elsewhere gets its own entries.
@functools.lru_cache(maxsize=4)
def _catalogue(root: Path) -> tuple[PaletteInfo, ...]:
    dmc = load_dmc()
    infos = [PaletteInfo(id="dmc", name=dmc.name, kind="threads", count=len(dmc),
                         provenance=_DMC_PROVENANCE, licence=_DMC_LICENCE,
                         path=root / "dmc")]
    for kind in _GPL_KINDS:
        for path in sorted((root / kind).glob("*.gpl")):
            palette = read_gpl(path)
            provenance, licence = _header_notes(path)
            if not provenance:
                raise ValueError(f"{path}: bundled palette without a provenance comment")
            infos.append(PaletteInfo(id=f"{kind}/{path.stem}", name=palette.name or path.stem,
                                     kind=kind, count=len(palette), provenance=provenance,
                                     licence=licence, path=path))
    return tuple(infos)


def _header_notes(path: Path) -> tuple[str, str]:
    """(provenance, licence) from the ``#`` comment lines before the first colour."""
    notes, licence = [], ""
    for line in path.read_text(encoding="utf-8-sig").splitlines()[1:]:
        line = line.strip()
        if not line:
            continue
        if not line.startswith("#"):
            if line.partition(":")[0].strip().lower() in ("name", "columns"):
                continue
            break                                   # first colour line
        text = line[1:].strip()
        if text.lower().startswith("licence:"):
            licence = text.split(":", 1)[1].strip().rstrip(".")
        elif text:
            notes.append(text)
    return " ".join(notes), licence


@functools.lru_cache(maxsize=32)
def _load(key: str, root: Path) -> Palette:
    if key == "dmc":
        return load_dmc()
    info = next(i for i in _catalogue(root) if i.id == key)
    palette = read_gpl(info.path)
    return Palette(swatches=tuple(dataclasses.replace(s, source=info.id)
                                  for s in palette.swatches),
                   name=palette.name or info.name)
