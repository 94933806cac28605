"""The shyrdak cut template as a :class:`~motifstudio.export.sheet.Sheet` at 1:1.

Layers, bottom to top:

* **Outline**: the edge of the felts (trimmed, not a seam);
* **Cut lines**: the one set of lines both felts are cut along, thin black.
  Inside each copy they are the motif's cut edges as a symbol (exact curves,
  one symbol per copy scale so the line keeps its printed width), clipped
  like the copy; where copies meet each other or the ground they are plain
  segments, grouped by area so a printed page carries only its own;
* **Fold lines**: dashed, where the design mirrors itself;
* **Labels**: every piece's letter and number (A3, B12) at the point
  farthest from its edges;
* **Check**: red circles round necks and pieces too narrow to cut and sew;
* **Key**: beside the design, the two colourings (carpet A, carpet B), what
  the lines mean and the figures (also the PDF's title block).
"""
from __future__ import annotations

import textwrap
from typing import Optional

import numpy as np

from ...core.svgpath import edge_path_data
from ..print_pdf import PrintOptions, page_grid
from ..sheet import PathItem, Sheet, Symbol, TextItem, Use, polygon_d
from .copies import similarity_scale
from .options import FeltTemplateOptions
from .plan import ShyrdakPlan
from .previews import carpet_previews
from .seams import chains_d, cut_edge_mask

__all__ = ["template_sheet", "shyrdak_info", "circle_d"]

BLACK = (0, 0, 0)
FOLD = (0, 90, 200)
WARN = (220, 0, 0)
_GAP = 15.0               # between the design and the key
_KEY_W = 120.0            # width of the key beside a tall design
_CHUNK_MM = 250.0         # outline seams are grouped in squares this big
_LISTED = 8               # narrow places listed (and numbered on the template) by name
_FOLDS = {(True, True): "vertical and horizontal centre lines",
          (True, False): "vertical centre line", (False, True): "horizontal centre line",
          (False, False): "none: the design does not mirror"}


def _m(mm: float) -> str:
    return f"{mm / 1000:.2f} m"


def _m2(mm2: float) -> str:
    return f"{mm2 / 1e6:.2f} m²"


def circle_d(x: float, y: float, r: float) -> str:
    """A circle as four cubic arcs (SVG path data)."""
    k = 0.5522847498 * r
    pts = [(x + r, y), (x + r, y + k), (x + k, y + r), (x, y + r), (x - k, y + r), (x - r, y + k),
           (x - r, y), (x - r, y - k), (x - k, y - r), (x, y - r), (x + k, y - r), (x + r, y - k),
           (x + r, y)]
    f = [f"{a:.3f} {b:.3f}" for a, b in pts]
    return f"M{f[0]} " + " ".join(f"C{f[i]} {f[i + 1]} {f[i + 2]}" for i in (1, 4, 7, 10)) + " Z"


def shyrdak_info(plan: ShyrdakPlan) -> tuple:
    """(label, value) rows: the title block of the PDF and the key's figures."""
    o = plan.options
    c = plan.colours
    a, b = (plan.figure(i) for i in c.pair)
    rows = [("Felts cut together", f"{a.name} (pieces A) and {b.name} (pieces B)"),
            ("Carpet A / carpet B", f"A as drawn; B with {a.name} and {b.name} exchanged"),
            ("Pieces", ", ".join(f"{f.letter} {f.pieces}" for f in plan.figures)),
            ("Seams", f"{_m(plan.seam_mm)} of cut line, every one a seam"),
            ("Cord per carpet", f"{_m(plan.cord_per_carpet_mm)} "
                                f"(seams + {o.cord_allowance_pct:g} %)")]
    for f in plan.figures:
        rows.append((f"{f.letter}: {f.name}",
                     f"{_m2(f.area_mm2)} in carpet A, {_m2(f.felt_mm2)} with "
                     f"{o.waste_pct:g} % waste; both carpets {_m2(f.pair_felt_mm2)}; "
                     f"cord {_m(f.cord_mm)}"))
    bw, bh = plan.backing_mm
    rows.append(("Backing per carpet", f"{bw / 10:.1f} × {bh / 10:.1f} cm = "
                                       f"{_m2(bw * bh)} ({o.backing_margin_mm / 10:g} cm past "
                                       f"the felt on each side)"))
    if isinstance(o, FeltTemplateOptions):
        if o.fold_lines:
            rows.append(("Fold lines", _FOLDS[tuple(plan.folds)]))
        rows.append((f"Too narrow (< {o.min_width_mm:g} mm)", _spots_text(plan)))
    return tuple(rows)


def _piece_name(plan: ShyrdakPlan, piece: int) -> str:
    cm = plan.colour_map
    return f"{plan.colours.letters[int(cm.piece_colour[piece])]}{int(cm.number[piece])}"


def _spots_text(plan: ShyrdakPlan, limit: int = 0) -> str:
    limit = limit or _LISTED
    if not plan.spots:
        return "none"
    parts = [f"!{i + 1} {_piece_name(plan, s.piece)} {s.width_mm:.0f} mm"
             for i, s in enumerate(plan.spots[:limit])]
    more = len(plan.spots) - limit
    return (f"{len(plan.spots)}, circled in red: " + ", ".join(parts)
            + (f" and {more} more" if more > 0 else ""))


# ----------------------------------------------------------------------------- layers

def _cut_lines(plan: ShyrdakPlan, line_mm: float) -> tuple:
    design = plan.design
    motif = design.motif
    pm = motif.planar_map
    fwd, _ = edge_path_data(pm, scale=motif.mm_per_px, decimals=3)
    sx, sy = motif.mm_per_px
    start = np.asarray(pm.pts, float)[np.asarray(pm.pt_off)[:-1]] * (sx, sy)
    n_var = plan.colours.perm.shape[0]
    masks = [cut_edge_mask(design, plan.colours, v) for v in range(n_var)]
    placements = design.composition.placements
    d_of_mask: dict = {}
    symbols: dict = {}
    items = []
    for cp in plan.geometry.copies:
        m = masks[cp.variant]
        local = plan.seams.local.get(cp.placement)
        key = (m.tobytes(), cp.placement if local is not None else -1)
        if key not in d_of_mask:
            if local is None:                # whole edges, exact curves
                d_of_mask[key] = " ".join(f"M{start[e, 0]:.3f} {start[e, 1]:.3f}{fwd[e]}"
                                          for e in np.flatnonzero(m).tolist())
            else:                            # cut to the local clip, flattened
                a, b, e = local
                keep = m[e]
                d_of_mask[key] = chains_d(a[keep], b[keep])
        if not d_of_mask[key]:
            continue
        s = similarity_scale(cp.matrix)
        if not np.isfinite(s):
            s = abs(float(np.linalg.det(cp.matrix[:2, :2]))) ** 0.5
        skey = (key, round(s, 6))
        if skey not in symbols:
            symbols[skey] = Symbol(f"cut{len(symbols)}",
                                   (PathItem(d_of_mask[key], stroke=BLACK, width=line_mm / s),))
        pl = placements[cp.placement]
        items.append(Use(symbols[skey].id, cp.matrix, pl.local_clip, pl.clip, layer="Cut lines"))
    segs = plan.seams.outline
    if len(segs):
        cell = np.floor(segs.mean(1) / _CHUNK_MM).astype(np.int64)
        keys, inv = np.unique(cell, axis=0, return_inverse=True)
        for k in range(len(keys)):
            part = segs[inv.ravel() == k]
            d = " ".join(f"M{a[0]:.3f} {a[1]:.3f} L{b[0]:.3f} {b[1]:.3f}" for a, b in part)
            items.append(PathItem(d, stroke=BLACK, width=line_mm, layer="Cut lines"))
    return list(symbols.values()), items


def _labels(plan: ShyrdakPlan) -> list:
    cm = plan.colour_map
    out = []
    for i in range(cm.n_pieces):
        size = float(np.clip(0.8 * cm.radius[i], 1.6, 5.0))
        x, y = cm.point[i]
        out.append(TextItem(float(x), float(y) + 0.35 * size, _piece_name(plan, i), size,
                            anchor="middle", layer="Labels"))
    return out


def _folds(plan: ShyrdakPlan) -> list:
    W, H = (float(v) for v in plan.design.size_mm)
    v, h = plan.folds
    out = []
    if v:
        out.append(PathItem(f"M{W / 2:.3f} 0 L{W / 2:.3f} {H:.3f}", stroke=FOLD, width=0.4,
                            dash=(6.0, 3.0), layer="Fold lines"))
        out.append(TextItem(W / 2 + 1.5, 6.0, "fold", 3.0, FOLD, layer="Fold lines"))
    if h:
        out.append(PathItem(f"M0 {H / 2:.3f} L{W:.3f} {H / 2:.3f}", stroke=FOLD, width=0.4,
                            dash=(6.0, 3.0), layer="Fold lines"))
        out.append(TextItem(2.0, H / 2 - 1.5, "fold", 3.0, FOLD, layer="Fold lines"))
    return out


def _checks(plan: ShyrdakPlan, min_width: float) -> tuple:
    """Red circles (one symbol, used at every spot: cheap on hundreds of spots)."""
    if not plan.spots:
        return [], []
    r = max(min_width, 5.0)
    ring = Symbol("warn", (PathItem(circle_d(r, r, r), stroke=WARN, width=0.6),))
    out = []
    for i, s in enumerate(plan.spots):
        out.append(Use("warn", np.array([[1.0, 0, s.x - r], [0, 1.0, s.y - r], [0, 0, 1.0]]),
                       layer="Check"))
        if i < _LISTED:                # the ones the key lists by number
            out.append(TextItem(s.x + 0.75 * r, s.y - 0.75 * r, f"!{i + 1}", 3.5, WARN,
                                bold=True, layer="Check"))
    return [ring], out


# ----------------------------------------------------------------------------- the key

def _chars(width_mm: float, size: float) -> int:
    """Characters of text *size* mm that fit in *width_mm* (average glyph ~0.55 em)."""
    return max(20, int(width_mm / (size * 0.55)))


def _wrap(label: str, value: str, width_mm: float, size: float) -> list:
    return textwrap.wrap(f"{label}: {value}", _chars(width_mm, size), subsequent_indent="   ")


def _key(plan: ShyrdakPlan, options: FeltTemplateOptions, x: float, y: float,
         horizontal: bool) -> tuple:
    """(symbols, items, (w, h)) of the key with its top-left at (x, y)."""
    W, H = (float(v) for v in plan.design.size_mm)
    L = "Key"
    items = [TextItem(x, y + 6, "Shyrdak cut template", 5.5, bold=True, layer=L)]
    symbols = []
    top = y + 12
    thumbs_w = thumbs_h = 0.0
    if options.previews:
        if horizontal:
            tw = 2 * 110.0 + 6
            syms, its, used = carpet_previews(plan.design, plan.colours, x, top, tw, 116.0,
                                              horizontal=True, layer=L)
            thumbs_w, thumbs_h = tw, used + 4
        else:
            tb = min(_KEY_W * H / W, 120.0)
            syms, its, used = carpet_previews(plan.design, plan.colours, x, top, _KEY_W,
                                              2 * tb + 18.0, layer=L)
            thumbs_w, thumbs_h = _KEY_W, used + 6
        symbols += syms
        items += its
    tx, ty = (x + thumbs_w + 10, top) if horizontal else (x, top + thumbs_h)
    text_w = 130.0 if horizontal else _KEY_W
    size, lead = 3.2, 4.6
    # what the lines mean
    key_lines = [("line", "cut line: cut both felts together, then sew and cover with cord"),
                 ("outline", "edge of the felt")]
    if options.fold_lines and any(plan.folds):
        key_lines.append(("fold", "fold line: the design mirrors here"))
    key_lines.append(("warn", f"too narrow to cut and sew (under {options.min_width_mm:g} mm)"))
    for kind, text in key_lines:
        ty += lead + 1
        sample = f"M{tx:.3f} {ty - 1.1:.3f} L{tx + 10:.3f} {ty - 1.1:.3f}"
        if kind == "line":
            items.append(PathItem(sample, stroke=BLACK, width=options.line_mm, layer=L))
        elif kind == "outline":
            items.append(PathItem(sample, stroke=(90, 90, 90), width=options.line_mm, layer=L))
        elif kind == "fold":
            items.append(PathItem(sample, stroke=FOLD, width=0.4, dash=(6.0, 3.0), layer=L))
        else:
            items.append(PathItem(circle_d(tx + 5, ty - 1.1, 2.2), stroke=WARN, width=0.5, layer=L))
        for j, line in enumerate(textwrap.wrap(text, _chars(text_w - 14, size))):
            ty += lead if j else 0
            items.append(TextItem(tx + 13, ty, line, size, layer=L))
    ty += lead
    for rgb, label in _legend(plan):
        ty += lead + 0.6
        items.append(PathItem(polygon_d([(tx, ty - 3.4), (tx + 4.5, ty - 3.4), (tx + 4.5, ty + 0.6),
                                         (tx, ty + 0.6)]), fill=rgb, stroke=(60, 60, 60),
                              width=0.2, layer=L))
        items.append(TextItem(tx + 7, ty, label, size, layer=L))
    ty += lead
    for label, value in shyrdak_info(plan):
        for line in _wrap(label, value, text_w, size):
            ty += lead
            items.append(TextItem(tx, ty, line, size, layer=L))
    w = (thumbs_w + 10 + text_w) if horizontal else _KEY_W
    h = max(thumbs_h + 12, ty - y + 4) if horizontal else ty - y + 4
    return symbols, items, (w, h)


def _legend(plan: ShyrdakPlan) -> tuple:
    c = plan.colours
    sw = c.swapped()
    return tuple((f.rgb, f"{f.letter}: {f.name}" + (f" (carpet B: {c.names[sw[f.colour]]})"
                                                    if f.colour in c.pair else ""))
                 for f in plan.figures)


def template_sheet(plan: ShyrdakPlan, options: Optional[FeltTemplateOptions] = None, *,
                   print_options: Optional[PrintOptions] = None) -> Sheet:
    """The cut template of *plan* (made with the same *options*).  The key goes
    beside or below the design, whichever prints on fewer pages of *print_options*."""
    options = options or plan.options
    if not isinstance(options, FeltTemplateOptions):
        raise ValueError("the cut template needs FeltTemplateOptions")
    design = plan.design
    W, H = (float(v) for v in design.size_mm)
    title = (design.motif.metadata.title or "Motif") + " — shyrdak cut template"
    symbols, cut_items = _cut_lines(plan, options.line_mm)
    outline = PathItem(polygon_d([(0, 0), (W, 0), (W, H), (0, H)]), stroke=(90, 90, 90),
                       width=options.line_mm, layer="Outline")
    check_symbols, check_items = _checks(plan, options.min_width_mm)
    symbols += check_symbols
    items = [outline] + cut_items + _folds(plan) + _labels(plan) + check_items
    popts = print_options or PrintOptions()
    best = None
    for horizontal in (False, True):
        x, y = (0.0, H + _GAP) if horizontal else (W + _GAP, 0.0)
        syms, key_items, (kw, kh) = _key(plan, options, x, y, horizontal)
        size = (max(W, kw), H + _GAP + kh) if horizontal else (W + _GAP + kw, max(H, kh))
        pages = page_grid(size, popts).n_pages
        if best is None or pages < best[0]:
            best = (pages, size, syms, key_items)
    _, size, syms, key_items = best
    return Sheet(size_mm=(float(size[0]), float(size[1])), items=tuple(items + key_items),
                 symbols=tuple(symbols + syms), title=title, info=shyrdak_info(plan),
                 legend=_legend(plan), background=None)
