"""The state a user edits, and the named edits that change it (Qt-free).

A :class:`Workspace` is immutable: the untouched source image, the recipe
(every parameter and hand correction) and the metadata.  Every change is an
:class:`Edit` — a name for the history plus a pure function from one
workspace to the next — so undo/redo is swapping states, autosave snapshots
a state, and the CLI or tests can apply the same edits without Qt.  The
traced result is derived from the state by the pipeline; it is not part of
the undo history.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Callable, Optional

from ..core.document import Metadata, Motif
from ..design.layout import Border, Layout
from ..design.spec import ColourPlan, DesignSpec
from ..imaging.corrections import Correction
from ..imaging.load import LoadedImage, load_image
from ..imaging.params import Recipe
from ..imaging.presets import apply_preset


@dataclass(frozen=True, eq=False)
class Workspace:
    source: LoadedImage
    recipe: Recipe = field(default_factory=Recipe)
    metadata: Metadata = field(default_factory=Metadata)
    #: the Design step: colours and layout (applied to the traced motif)
    design: DesignSpec = field(default_factory=DesignSpec)

    def with_(self, **changes) -> "Workspace":
        return dataclasses.replace(self, **changes)

    def same_state(self, other: "Workspace") -> bool:
        return (self.source is other.source and self.recipe == other.recipe
                and self.metadata == other.metadata and self.design == other.design)


@dataclass(frozen=True)
class Edit:
    """A named change: ``apply(workspace) -> workspace``."""
    name: str
    apply: Callable[[Workspace], Workspace]
    #: edits with the same non-empty key, made one after another, merge into one undo step
    merge_key: str = ""
    #: what it changes, for the interface to describe it in the user's language:
    #: ("params", stage, ((field, value), ...)), ("preset", name), ("correction", op),
    #: ("pin", hex) or ("metadata", fields)
    what: tuple = ()


def open_image(path_or_bytes, *, name: Optional[str] = None, recipe: Optional[Recipe] = None,
               max_pixels: Optional[int] = None) -> Workspace:
    """A new workspace for a photo (raises ImageLoadError with a clear message)."""
    recipe = recipe or Recipe()
    loaded = load_image(path_or_bytes, name=name,
                        max_pixels=max_pixels or recipe.load.max_pixels)
    title = (name or loaded.source.filename).rsplit(".", 1)[0]
    return Workspace(source=loaded, recipe=recipe, metadata=Metadata(title=title))


def from_motif(motif: Motif, original: bytes, design: Optional[DesignSpec] = None) -> Workspace:
    """The workspace of a saved project: its original, recipe, metadata and design."""
    recipe = Recipe.from_dict(motif.recipe)
    name = motif.source.filename if motif.source else None
    loaded = load_image(original, name=name, max_pixels=recipe.load.max_pixels)
    return Workspace(source=loaded, recipe=recipe, metadata=motif.metadata,
                     design=design or DesignSpec())


# ---------------------------------------------------------------- edits

def set_params(stage: str, **changes) -> Edit:
    """Change parameters of one stage (validated; a bad value raises ValueError at once)."""
    def apply(ws: Workspace) -> Workspace:
        return ws.with_(recipe=ws.recipe.replace_stage(stage, **changes))
    Recipe().replace_stage(stage, **changes)  # validate now, not when undoing
    names = ", ".join(changes)
    key = f"params:{stage}:{','.join(sorted(changes))}"
    return Edit(name=f"{stage}: {names}", apply=apply, merge_key=key,
                what=("params", stage, tuple(changes.items())))


def use_preset(name: str) -> Edit:
    def apply(ws: Workspace) -> Workspace:
        kept = ws.recipe
        fresh = apply_preset(name)
        # A preset changes how to trace, not where the textile is in the photo, its real
        # size, the colours the user pinned, or the corrections painted on it.
        c = kept.cleanup
        cleanup = dataclasses.replace(fresh.cleanup, corners=c.corners, crop=c.crop,
                                      neutral_point=c.neutral_point, rotate_deg=c.rotate_deg,
                                      deskew=c.deskew, aspect=c.aspect)
        segment = dataclasses.replace(fresh.segment, pinned=kept.segment.pinned)
        return ws.with_(recipe=dataclasses.replace(fresh, cleanup=cleanup, segment=segment,
                                                   load=kept.load, output=kept.output,
                                                   corrections=kept.corrections))
    apply_preset(name)  # unknown name -> ValueError now
    return Edit(name=f"preset {name}", apply=apply, what=("preset", name))


def add_correction(c: Correction, label: str = "") -> Edit:
    c.check()

    def apply(ws: Workspace) -> Workspace:
        return ws.with_(recipe=dataclasses.replace(
            ws.recipe, corrections=tuple(ws.recipe.corrections) + (c,)))
    return Edit(name=label or c.op, apply=apply, what=("correction", c.op))


def symmetrise(name: str, centre) -> Edit:
    """Restore the symmetry *name* about *centre* (x, y in frame pixels), as a correction.

    The repair is replayed from the recipe; undoing the edit removes it.
    """
    try:
        centre = tuple(float(v) for v in centre)
    except (TypeError, ValueError):
        raise ValueError(f"symmetrise: centre must be two numbers (x, y), got {centre!r}") from None
    edit = add_correction(Correction("symmetrise", 0, group=name, centre=centre),
                          f"symmetrise {name}")
    return dataclasses.replace(edit, what=("symmetrise", name))


def pin_colour(hex_colour: str) -> Edit:
    def apply(ws: Workspace) -> Workspace:
        pinned = tuple(ws.recipe.segment.pinned)
        if hex_colour.lower() in (p.lower() for p in pinned):
            return ws
        n = ws.recipe.segment.n_colors
        changes = {"pinned": pinned + (hex_colour,)}
        if n is not None and len(pinned) + 1 > n:
            changes["n_colors"] = len(pinned) + 1
        return ws.with_(recipe=ws.recipe.replace_stage("segment", **changes))
    return Edit(name=f"pin {hex_colour}", apply=apply, what=("pin", hex_colour))


def unpin_colour(hex_colour: str) -> Edit:
    def apply(ws: Workspace) -> Workspace:
        pinned = tuple(p for p in ws.recipe.segment.pinned if p.lower() != hex_colour.lower())
        return ws.with_(recipe=ws.recipe.replace_stage("segment", pinned=pinned))
    return Edit(name=f"unpin {hex_colour}", apply=apply, what=("unpin", hex_colour))


def set_metadata(**changes) -> Edit:
    def apply(ws: Workspace) -> Workspace:
        return ws.with_(metadata=dataclasses.replace(ws.metadata, **changes))
    dataclasses.replace(Metadata(), **changes)  # unknown field -> TypeError now
    return Edit(name="details: " + ", ".join(changes), apply=apply,
                merge_key="meta:" + ",".join(sorted(changes)), what=("metadata", tuple(changes)))


# ---------------------------------------------------------------- design edits

_DESIGN_PARTS = ("layout", "repeat", "medallion", "colours")


def _replace_part(spec: DesignSpec, part: str, changes: dict) -> DesignSpec:
    if part == "colours":
        return spec.replace(colours=dataclasses.replace(spec.colours, **changes))
    layout = spec.layout
    if part == "layout":
        layout = dataclasses.replace(layout, **changes)
    elif part == "repeat":
        layout = layout.replace(repeat=dataclasses.replace(layout.repeat, **changes))
    else:
        layout = layout.replace(medallion=dataclasses.replace(layout.medallion, **changes))
    return spec.replace(layout=layout)


def set_design(part: str, **changes) -> Edit:
    """Change the design: ``part`` is "layout", "repeat", "medallion" or "colours".

    Values are checked now (ValueError/TypeError), so a bad value never
    reaches the undo history.  Only the changed fields are checked, against
    defaults, because a layout can be valid only as a whole (e.g. border
    widths against the rug size); :func:`build_design` reports the rest.
    """
    if part not in _DESIGN_PARTS:
        raise ValueError(f"design part must be one of {', '.join(_DESIGN_PARTS)}, got {part!r}")
    probe = _replace_part(DesignSpec(), part, changes)
    probe.colours.check()
    probe.layout.repeat.check()
    probe.layout.medallion.check()
    if part == "layout":
        dataclasses.replace(probe.layout, borders=()).check()

    def apply(ws: Workspace) -> Workspace:
        return ws.with_(design=_replace_part(ws.design, part, changes))
    key = f"design:{part}:{','.join(sorted(changes))}"
    return Edit(name=f"design {part}: {', '.join(changes)}", apply=apply, merge_key=key,
                what=("design", part, tuple(changes.items())))


def set_borders(borders) -> Edit:
    """Replace the rug's borders (outside first)."""
    borders = tuple(borders)
    for b in borders:
        if not isinstance(b, Border):
            raise TypeError(f"a border must be a Border, got {type(b).__name__}")
        b.check()

    def apply(ws: Workspace) -> Workspace:
        return ws.with_(design=ws.design.replace(layout=ws.design.layout.replace(borders=borders)))
    return Edit(name=f"borders ({len(borders)})", apply=apply, merge_key="design:borders",
                what=("borders", len(borders)))


def set_swap(first_hex: str, second_hex: str) -> Edit:
    """The two traced colours that counterchange swaps."""
    spec = DesignSpec(swap=(first_hex, second_hex))
    spec.check()

    def apply(ws: Workspace) -> Workspace:
        return ws.with_(design=ws.design.replace(swap=spec.swap))
    return Edit(name=f"swap {first_hex} {second_hex}", apply=apply,
                what=("swap", first_hex, second_hex))


def use_layout(layout: Layout) -> Edit:
    """Replace the whole layout (a layout preset)."""
    layout.check()

    def apply(ws: Workspace) -> Workspace:
        return ws.with_(design=ws.design.replace(layout=layout))
    return Edit(name=f"layout {layout.kind}", apply=apply, what=("layout", layout.kind))


def use_palette(plan: ColourPlan) -> Edit:
    """Recolour with a new colour plan (a palette chosen, generated or imported)."""
    plan.check()

    def apply(ws: Workspace) -> Workspace:
        return ws.with_(design=ws.design.replace(colours=plan))
    name = plan.target.name if plan.target is not None else "traced colours"
    return Edit(name=f"palette {name}", apply=apply, what=("palette", name))
