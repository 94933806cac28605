"""The whole digitisation: load → clean up → segment → correct → trace, as one recipe.

Each stage is a pure function; this module only chains them, maps progress
onto one bar, and assembles the :class:`Motif` document.  ``retrace`` reruns
the stages after the first one whose parameters changed, so previews after a
parameter change skip the work that did not change.
"""
from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from typing import Optional, Union

import numpy as np

from ..core.colour import hex_to_rgb8
from ..core.document import Metadata, Motif, Palette, Swatch, physical_size_mm
from ..core.planar import PlanarMap
from ..core.progress import CancelToken, ProgressFn, check, report, sub_progress
from .centreline import trace_centrelines
from .cleanup import CleanupResult, cleanup
from .corrections import apply_corrections
from .load import LoadedImage, load_image
from .params import Recipe
from .segment import Segmentation, refine, segment
from .trace import trace_regions

Source = Union[str, os.PathLike, bytes, LoadedImage]


@dataclass(frozen=True, eq=False)
class Regions:
    """The colour regions that are traced: the segmentation after hand corrections."""
    labels: np.ndarray        # (h, w) at working resolution, read-only
    palette_lab: np.ndarray
    palette_rgb: np.ndarray
    skipped: tuple = ()       # corrections that no longer apply


@dataclass(frozen=True, eq=False)
class Digitised:
    """Everything a digitisation produced; the GUI keeps it to re-run later stages quickly."""
    motif: Motif
    loaded: LoadedImage
    cleaned: CleanupResult
    segmentation: Segmentation
    regions: Regions
    recipe: Recipe
    #: the label map the planar map was traced from (the regions, less any centrelines);
    #: its 4-connected components are the planar map's faces, in the same order
    traced_labels: Optional[np.ndarray] = None


def _frame_size(loaded: LoadedImage, cleaned: CleanupResult, recipe: Recipe):
    """Physical size of the cleaned frame and millimetres per working pixel."""
    h, w = cleaned.image.shape[:2]
    # The frame at source resolution: working pixels / scale.
    w_src, h_src = w / cleaned.scale, h / cleaned.scale
    size = physical_size_mm(w_src, h_src, width_mm=recipe.output.width_mm, dpi=loaded.source.dpi)
    return size, size[0] / w


def correct(seg: Segmentation, cleaned: CleanupResult, recipe: Recipe) -> Regions:
    """Apply the recipe's hand corrections to a segmentation."""
    lab_img = seg.clusters.lab if seg.clusters is not None else None
    labels, pal_lab, pal_rgb, skipped = apply_corrections(
        seg.labels, seg.palette_lab, seg.palette_rgb, recipe.corrections,
        scale=cleaned.scale, lab_image=lab_img)
    labels = np.asarray(labels)
    if labels.flags.writeable:
        labels = labels.copy()
        labels.setflags(write=False)  # read-only: the tracer may cache its topology
    return Regions(labels=labels, palette_lab=pal_lab, palette_rgb=pal_rgb,
                   skipped=tuple(skipped))


def trace_stage(regions: Regions, recipe: Recipe, *, check_scale: int = 1, progress=None,
                cancel=None):
    """Trace the regions with the recipe's trace parameters: (planar map, strokes, labels).

    *check_scale* supersamples the partition check; the final result uses the
    factor by which the working image is enlarged back to source pixels.
    """
    labels = regions.labels
    strokes = []
    if recipe.trace.mode == "centreline":
        rgb = hex_to_rgb8(recipe.trace.stroke_colour) if recipe.trace.stroke_colour else None
        labels, strokes = trace_centrelines(
            labels, regions.palette_lab, max_stroke_px=recipe.trace.max_stroke_px, stroke_rgb=rgb,
            tolerance=recipe.trace.tolerance, corner_threshold=recipe.trace.corner_threshold,
            smoothing=recipe.trace.smoothing)
    pm = trace_regions(labels, recipe.trace, check_scale=check_scale, progress=progress,
                       cancel=cancel)
    return pm, strokes, labels


def _assemble(loaded, cleaned, regions: Regions, recipe, pm: PlanarMap, strokes, size_mm,
              title) -> Motif:
    pinned = {hex_to_rgb8(h) for h in recipe.segment.pinned}
    swatches = tuple(Swatch.from_rgb(rgb, source="traced",
                                     pinned=tuple(int(v) for v in rgb) in pinned)
                     for rgb in regions.palette_rgb)
    # Coordinates go back to the cleaned frame at source resolution, so vectors lie
    # over the photo and the SVG's viewBox spans the input image.
    inv = 1.0 / cleaned.scale
    pm = pm.scaled(inv, inv)
    strokes = tuple(s.scaled(inv, inv) for s in strokes)
    return Motif(source=loaded.source, recipe=recipe.to_dict(), palette=Palette(swatches),
                 planar_map=pm, size_mm=size_mm, metadata=Metadata(title=title),
                 strokes=strokes)


def digitise(src: Source, recipe: Optional[Recipe] = None, *, name: Optional[str] = None,
             title: str = "", preview: bool = False, progress: Optional[ProgressFn] = None,
             cancel: Optional[CancelToken] = None) -> Digitised:
    """Run the whole recipe on an image file (path or bytes) or an already loaded image.

    With *preview*, the partition is checked at working resolution only (see
    :func:`retrace`).
    """
    recipe = (recipe or Recipe()).validated()
    if isinstance(src, LoadedImage):
        loaded = src
    else:
        loaded = load_image(src, name=name, max_pixels=recipe.load.max_pixels,
                            progress=sub_progress(progress, 0.0, 0.1), cancel=cancel)
    check(cancel)
    return _from_loaded(loaded, recipe, title=title, progress=progress, cancel=cancel,
                        preview=preview)


def _from_loaded(loaded, recipe, *, title="", progress=None, cancel=None,
                 cleaned=None, seg=None, regions=None, preview=False) -> Digitised:
    if cleaned is None:
        report(progress, 0.1, "cleaning up")
        cleaned = cleanup(loaded.rgb, recipe.cleanup, progress=sub_progress(progress, 0.1, 0.45),
                          cancel=cancel)
    check(cancel)
    size_mm, mm_per_px = _frame_size(loaded, cleaned, recipe)
    if seg is None:
        report(progress, 0.45, "finding colours")
        seg = segment(cleaned.image, recipe.segment, mm_per_px=mm_per_px,
                      progress=sub_progress(progress, 0.45, 0.75), cancel=cancel)
    check(cancel)
    if regions is None:
        regions = correct(seg, cleaned, recipe)
    report(progress, 0.75, "tracing")
    # Check the partition at least 2x finer than the working pixels, and as fine as the
    # source pixels the vectors will be drawn over (capped: 3x covers a 12 MP photo).
    check_scale = 1 if preview else int(min(3, max(2, np.ceil(1.0 / cleaned.scale))))
    pm, strokes, traced = trace_stage(regions, recipe, check_scale=check_scale,
                                      progress=sub_progress(progress, 0.75, 1.0), cancel=cancel)
    motif = _assemble(loaded, cleaned, regions, recipe, pm, strokes, size_mm,
                      title or os.path.splitext(loaded.source.filename)[0])
    report(progress, 1.0, "done")
    return Digitised(motif=motif, loaded=loaded, cleaned=cleaned, segmentation=seg,
                     regions=regions, recipe=recipe, traced_labels=traced)


def retrace(previous: Digitised, recipe: Recipe, *, preview: bool = False,
            progress: Optional[ProgressFn] = None,
            cancel: Optional[CancelToken] = None) -> Digitised:
    """Re-run only the stages at and after the first one whose parameters changed.

    With *preview*, the partition is checked at working resolution only
    (enough for the screen; the saved result uses the full check).
    """
    recipe = recipe.validated()
    old = previous.recipe
    if recipe.load != old.load:
        d = digitise(previous.loaded.original, recipe, name=previous.loaded.source.filename,
                     title=previous.motif.metadata.title, preview=preview, progress=progress,
                     cancel=cancel)
        return dataclasses.replace(d, motif=d.motif.replace(metadata=previous.motif.metadata))
    cleaned = previous.cleaned if recipe.cleanup == old.cleanup else None
    seg = None
    if cleaned is not None and recipe.output.width_mm == old.output.width_mm:
        if recipe.segment == old.segment:
            seg = previous.segmentation
        else:  # a clean-up-only change (smoothing, smallest region) skips the clustering
            _, mm_per_px = _frame_size(previous.loaded, cleaned, recipe)
            seg = refine(previous.segmentation, recipe.segment, mm_per_px=mm_per_px,
                         progress=sub_progress(progress, 0.45, 0.75), cancel=cancel)
    regions = previous.regions if seg is previous.segmentation and \
        recipe.corrections == old.corrections else None
    d = _from_loaded(previous.loaded, recipe, title=previous.motif.metadata.title,
                     progress=progress, cancel=cancel, cleaned=cleaned, seg=seg,
                     regions=regions, preview=preview)
    return dataclasses.replace(d, motif=d.motif.replace(metadata=previous.motif.metadata))


def reproduce(motif: Motif, original: bytes, *, progress=None, cancel=None) -> Motif:
    """Re-run a motif's stored recipe on its original bytes (archival reproducibility)."""
    recipe = Recipe.from_dict(motif.recipe)
    name = motif.source.filename if motif.source else None
    d = digitise(original, recipe, name=name, title=motif.metadata.title, progress=progress,
                 cancel=cancel)
    return d.motif.replace(metadata=motif.metadata)
