"""The stitch grid as an ``.oxs`` file (Open Cross Stitch XML, Ursa Software's
interchange format, read by WinStitch/MacStitch, KG-Chart, Embroidery Studio
and other cross-stitch programs).

Layout written::

    <chart>
      <format .../>                     informational
      <properties oxsversion="1.0" software=... chartwidth= chartheight=
                  charttitle= stitchesperinch= stitchesperinch_y= palettecount=/>
      <palette>
        <palette_item index="0" number="cloth" name="cloth" color="FFFFFF" .../>
        <palette_item index="1" number="DMC 310" name="Black" color="000000"
                      strands="2" symbol="●"/> ...
      </palette>
      <fullstitches><stitch x= y= palindex=/> ...</fullstitches>
      <partstitches/> <backstitches/> <ornaments_inc_knots_and_beads/> <commentboxes/>
    </chart>

``x`` is the column from the left and ``y`` the row from the top, both from
0; ``palindex`` 0 is the cloth (unstitched squares are simply not listed), 1..N
the threads in the order of the chart's key.  Colours are hex RGB without
``#``.  The cloth is white, or the design's background colour when the
background is left unstitched.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional
from xml.sax.saxutils import quoteattr

import numpy as np

from ...core.atomic import write_output
from ...core.params import param
from ...design.spec import Design
from ..registry import Writer, register
from .stitchgrid import (StitchGrid, StitchGridOptions, check_grid_options, grid_preview,
                         stitch_grid)
from .symbols import symbol_char

__all__ = ["OxsOptions", "oxs_bytes", "write_oxs"]


@dataclass(frozen=True)
class OxsOptions(StitchGridOptions):
    strands: int = param(2, label="Strands", minimum=1, maximum=6,
                         help="Strands of floss in the needle, recorded for each thread.",
                         advanced=True)


def _hex(rgb) -> str:
    return "".join(f"{int(v):02X}" for v in rgb)


def oxs_bytes(design: Design, options: Optional[OxsOptions] = None, *,
              grid: Optional[StitchGrid] = None) -> bytes:
    """The ``.oxs`` document (UTF-8 bytes); see the module docstring."""
    options = check_grid_options(options, OxsOptions)
    if grid is None:
        grid = stitch_grid(design, options)
    title = design.motif.metadata.title or "Motif"
    cloth = design.background if options.skip_background else (255, 255, 255)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<chart>",
           '<format comments01="Open Cross Stitch (OXS) written by Motif Studio" '
           'comments02="palette item 0 is the cloth; fullstitches list x (column from the '
           'left, from 0), y (row from the top, from 0) and palindex"/>',
           f'<properties oxsversion="1.0" software="Motif Studio" software_version="0.1" '
           f'chartheight="{grid.down}" chartwidth="{grid.across}" '
           f'charttitle={quoteattr(title)} author="" copyright="" '
           f'instructions={quoteattr(f"Full crosses with {options.strands} strands of DMC stranded cotton")} '
           f'stitchesperinch="{grid.count}" stitchesperinch_y="{grid.count}" '
           f'palettecount="{len(grid.threads)}"/>',
           "<palette>",
           f'<palette_item index="0" number="cloth" name="cloth" color="{_hex(cloth)}" '
           f'printcolor="{_hex(cloth)}" blendcolor="nil" comments="" strands="{options.strands}" '
           f'symbol="" bsstrands="1" bscolor="{_hex(cloth)}"/>']
    for k, t in enumerate(grid.threads):
        out.append(f'<palette_item index="{k + 1}" number={quoteattr(t.label)} '
                   f'name={quoteattr(t.name)} color="{_hex(t.rgb)}" printcolor="{_hex(t.rgb)}" '
                   f'blendcolor="nil" comments="" strands="{options.strands}" '
                   f'symbol={quoteattr(symbol_char(k))} bsstrands="1" bscolor="{_hex(t.rgb)}"/>')
    out.append("</palette>")
    out.append("<fullstitches>")
    y, x = np.nonzero(grid.cells >= 0)
    pal = grid.cells[y, x].astype(np.int64) + 1
    out += [f'<stitch x="{a}" y="{b}" palindex="{p}"/>'
            for a, b, p in zip(x.tolist(), y.tolist(), pal.tolist())]
    out.append("</fullstitches>")
    out += ["<partstitches/>", "<backstitches/>", "<ornaments_inc_knots_and_beads/>",
            "<commentboxes/>", "</chart>", ""]
    return "\n".join(out).encode("utf-8")


def write_oxs(design: Design, dest, options: Optional[OxsOptions] = None) -> None:
    """Write the design's stitch grid as ``.oxs`` to *dest* (a path, replaced
    atomically, or a binary file)."""
    write_output(dest, oxs_bytes(design, options))


register(Writer("oxs", (".oxs",), "Open Cross Stitch chart (DMC threads, full crosses) for "
                "other cross-stitch software", write_oxs, OxsOptions, takes="design",
                preview=grid_preview))
