"""SVG export of a motif: one Inkscape layer per palette colour, one path per face.

The document is measured in millimetres (``width``/``height``) while the
``viewBox`` keeps the planar map's pixel coordinates, so the geometry is
written exactly as traced and a 1:1 print measures right.  Every face's path
is the concatenation of its edges' shared path text
(:mod:`motifstudio.core.svgpath`), so neighbouring faces abut exactly.
"""
from __future__ import annotations

import io
import os
from dataclasses import dataclass
from typing import Optional, Union

import numpy as np
import svgwrite

from ..core.atomic import write_output
from ..core.colour import hex_to_rgb8
from ..core.document import Motif
from ..core.svgpath import curve_path_data, face_paths, format_numbers, polyline_path_data

__all__ = ["SvgOptions", "write_svg", "svg_bytes"]

GENERATOR = "Motif Studio 0.1"
INKSCAPE_NS = "http://www.inkscape.org/namespaces/inkscape"


@dataclass(frozen=True)
class SvgOptions:
    """Options of :func:`write_svg`.

    Attributes
    ----------
    seamless : bool
        Outline every face with a thin stroke of its own colour (see
        :func:`write_svg`, Notes).  Default from ``OutputParams.seamless``.
    seam_width : float
        Width of that outline in map pixels (viewBox units).
    decimals : int
        Digits after the decimal point in path data (0..6).
    strokes : tuple
        Extra centreline strokes, drawn after the motif's own
        ``Motif.strokes`` in a top layer "Lines" (no fill, round caps): each
        ``(geometry, width_px, colour)`` where *geometry* is an (N, 2)
        polyline in map pixels or an SVG path-data string, *width_px* the
        line width in map pixels and *colour* an ``(r, g, b)`` 0..255 tuple
        or ``"#rrggbb"``.
    """
    seamless: bool = False
    seam_width: float = 1.0
    decimals: int = 2
    strokes: tuple = ()

    def __post_init__(self):
        if not 0 <= self.decimals <= 6:
            raise ValueError(f"decimals must be in 0..6, got {self.decimals}")
        if not self.seam_width > 0:
            raise ValueError(f"seam_width must be positive, got {self.seam_width}")

    @classmethod
    def from_output_params(cls, output, **changes) -> "SvgOptions":
        """Options following an ``OutputParams`` (or its dict form from a recipe)."""
        seamless = output.get("seamless", False) if isinstance(output, dict) else output.seamless
        return cls(seamless=bool(seamless), **changes)


def _hex(colour) -> str:
    if isinstance(colour, str):
        rgb = hex_to_rgb8(colour)
    else:
        rgb = tuple(int(v) for v in colour)
        if len(rgb) != 3 or not all(0 <= v <= 255 for v in rgb):
            raise ValueError(f"not an (r, g, b) colour in 0..255: {colour!r}")
    return "#%02x%02x%02x" % rgb


def _num(v: float) -> str:
    return format_numbers([v], decimals=4)[0]


def _description(motif: Motif) -> str:
    pm, src, md = motif.planar_map, motif.source, motif.metadata
    w, h = motif.size_mm
    lines = []
    if md.description:
        lines.append(md.description)
    if src is not None:
        lines.append(f"Source: {src.filename} (sha256 {src.sha256})")
    lines += [f"Size: {_num(w)} x {_num(h)} mm (frame {_num(pm.width)} x {_num(pm.height)} px)",
              f"Colours: {len(motif.palette)}",
              f"Generator: {GENERATOR}"]
    return "\n".join(lines)


def _layer(dwg: svgwrite.Drawing, ident: str, label: str):
    g = dwg.g(id=ident)
    # debug=False lets svgwrite pass the namespaced attributes through unchecked
    g.attribs["inkscape:groupmode"] = "layer"
    g.attribs["inkscape:label"] = label
    return g


def _strokes(motif: Motif, options: SvgOptions) -> list[tuple[str, float, str]]:
    """(path data, width px, #rrggbb) of the motif's centrelines, then the options' extras."""
    out = []
    pal = motif.palette
    for k, s in enumerate(getattr(motif, "strokes", ()) or ()):
        if not 0 <= int(s.colour) < len(pal):
            raise ValueError(f"stroke {k} uses colour {s.colour} but the palette has {len(pal)}")
        out.append((curve_path_data(s.pts, s.ops, decimals=options.decimals, closed=s.closed),
                    float(s.width), pal[int(s.colour)].hex))
    for k, item in enumerate(options.strokes):
        try:
            geom, width, colour = item
        except (TypeError, ValueError):
            raise ValueError(f"extra stroke {k}: expected (geometry, width_px, colour)") from None
        d = geom if isinstance(geom, str) else polyline_path_data(geom, decimals=options.decimals)
        out.append((d, float(width), _hex(colour)))
    for d, width, _ in out:
        if not width > 0:
            raise ValueError(f"a stroke width must be positive, got {width}")
    return out


def _drawing(motif: Motif, options: SvgOptions) -> svgwrite.Drawing:
    pm = motif.planar_map
    pal = motif.palette
    fc = np.asarray(pm.face_colour)
    bad = fc[(fc < 0) | (fc >= len(pal))]
    if len(bad):
        raise ValueError(f"a face uses colour {int(bad[0])} but the palette has {len(pal)} colours")
    w_mm, h_mm = motif.size_mm
    if not (w_mm > 0 and h_mm > 0):
        raise ValueError(f"the motif has no physical size: {motif.size_mm}")
    dwg = svgwrite.Drawing(size=(f"{_num(w_mm)}mm", f"{_num(h_mm)}mm"),
                           viewBox=f"0 0 {_num(pm.width)} {_num(pm.height)}",
                           profile="full", debug=False)
    dwg.attribs["xmlns:inkscape"] = INKSCAPE_NS
    title = motif.metadata.title or (motif.source.filename if motif.source else "") or "Motif"
    dwg.set_desc(title=title, desc=_description(motif))

    paths = face_paths(pm, decimals=options.decimals)
    seam = _num(options.seam_width)
    for i, swatch in enumerate(pal.swatches):
        fill = swatch.hex
        layer = _layer(dwg, f"layer{i + 1}", f"{i + 1} {swatch.name} {fill}")
        for f in np.flatnonzero(fc == i).tolist():
            d = paths[f]
            if not d:
                continue
            # Non-zero winding, the same rule the tracer checks its partition with:
            # outer loops and holes run in opposite directions by construction.
            attrs = {"id": f"f{f}", "fill": fill}
            if options.seamless:
                # Renderers antialias each path on its own, so two faces that
                # abut exactly both leave a partly covered pixel on their shared
                # edge and the background shows through as a hairline.  A thin
                # stroke in the face's own colour covers that pixel; the fill
                # geometry (the path data) is unchanged.
                attrs.update({"stroke": fill, "stroke-width": seam, "stroke-linejoin": "round"})
            else:
                attrs["stroke"] = "none"
            p = dwg.path(d=d)  # svgwrite writes 'd' from its command list, not attribs
            p.attribs.update(attrs)
            layer.add(p)
        dwg.add(layer)

    strokes = _strokes(motif, options)
    if strokes:
        lines = _layer(dwg, "lines", "Lines")
        for k, (d, width, colour) in enumerate(strokes):
            p = dwg.path(d=d)
            p.attribs.update({"id": f"s{k}", "fill": "none", "stroke": colour,
                              "stroke-width": _num(width), "stroke-linecap": "round",
                              "stroke-linejoin": "round"})
            lines.add(p)
        dwg.add(lines)
    return dwg


def svg_bytes(motif: Motif, options: Optional[SvgOptions] = None) -> bytes:
    """The SVG document of *motif* as UTF-8 bytes (see :func:`write_svg`)."""
    if options is None:
        options = SvgOptions.from_output_params(motif.recipe.get("output", {})
                                                if isinstance(motif.recipe, dict) else {})
    dwg = _drawing(motif, options)
    return ('<?xml version="1.0" encoding="utf-8" ?>\n' + dwg.tostring()).encode("utf-8")


def write_svg(motif: Motif, dest: Union[str, os.PathLike, io.IOBase],
              options: Optional[SvgOptions] = None) -> None:
    """Write *motif* as an SVG document.

    Parameters
    ----------
    motif : Motif
        The motif; its palette order gives the layer order (first = bottom).
    dest : str, os.PathLike or file object
        A path (replaced atomically) or an open binary or text file.
    options : SvgOptions, optional
        Default: seamless as in the motif's recipe (``output.seamless``).

    Raises
    ------
    ValueError
        If a face's colour is not in the palette, the size is not positive
        or a stroke is malformed.

    Notes
    -----
    The file is ``width``/``height`` in millimetres with a ``viewBox`` in
    map pixels; each palette colour is an Inkscape layer labelled
    ``"{n} {name} {#rrggbb}"`` holding one ``<path id="f{face}">`` per face
    with its ``fill`` on the element.  With *seamless*, each face also gets
    a stroke of its own colour, ``seam_width`` px wide with round joins:
    abutting antialiased edges otherwise leave background-coloured
    hairlines, which the stroke covers without moving the fill geometry.

    Examples
    --------
    >>> import io
    >>> buf = io.BytesIO()
    >>> write_svg(motif, buf)  # doctest: +SKIP
    """
    write_output(dest, svg_bytes(motif, options))
