"""A :class:`~motifstudio.design.spec.Design` as a printable sheet, and the
"print at 1:1 on tiled pages" PDF writer built on it."""
from __future__ import annotations

from typing import Optional

import numpy as np

from ..core.svgpath import curve_path_data, face_paths
from ..design.spec import Design
from .print_pdf import PrintOptions, write_sheet_pdf
from .sheet import PathItem, Sheet, Symbol, Use

__all__ = ["design_sheet", "motif_symbols", "write_design_pdf"]


def motif_symbols(design: Design, *, outline=None) -> list:
    """One symbol per colour variant: the motif's faces of each colour as one
    filled path in motif mm (and its centreline strokes).  With *outline*
    ``(rgb, width_mm)`` the faces are stroked too (cut-line drawings)."""
    motif = design.motif
    sx, sy = motif.mm_per_px
    paths = face_paths(motif.planar_map, scale=(sx, sy), decimals=3)
    fc = np.asarray(motif.planar_map.face_colour)
    out = []
    used = sorted({int(v) for p in design.composition.placements for v in np.unique(p.variants)})
    for v in used:
        pal = design.palettes[v]
        items = []
        for c in range(len(motif.palette)):
            d = " ".join(paths[f] for f in np.flatnonzero(fc == c).tolist() if paths[f])
            if not d:
                continue
            stroke, width = (outline if outline is not None else (None, 0.3))
            items.append(PathItem(d, fill=tuple(int(x) for x in pal[c]), stroke=stroke,
                                  width=width))
        for s in motif.strokes:
            st = s.scaled(sx, sy)
            items.append(PathItem(curve_path_data(st.pts, st.ops, decimals=3, closed=st.closed),
                                  fill=None, stroke=tuple(int(x) for x in pal[int(s.colour)]),
                                  width=float(st.width)))
        out.append(Symbol(f"motif{v}", tuple(items)))
    return out


def design_sheet(design: Design) -> Sheet:
    """The whole design at its size: one :class:`Use` per copy, clipped as in the SVG."""
    items = []
    role_layer = {"field": "Field", "border": "Borders", "corner": "Corners",
                  "medallion": "Medallion", "single": "Motif"}
    for pl in design.composition.placements:
        for m, v in zip(pl.transforms, pl.variants.tolist()):
            items.append(Use(f"motif{v}", m, pl.local_clip, pl.clip,
                             layer=role_layer.get(pl.role, pl.role)))
    motif = design.motif
    W, H = design.size_mm
    legend = tuple((tuple(int(x) for x in sw.rgb),
                    (f"{sw.source} " if sw.source and sw.source not in sw.name else "")
                    + (sw.name if sw.name != sw.hex else sw.hex))
                   for sw in motif.palette.swatches)
    info = (("Layout", design.layout.kind), ("Copies", str(design.composition.n_instances)),
            ("Colours", str(len(motif.palette))))
    return Sheet(size_mm=(W, H), items=tuple(items), symbols=tuple(motif_symbols(design)),
                 title=motif.metadata.title or "Motif", info=info, legend=legend,
                 background=tuple(int(v) for v in design.background))


def write_design_pdf(design: Design, dest, options: Optional[PrintOptions] = None) -> None:
    """The whole design printed at 1:1 over tiled pages (see :mod:`.print_pdf`)."""
    write_sheet_pdf(design_sheet(design), dest, options)
