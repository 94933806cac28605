"""SVG of a whole design (repeat, medallion, rug) at its real size.

The motif is written once per colour variant in ``<defs>`` and every copy is
a ``<use>`` with its affine transform, so a 150 x 220 cm rug with thousands of
copies stays a small file that Inkscape, browsers and cutters' software read
(and "Unlink clone" turns into plain paths in Inkscape).  Copies are clipped
to their fundamental region where the group needs it (``clipPath`` in motif
coordinates) and each group to its field or border band.

Units: the ``viewBox`` is in millimetres, equal to ``width``/``height``, so a
1:1 print measures right.
"""
from __future__ import annotations

import io
import os
from dataclasses import dataclass
from typing import Optional, Union

import numpy as np
import svgwrite

from ..core.atomic import write_output
from ..core.colour import rgb_to_hex
from ..core.params import param
from ..core.svgpath import curve_path_data, face_paths, format_numbers
from ..design.layout import Layout
from ..design.spec import Design, DesignSpec, build_design
from .svg import INKSCAPE_NS, _layer, _num

__all__ = ["DesignSvgOptions", "design_svg_bytes", "write_design_svg", "tile_design",
           "write_tile_svg", "tile_size"]

_ROLE_LABELS = {"field": "Field", "border": "Borders", "corner": "Corners",
                "medallion": "Medallion", "single": "Motif"}


@dataclass(frozen=True)
class DesignSvgOptions:
    """``decimals``: digits in path data; ``seamless``: outline each colour
    path in its own colour (hides antialiasing hairlines on screen)."""
    decimals: int = param(3, label="Decimals", minimum=0, maximum=6, advanced=True,
                          help="Digits after the decimal point of the millimetres in the file.")
    seamless: bool = param(False, label="Hide hairlines",
                           help="Outline each colour in its own colour, so no thin gaps show "
                                "on screen between touching shapes. Leave off for cutting.")

    def __post_init__(self):
        if not 0 <= self.decimals <= 6:
            raise ValueError(f"decimals must be in 0..6, got {self.decimals}")


def _colour_paths(design: Design, decimals: int) -> list:
    """(colour index, path data in motif mm) per colour: the faces of one colour
    joined into one path (faces never overlap, non-zero winding)."""
    motif = design.motif
    pm = motif.planar_map
    sx, sy = motif.mm_per_px
    paths = face_paths(pm, scale=(sx, sy), decimals=decimals)
    fc = np.asarray(pm.face_colour)
    out = []
    for c in range(len(motif.palette)):
        d = " ".join(paths[f] for f in np.flatnonzero(fc == c).tolist() if paths[f])
        if d:
            out.append((c, d))
    return out


def _stroke_paths(design: Design, decimals: int) -> list:
    motif = design.motif
    sx, sy = motif.mm_per_px
    out = []
    for s in motif.strokes:
        st = s.scaled(sx, sy)
        out.append((int(s.colour), curve_path_data(st.pts, st.ops, decimals=decimals,
                                                   closed=st.closed), float(st.width)))
    return out


def _matrix(m: np.ndarray) -> str:
    a, b, c, d, e, f = m[0, 0], m[1, 0], m[0, 1], m[1, 1], m[0, 2], m[1, 2]
    return "matrix(" + " ".join(format_numbers(np.array([a, b, c, d, e, f]), decimals=6)) + ")"


def _polygon_d(poly: np.ndarray) -> str:
    nums = format_numbers(np.asarray(poly, float).ravel(), decimals=4)
    pts = [f"{nums[2 * i]} {nums[2 * i + 1]}" for i in range(len(poly))]
    return "M" + " L".join(pts) + " Z"


def _drawing(design: Design, options: DesignSvgOptions) -> svgwrite.Drawing:
    W, H = design.size_mm
    dwg = svgwrite.Drawing(size=(f"{_num(W)}mm", f"{_num(H)}mm"),
                           viewBox=f"0 0 {_num(W)} {_num(H)}", profile="full", debug=False)
    dwg.attribs["xmlns:inkscape"] = INKSCAPE_NS
    title = design.motif.metadata.title or "Motif"
    comp = design.composition
    dwg.set_desc(title=f"{title} — {design.layout.kind}",
                 desc=f"{_num(W)} x {_num(H)} mm, {comp.n_instances} copies of a "
                      f"{_num(comp.motif_size_mm[0])} x {_num(comp.motif_size_mm[1])} mm motif, "
                      f"{len(design.motif.palette)} colours. Made with Motif Studio.")

    used = sorted({int(v) for p in comp.placements for v in np.unique(p.variants)})
    colour_paths = _colour_paths(design, options.decimals)
    strokes = _stroke_paths(design, options.decimals)
    defs = dwg.defs
    for v in used:
        pal = design.palettes[v]
        g = dwg.g(id=f"motif{v}")
        for c, d in colour_paths:
            fill = rgb_to_hex(pal[c])
            p = dwg.path(d=d)
            p.attribs.update({"fill": fill})
            if options.seamless:
                p.attribs.update({"stroke": fill, "stroke-width": "0.15",
                                  "stroke-linejoin": "round"})
            g.add(p)
        for c, d, width in strokes:
            p = dwg.path(d=d)
            p.attribs.update({"fill": "none", "stroke": rgb_to_hex(pal[c]),
                              "stroke-width": _num(width), "stroke-linecap": "round",
                              "stroke-linejoin": "round"})
            g.add(p)
        defs.add(g)

    bg = _layer(dwg, "background", "Background")
    rect = dwg.rect(insert=(0, 0), size=(_num(W), _num(H)))
    rect.attribs["fill"] = rgb_to_hex(design.background)
    bg.add(rect)
    dwg.add(bg)

    # One layer per run of placements with the same role, in placement order: a role
    # seen again later (the rug's quarter medallions, "corner" like the border's corner
    # squares) gets a layer of its own above what came between, not one under the field.
    layer, layer_role, seen = None, None, {}
    for i, pl in enumerate(comp.placements):
        if not len(pl.transforms):
            continue
        refs = {}
        if pl.local_clip is not None:
            cp = dwg.clipPath(id=f"local{i}")
            cp.add(dwg.path(d=_polygon_d(pl.local_clip)))
            defs.add(cp)
        for v in np.unique(pl.variants).tolist():
            if pl.local_clip is None:
                refs[v] = f"#motif{v}"
                continue
            g = dwg.g(id=f"piece{i}v{v}")
            g.attribs["clip-path"] = f"url(#local{i})"
            g.add(dwg.use(f"#motif{v}"))
            defs.add(g)
            refs[v] = f"#piece{i}v{v}"
        if pl.role != layer_role:
            seen[pl.role] = seen.get(pl.role, 0) + 1
            ident = pl.role if seen[pl.role] == 1 else f"{pl.role}-{seen[pl.role]}"
            layer = _layer(dwg, ident, _ROLE_LABELS.get(pl.role, pl.role))
            layer_role = pl.role
            dwg.add(layer)
        group = dwg.g(id=f"group{i}")
        if pl.clip is not None:
            cp = dwg.clipPath(id=f"clip{i}")
            cp.add(dwg.path(d=_polygon_d(pl.clip)))
            defs.add(cp)
            group.attribs["clip-path"] = f"url(#clip{i})"
        for m, v in zip(pl.transforms, pl.variants.tolist()):
            u = dwg.use(refs[v])
            u.attribs["transform"] = _matrix(m)
            group.add(u)
        layer.add(group)
    return dwg


def design_svg_bytes(design: Design, options: Optional[DesignSvgOptions] = None) -> bytes:
    dwg = _drawing(design, options or DesignSvgOptions())
    return ('<?xml version="1.0" encoding="utf-8" ?>\n' + dwg.tostring()).encode("utf-8")


def write_design_svg(design: Design, dest: Union[str, os.PathLike, io.IOBase],
                     options: Optional[DesignSvgOptions] = None) -> None:
    """Write the whole *design* at its size in mm (a path is replaced atomically)."""
    write_output(dest, design_svg_bytes(design, options))


# ----------------------------------------------------------------------------- tiles

def tile_size(lattice: np.ndarray, *, search: int = 20) -> tuple:
    """The smallest axis-aligned rectangle (w, h) mm that repeats the lattice.

    Raises ValueError when there is none (a repeat turned by an angle that is
    not a multiple of 90 degrees, or an oblique lattice without a rectangular
    super-cell).  *search* bounds the lattice steps tried: a brick offset of
    0.3 repeats after 10 rows, 0.05 after 20.
    """
    a, b = np.asarray(lattice, float)
    k = np.arange(-search, search + 1)
    ii, jj = np.meshgrid(k, k, indexing="ij")
    vec = ii.ravel()[:, None] * a + jj.ravel()[:, None] * b
    scale = max(np.abs(lattice).max(), 1e-9)
    tol = 1e-6 * scale

    def shortest(axis: int) -> Optional[float]:
        other = 1 - axis
        ok = (np.abs(vec[:, other]) < tol) & (vec[:, axis] > tol)
        return float(vec[ok, axis].min()) if ok.any() else None

    w, h = shortest(0), shortest(1)
    if w is None or h is None:
        raise ValueError("this repeat has no rectangular tile: turn it by a multiple of 90 "
                         "degrees (or use another lattice, or a brick offset in steps of "
                         f"1/{search}) to export a seamless tile")
    return w, h


def tile_design(design: Design) -> Design:
    """The seamless rectangular tile of a design's repeat (its field's, for a rug)."""
    layout = design.layout
    if layout.kind == "repeat" or (layout.kind == "rug" and layout.field == "repeat"):
        lattice = design.composition.lattice
    else:
        raise ValueError("a seamless tile needs a repeat (choose Repeat, or a rug with a "
                         "repeat field)")
    if layout.counterchange == "alternate":
        # every other copy is swapped: the period doubles along the chequer
        lattice = np.stack([lattice[0] + lattice[1], lattice[0] - lattice[1]])
    w, h = tile_size(lattice)
    tile_layout = Layout(kind="repeat", size_mm=(w, h), repeat=layout.repeat,
                         counterchange=layout.counterchange,
                         background=rgb_to_hex(design.background))
    swap = tuple(rgb_to_hex(design.palettes[0][i]) for i in design.swap)
    # the motif is already in its final colours: keep them
    return build_design(design.motif, DesignSpec(layout=tile_layout, swap=swap))


def write_tile_svg(design: Design, dest, options: Optional[DesignSvgOptions] = None) -> None:
    """Write the seamless tile of *design*'s repeat (see :func:`tile_design`)."""
    write_design_svg(tile_design(design), dest, options)
