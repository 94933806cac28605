"""A sheet: a page-independent vector drawing in millimetres, the common output of
the production writers (cut templates, binding plans, charts, transfer sheets).

Each product builds a :class:`Sheet` once; :func:`sheet_svg` writes it as SVG
and :mod:`motifstudio.export.print_pdf` prints it at 1:1 over tiled pages.
Coordinates are millimetres with the origin at the top left and y down (as in
SVG); path geometry is SVG path data with absolute ``M L C Z`` commands (what
:mod:`motifstudio.core.svgpath` writes), so a planar map's curves pass through
exactly.  Repeated content (thousands of copies of a motif) is a
:class:`Symbol` drawn by :class:`Use` items, so files stay small in both
formats (``<use>`` in SVG, form XObjects in PDF).
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Optional, Union

import numpy as np

__all__ = ["PathItem", "TextItem", "ImageItem", "Use", "Symbol", "Sheet", "parse_path",
           "polygon_d", "sheet_svg", "rgb_hex"]

RGB = tuple


def rgb_hex(rgb) -> str:
    r, g, b = (int(v) for v in rgb)
    return f"#{r:02x}{g:02x}{b:02x}"


@dataclass(frozen=True)
class PathItem:
    """``d``: SVG path data in mm; ``fill``/``stroke``: (r, g, b) or None;
    ``width``: stroke width in mm; ``dash``: dash lengths in mm or ()."""
    d: str
    fill: Optional[RGB] = None
    stroke: Optional[RGB] = None
    width: float = 0.3
    dash: tuple = ()
    layer: str = ""
    even_odd: bool = False


@dataclass(frozen=True)
class TextItem:
    """Text at (x, y) mm (baseline); ``size`` is the font size in mm."""
    x: float
    y: float
    text: str
    size: float = 3.5
    colour: RGB = (0, 0, 0)
    anchor: str = "start"           # start | middle | end
    bold: bool = False
    layer: str = ""
    rotate: float = 0.0             # degrees, clockwise on the page


@dataclass(frozen=True, eq=False)
class ImageItem:
    """An RGB image (H, W, 3) uint8 placed in the box (x, y, w, h) mm."""
    x: float
    y: float
    w: float
    h: float
    rgb: np.ndarray
    layer: str = ""


@dataclass(frozen=True, eq=False)
class Symbol:
    """Items drawn many times; coordinates are the symbol's own (mm)."""
    id: str
    items: tuple


@dataclass(frozen=True, eq=False)
class Use:
    """Draw symbol ``symbol`` with ``matrix`` (3x3, symbol mm -> sheet mm), clipped
    to ``local_clip`` (polygon in symbol mm) and ``clip`` (polygon in sheet mm)."""
    symbol: str
    matrix: np.ndarray
    local_clip: Optional[np.ndarray] = None
    clip: Optional[np.ndarray] = None
    layer: str = ""


Item = Union[PathItem, TextItem, ImageItem, Use]


@dataclass(frozen=True, eq=False)
class Sheet:
    """``size_mm`` (w, h); ``items`` in drawing order; ``symbols`` for :class:`Use`;
    ``title`` and ``info`` (label, value) rows for the title block; ``legend``
    rows (rgb, label) for the colour key; ``background`` (rgb) or None."""
    size_mm: tuple
    items: tuple
    symbols: tuple = ()
    title: str = ""
    info: tuple = ()
    legend: tuple = ()
    background: Optional[RGB] = None

    def symbol(self, sid: str) -> Symbol:
        for s in self.symbols:
            if s.id == sid:
                return s
        raise ValueError(f"the sheet has no symbol {sid!r}")

    def layers(self) -> list:
        seen = []
        for it in self.items:
            if it.layer not in seen:
                seen.append(it.layer)
        return seen


# ----------------------------------------------------------------------------- paths

_TOKEN = re.compile(r"[MLCZmlcz]|-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARITY = {"M": 2, "L": 2, "C": 6, "Z": 0}


def parse_path(d: str) -> list:
    """Absolute SVG path data (``M L C Z``, implicit repeats allowed) -> list of
    (op, numbers) with op in M, L, C, Z.  Raises ValueError on anything else."""
    out = []
    op = None
    nums: list = []
    for tok in _TOKEN.findall(d):
        if tok.isalpha():
            if tok.islower():
                raise ValueError(f"relative path command {tok!r} is not supported")
            if op is not None and nums:
                raise ValueError(f"path data: {op} with {len(nums)} stray numbers")
            op = tok
            if op == "Z":
                out.append(("Z", ()))
            continue
        if op is None or op == "Z":
            raise ValueError("path data must start with a command")
        nums.append(float(tok))
        if len(nums) == _ARITY[op]:
            out.append((op, tuple(nums)))
            nums = []
            if op == "M":
                op = "L"                    # implicit lineto after moveto
    if nums:
        raise ValueError(f"path data ends in the middle of a {op} command")
    return out


def polygon_d(points, *, closed: bool = True, decimals: int = 3) -> str:
    pts = np.asarray(points, float).reshape(-1, 2)
    if not len(pts):
        return ""
    fmt = f"{{:.{decimals}f}} {{:.{decimals}f}}"
    parts = ["M" + fmt.format(*pts[0])] + ["L" + fmt.format(*p) for p in pts[1:]]
    return " ".join(parts) + (" Z" if closed else "")


# ----------------------------------------------------------------------------- SVG

def _num(v: float) -> str:
    return f"{v:.4f}".rstrip("0").rstrip(".")


def _svg_items(items, out, indent="") -> None:
    import html
    for it in items:
        if isinstance(it, PathItem):
            attrs = [f'd="{it.d}"', f'fill="{rgb_hex(it.fill) if it.fill is not None else "none"}"']
            if it.even_odd:
                attrs.append('fill-rule="evenodd"')
            if it.stroke is not None:
                attrs += [f'stroke="{rgb_hex(it.stroke)}"', f'stroke-width="{_num(it.width)}"',
                          'stroke-linejoin="round"', 'stroke-linecap="round"']
                if it.dash:
                    attrs.append('stroke-dasharray="' + " ".join(_num(v) for v in it.dash) + '"')
            out.write(f"{indent}<path {' '.join(attrs)}/>\n")
        elif isinstance(it, TextItem):
            anchor = {"start": "start", "middle": "middle", "end": "end"}[it.anchor]
            weight = ' font-weight="bold"' if it.bold else ""
            rot = f' transform="rotate({_num(it.rotate)} {_num(it.x)} {_num(it.y)})"' if it.rotate else ""
            out.write(f'{indent}<text x="{_num(it.x)}" y="{_num(it.y)}" font-size="{_num(it.size)}" '
                      f'font-family="DejaVu Sans, sans-serif" fill="{rgb_hex(it.colour)}" '
                      f'text-anchor="{anchor}"{weight}{rot}>{html.escape(it.text)}</text>\n')
        elif isinstance(it, ImageItem):
            import base64

            from PIL import Image
            buf = io.BytesIO()
            Image.fromarray(np.ascontiguousarray(it.rgb, np.uint8)).save(buf, "PNG")
            data = base64.b64encode(buf.getvalue()).decode("ascii")
            out.write(f'{indent}<image x="{_num(it.x)}" y="{_num(it.y)}" width="{_num(it.w)}" '
                      f'height="{_num(it.h)}" preserveAspectRatio="none" '
                      f'href="data:image/png;base64,{data}"/>\n')


def sheet_svg(sheet: Sheet) -> bytes:
    """The sheet as an SVG document at its size in mm (viewBox in mm)."""
    W, H = sheet.size_mm
    out = io.StringIO()
    out.write('<?xml version="1.0" encoding="utf-8"?>\n')
    out.write(f'<svg xmlns="http://www.w3.org/2000/svg" '
              f'xmlns:xlink="http://www.w3.org/1999/xlink" '
              f'xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" '
              f'width="{_num(W)}mm" height="{_num(H)}mm" viewBox="0 0 {_num(W)} {_num(H)}">\n')
    if sheet.title:
        import html
        out.write(f"<title>{html.escape(sheet.title)}</title>\n")
    clips = []
    out.write("<defs>\n")
    for s in sheet.symbols:
        out.write(f'<g id="{s.id}">\n')
        _svg_items(s.items, out, "  ")
        out.write("</g>\n")
    uses = [it for it in sheet.items if isinstance(it, Use)]
    for k, u in enumerate(uses):
        if u.local_clip is not None:
            out.write(f'<clipPath id="lc{k}"><path d="{polygon_d(u.local_clip)}"/></clipPath>\n')
        if u.clip is not None:
            out.write(f'<clipPath id="cl{k}"><path d="{polygon_d(u.clip)}"/></clipPath>\n')
        clips.append(u)
    out.write("</defs>\n")
    if sheet.background is not None:
        out.write(f'<rect width="{_num(W)}" height="{_num(H)}" fill="{rgb_hex(sheet.background)}"/>\n')
    for layer in sheet.layers():
        label = layer or "Drawing"
        ident = re.sub(r"[^A-Za-z0-9_-]", "_", label)
        out.write(f'<g id="layer-{ident}" inkscape:groupmode="layer" inkscape:label="{label}">\n')
        for it in sheet.items:
            if it.layer != layer:
                continue
            if isinstance(it, Use):
                k = uses.index(it)
                m = it.matrix
                inner = f'<use href="#{it.symbol}" xlink:href="#{it.symbol}"/>'
                if it.local_clip is not None:
                    inner = f'<g clip-path="url(#lc{k})">{inner}</g>'
                tr = (f'matrix({m[0, 0]:.6f} {m[1, 0]:.6f} {m[0, 1]:.6f} {m[1, 1]:.6f} '
                      f'{m[0, 2]:.4f} {m[1, 2]:.4f})')
                inner = f'<g transform="{tr}">{inner}</g>'
                if it.clip is not None:
                    inner = f'<g clip-path="url(#cl{k})">{inner}</g>'
                out.write("  " + inner + "\n")
            else:
                _svg_items([it], out, "  ")
        out.write("</g>\n")
    out.write("</svg>\n")
    return out.getvalue().encode("utf-8")
