"""What the canvas draws for a digitisation, prepared in the worker thread.

QImage and QPainterPath are plain value classes that may be built outside
the GUI thread; the window then only swaps them into the scene.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np
from PySide6.QtGui import QColor, QImage

from ..imaging.cracks import faces_of
from ..imaging.pipeline import Digitised
from . import qtconvert


@dataclass(frozen=True, eq=False)
class Rendered:
    photo: Optional[QImage]   # the untouched photo (source px)
    cleaned: QImage           # cleaned image at working resolution
    regions: QImage           # colour regions at working resolution
    colour_paths: list        # [(QColor, QPainterPath)] in frame px
    strokes: list             # [(QColor, QPainterPath, width px)]
    frame_size: tuple         # (w, h) frame px
    shares: list              # fraction of the area per palette colour
    face_map: np.ndarray      # face id per working pixel (to pick a region under the mouse)
    scale: float              # working px per frame px


class Renderer:
    """Callable for WorkspaceController: Digitised -> Rendered (photo converted once per source)."""

    def __init__(self):
        self._photo_key = None
        self._photo = None

    def __call__(self, d: Digitised) -> Rendered:
        if self._photo_key is not d.loaded:
            rgb = d.loaded.rgb
            self._photo = qtconvert.rgb_to_qimage(rgb if rgb.dtype == np.uint8 else d.loaded.as_float())
            self._photo_key = d.loaded
        m = d.motif
        pal = m.palette.rgb_array()
        colours = [QColor(int(r), int(g), int(b)) for r, g, b in pal]
        paths = [(colours[k], p) for k, p in qtconvert.motif_paths(m)]
        strokes = [(colours[k], p, w) for k, p, w in qtconvert.stroke_paths(m)]
        labels = d.regions.labels
        counts = np.bincount(labels.ravel(), minlength=len(pal))
        total = max(1, int(counts.sum()))
        return Rendered(photo=self._photo, cleaned=qtconvert.rgb_to_qimage(d.cleaned.image),
                        regions=qtconvert.labels_to_qimage(labels, d.regions.palette_rgb),
                        colour_paths=paths, strokes=strokes,
                        frame_size=(m.planar_map.width, m.planar_map.height),
                        shares=[float(c) / total for c in counts],
                        face_map=faces_of(d.traced_labels if d.traced_labels is not None
                                         else labels)[0], scale=float(d.cleaned.scale))
