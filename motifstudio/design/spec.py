"""The design state of a project and what it makes: colours + layout.

:class:`DesignSpec` is what the user chooses in the Design step (saved in the
project and changed by named edits): a :class:`ColourPlan` (recolour to a
target palette, or keep the traced colours) and a :class:`~.layout.Layout`.
:func:`build_design` applies it to a traced :class:`Motif` and returns a
:class:`Design`, the input of every design writer (SVG of the whole design,
seamless tile, PNG).

Overrides and the counterchange pair name motif colours by their colour
(``#rrggbb`` of the traced colour), not by index, so they survive a re-trace
that renumbers the palette: the nearest current colour is used.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from ..core.colour import hex_to_rgb8, rgb_to_lab
from ..core.document import Motif, Palette, Swatch
from .layout import Composition, Layout, compose
from .recolour import recolour

__all__ = ["ColourPlan", "DesignSpec", "Design", "build_design", "nearest_colour_index",
           "colour_areas"]


@dataclass(frozen=True)
class ColourPlan:
    """Recolour to ``target`` (None: keep the traced colours).

    ``overrides``: ``((source "#rrggbb", target index), ...)`` fixed choices.
    """
    target: Optional[Palette] = None
    min_delta_e: float = 10.0
    max_colours: Optional[int] = None
    keep_lightness_order: bool = True
    overrides: tuple = ()

    def check(self) -> None:
        if not (isinstance(self.min_delta_e, (int, float)) and 0 <= self.min_delta_e <= 100):
            raise ValueError(f"the smallest difference between touching colours must be "
                             f"0..100 ΔE, got {self.min_delta_e!r}")
        if self.max_colours is not None and (isinstance(self.max_colours, bool) or
                                             not isinstance(self.max_colours, int)
                                             or self.max_colours < 1):
            raise ValueError(f"the colour limit must be a whole number of at least 1, "
                             f"got {self.max_colours!r}")
        if self.target is not None and len(self.target) == 0:
            raise ValueError("the target palette has no colours")
        for item in self.overrides:
            if len(item) != 2:
                raise ValueError(f"an override is (colour, target index), got {item!r}")
            hex_to_rgb8(item[0])
            if self.target is None or not 0 <= int(item[1]) < len(self.target):
                raise ValueError(f"override target {item[1]!r} is not in the target palette")

    def to_dict(self) -> dict:
        d = {"min_delta_e": self.min_delta_e, "max_colours": self.max_colours,
             "keep_lightness_order": self.keep_lightness_order,
             "overrides": [[h, int(t)] for h, t in self.overrides]}
        if self.target is not None:
            d["target"] = {"name": self.target.name,
                           "swatches": [{"name": s.name, "rgb": list(s.rgb), "lab": list(s.lab),
                                         "source": s.source} for s in self.target.swatches]}
        return d

    @classmethod
    def from_dict(cls, d) -> "ColourPlan":
        if not isinstance(d, dict):
            raise ValueError(f"colours: expected an object, got {type(d).__name__}")
        try:
            target = None
            if d.get("target") is not None:
                t = d["target"]
                target = Palette(name=str(t.get("name", "")), swatches=tuple(
                    Swatch(name=str(s["name"]), rgb=tuple(int(v) for v in s["rgb"]),
                           lab=tuple(float(v) for v in s["lab"]), source=str(s.get("source", "")))
                    for s in t["swatches"]))
            mc = d.get("max_colours")
            plan = cls(target=target, min_delta_e=float(d.get("min_delta_e", 10.0)),
                       max_colours=None if mc is None else int(mc),
                       keep_lightness_order=bool(d.get("keep_lightness_order", True)),
                       overrides=tuple((str(h), int(t)) for h, t in d.get("overrides", ())))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ValueError(f"colours: {exc}") from None
        plan.check()
        return plan


@dataclass(frozen=True)
class DesignSpec:
    colours: ColourPlan = field(default_factory=ColourPlan)
    layout: Layout = field(default_factory=Layout)
    #: counterchange pair as traced colours (#rrggbb); empty = the two largest colours
    swap: tuple = ()

    def check(self) -> None:
        self.colours.check()
        self.layout.check()
        if self.swap:
            if len(self.swap) != 2:
                raise ValueError(f"counterchange needs two colours, got {self.swap!r}")
            for h in self.swap:
                hex_to_rgb8(h)

    def replace(self, **changes) -> "DesignSpec":
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict:
        return {"colours": self.colours.to_dict(), "layout": self.layout.to_dict(),
                "swap": list(self.swap)}

    @classmethod
    def from_dict(cls, d) -> "DesignSpec":
        if not isinstance(d, dict):
            raise ValueError(f"design: expected an object, got {type(d).__name__}")
        spec = cls(colours=ColourPlan.from_dict(d.get("colours", {})),
                   layout=Layout.from_dict(d.get("layout", {})),
                   swap=tuple(str(h) for h in d.get("swap", ())))
        spec.check()
        return spec


@dataclass(frozen=True, eq=False)
class Design:
    """A motif in its final colours, arranged: what the design writers draw.

    ``palettes[v]`` is the (N, 3) uint8 colour of each motif colour index for
    copy variant ``v`` (1 = counterchanged); ``background`` the ground colour.
    """
    motif: Motif
    layout: Layout
    composition: Composition
    palettes: tuple
    background: tuple
    swap: tuple
    warnings: tuple = ()
    mapping: dict = field(default_factory=dict)

    @property
    def size_mm(self) -> tuple:
        return self.composition.size_mm


def nearest_colour_index(palette: Palette, hex_colour: str) -> int:
    """Index of the colour of *palette* equal to, else nearest (CIELAB) to, *hex_colour*."""
    rgb = np.array(hex_to_rgb8(hex_colour), np.uint8)
    pal = palette.rgb_array()
    exact = np.flatnonzero((pal == rgb).all(1))
    if len(exact):
        return int(exact[0])
    d = ((palette.lab_array() - rgb_to_lab(rgb)) ** 2).sum(1)
    return int(np.argmin(d))


def colour_areas(motif: Motif) -> np.ndarray:
    """Area of each colour in frame px² (faces summed)."""
    pm = motif.planar_map
    out = np.zeros(len(motif.palette))
    if pm.n_faces:
        np.add.at(out, np.asarray(pm.face_colour), np.abs(pm.face_areas()))
    return out


def _recoloured(motif: Motif, plan: ColourPlan) -> tuple:
    """(final motif, final colour index of each source colour, warnings)."""
    n = len(motif.palette)
    if plan.target is None:
        return motif, np.arange(n), ()
    overrides = {nearest_colour_index(motif.palette, h): int(t) for h, t in plan.overrides}
    res = recolour(motif, plan.target, min_delta_e=plan.min_delta_e,
                   keep_lightness_order=plan.keep_lightness_order, overrides=overrides or None,
                   max_colours=plan.max_colours)
    # recolour lists each chosen target once, in the order of its first source colour
    first: dict = {}
    for s_ in range(n):
        first.setdefault(res.mapping[s_], len(first))
    final_of = np.array([first[res.mapping[s_]] for s_ in range(n)], dtype=np.intp)
    return res.motif, final_of, tuple(res.warnings)


def build_design(motif: Motif, spec: DesignSpec) -> Design:
    """Recolour *motif* by ``spec.colours`` and arrange it by ``spec.layout``.

    Raises :class:`ValueError` with a readable message for an impossible spec.
    """
    spec.check()
    final, final_of, warnings = _recoloured(motif, spec.colours)
    comp = compose(spec.layout, final.size_mm)
    base = final.palette.rgb_array()
    n = len(base)
    areas = colour_areas(final)
    order = np.argsort(-areas, kind="stable")
    swap: tuple = ()
    if spec.swap:
        a, b = (int(final_of[nearest_colour_index(motif.palette, h)]) for h in spec.swap)
        if a != b:
            swap = (a, b)
    elif n >= 2:
        swap = (int(order[0]), int(order[1]))
    swapped = base.copy()
    if swap:
        swapped[list(swap)] = base[[swap[1], swap[0]]]
    mode = spec.layout.counterchange
    if mode != "none" and not swap:
        warnings = warnings + ("counterchange needs two different colours; the motif has one",)
    if mode == "all":
        comp = dataclasses.replace(comp, placements=tuple(
            dataclasses.replace(p, variants=np.ones(len(p.transforms), np.int8))
            for p in comp.placements))
    if spec.layout.background:
        bg = hex_to_rgb8(spec.layout.background)
    elif n:
        bg = (swapped if mode == "all" else base)[int(order[0])]
    else:
        bg = (255, 255, 255)
    mapping = {int(s_): int(f) for s_, f in enumerate(final_of)}
    return Design(motif=final, layout=spec.layout, composition=comp,
                  palettes=(base, swapped), background=tuple(int(v) for v in bg), swap=swap,
                  warnings=tuple(warnings), mapping=mapping)
