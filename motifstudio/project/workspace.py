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
from ..imaging.corrections import Correction
from ..imaging.load import LoadedImage, load_image
from ..imaging.params import Recipe
from ..imaging.presets import apply_preset


@dataclass(frozen=True, eq=False)
class Workspace:
    source: LoadedImage
    recipe: Recipe = field(default_factory=Recipe)
    metadata: Metadata = field(default_factory=Metadata)

    def with_(self, **changes) -> "Workspace":
        return dataclasses.replace(self, **changes)

    def same_state(self, other: "Workspace") -> bool:
        return (self.source is other.source and self.recipe == other.recipe
                and self.metadata == other.metadata)


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


def from_motif(motif: Motif, original: bytes) -> Workspace:
    """The workspace of a saved project: its original, recipe and metadata."""
    recipe = Recipe.from_dict(motif.recipe)
    name = motif.source.filename if motif.source else None
    loaded = load_image(original, name=name, max_pixels=recipe.load.max_pixels)
    return Workspace(source=loaded, recipe=recipe, metadata=motif.metadata)


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
