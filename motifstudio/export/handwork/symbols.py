"""Chart symbols: 40 simple vector shapes, then letters and digits of the chart font.

A cross-stitch chart tells colours apart by symbol, so it still reads in
black and white and for colour-blind stitchers.  The first symbols go to the
colours with most stitches, so the commonest colours get the plainest,
most distinct shapes.  Shapes are drawn in a unit box centred on 0 (y down)
and scaled to the square; each has a Unicode look-alike, written to
``.oxs`` files for other software.
"""
from __future__ import annotations

import math

__all__ = ["SYMBOLS", "symbol_count", "symbol_char", "draw_symbol"]

_STAR = [(0.42 * (1 if k % 2 == 0 else 0.42) * math.sin(k * math.pi / 5),
          -0.42 * (1 if k % 2 == 0 else 0.42) * math.cos(k * math.pi / 5) + 0.04)
         for k in range(10)]
_HEX = [(0.42 * math.cos(k * math.pi / 3), 0.42 * math.sin(k * math.pi / 3)) for k in range(6)]
_HALF_DISC = [(0.36 * math.cos(a), 0.36 * math.sin(a))
              for a in [math.pi / 2 + k * math.pi / 12 for k in range(13)]]

# (unicode look-alike, primitives); a primitive is
#   ("poly", points, filled) | ("circle", cx, cy, r, filled) | ("line", points)
_SHAPES = [
    ("●", [("circle", 0, 0, .36, True)]),
    ("○", [("circle", 0, 0, .34, False)]),
    ("■", [("poly", [(-.33, -.33), (.33, -.33), (.33, .33), (-.33, .33)], True)]),
    ("□", [("poly", [(-.33, -.33), (.33, -.33), (.33, .33), (-.33, .33)], False)]),
    ("▲", [("poly", [(0, -.38), (.4, .32), (-.4, .32)], True)]),
    ("△", [("poly", [(0, -.38), (.4, .32), (-.4, .32)], False)]),
    ("◆", [("poly", [(0, -.44), (.44, 0), (0, .44), (-.44, 0)], True)]),
    ("◇", [("poly", [(0, -.44), (.44, 0), (0, .44), (-.44, 0)], False)]),
    ("×", [("line", [(-.33, -.33), (.33, .33)]), ("line", [(-.33, .33), (.33, -.33)])]),
    ("+", [("line", [(0, -.4), (0, .4)]), ("line", [(-.4, 0), (.4, 0)])]),
    ("▼", [("poly", [(0, .38), (.4, -.32), (-.4, -.32)], True)]),
    ("▽", [("poly", [(0, .38), (.4, -.32), (-.4, -.32)], False)]),
    ("∗", [("line", [(0, -.4), (0, .4)]), ("line", [(-.35, -.2), (.35, .2)]),
           ("line", [(-.35, .2), (.35, -.2)])]),
    ("|", [("line", [(0, -.4), (0, .4)])]),
    ("−", [("line", [(-.4, 0), (.4, 0)])]),
    ("/", [("line", [(-.32, .38), (.32, -.38)])]),
    ("\\", [("line", [(-.32, -.38), (.32, .38)])]),
    ("★", [("poly", _STAR, True)]),
    ("◧", [("poly", [(-.33, -.33), (0, -.33), (0, .33), (-.33, .33)], True),
           ("poly", [(-.33, -.33), (.33, -.33), (.33, .33), (-.33, .33)], False)]),
    ("⬒", [("poly", [(-.33, -.33), (.33, -.33), (.33, 0), (-.33, 0)], True),
           ("poly", [(-.33, -.33), (.33, -.33), (.33, .33), (-.33, .33)], False)]),
    ("⊙", [("circle", 0, 0, .36, False), ("circle", 0, 0, .12, True)]),
    ("▣", [("poly", [(-.35, -.35), (.35, -.35), (.35, .35), (-.35, .35)], False),
           ("poly", [(-.14, -.14), (.14, -.14), (.14, .14), (-.14, .14)], True)]),
    ("=", [("line", [(-.38, -.15), (.38, -.15)]), ("line", [(-.38, .15), (.38, .15)])]),
    ("‖", [("line", [(-.15, -.38), (-.15, .38)]), ("line", [(.15, -.38), (.15, .38)])]),
    ("◀", [("poly", [(-.38, 0), (.32, -.4), (.32, .4)], True)]),
    ("▶", [("poly", [(.38, 0), (-.32, -.4), (-.32, .4)], True)]),
    ("⧗", [("poly", [(-.34, -.38), (.34, -.38), (-.34, .38), (.34, .38)], True)]),
    ("☆", [("poly", _STAR, False)]),
    ("⬢", [("poly", _HEX, True)]),
    ("∟", [("line", [(-.3, -.38), (-.3, .3), (.36, .3)])]),
    ("⊤", [("line", [(-.36, -.3), (.36, -.3)]), ("line", [(0, -.3), (0, .38)])]),
    ("∧", [("line", [(-.36, .22), (0, -.26), (.36, .22)])]),
    ("∨", [("line", [(-.36, -.22), (0, .26), (.36, -.22)])]),
    ("◣", [("poly", [(-.36, -.36), (.36, .36), (-.36, .36)], True)]),
    ("◥", [("poly", [(-.36, -.36), (.36, -.36), (.36, .36)], True)]),
    ("⊕", [("circle", 0, 0, .36, False), ("line", [(0, -.36), (0, .36)]),
           ("line", [(-.36, 0), (.36, 0)])]),
    ("⊠", [("poly", [(-.34, -.34), (.34, -.34), (.34, .34), (-.34, .34)], False),
           ("line", [(-.34, -.34), (.34, .34)]), ("line", [(-.34, .34), (.34, -.34)])]),
    ("#", [("line", [(-.14, -.38), (-.14, .38)]), ("line", [(.14, -.38), (.14, .38)]),
           ("line", [(-.38, -.14), (.38, -.14)]), ("line", [(-.38, .14), (.38, .14)])]),
    ("↑", [("line", [(0, -.38), (0, .4)]), ("line", [(-.26, -.1), (0, -.38), (.26, -.1)])]),
    ("◐", [("circle", 0, 0, .36, False), ("poly", _HALF_DISC, True)]),
]

# letters and digits that cannot be taken for one of the shapes above (no O, I, X, 0, 1)
_GLYPHS = "ABCDEFGHJKLMNPRSTUVWYZ23456789abdefghkmnpqrstuwyz"

#: every symbol: (unicode look-alike, primitives or None for a font glyph)
SYMBOLS = tuple(_SHAPES) + tuple((g, None) for g in _GLYPHS)


def symbol_count() -> int:
    return len(SYMBOLS)


def symbol_char(k: int) -> str:
    """The symbol's Unicode look-alike; past the end, two-letter codes."""
    if k < len(SYMBOLS):
        return SYMBOLS[k][0]
    k -= len(SYMBOLS)
    return _GLYPHS[(k // len(_GLYPHS)) % len(_GLYPHS)] + _GLYPHS[k % len(_GLYPHS)]


def draw_symbol(canvas, k: int, size: float, colour, *, font: str) -> None:
    """Draw symbol *k* centred on the origin of the current user space (y down, mm),
    *size* mm across, in *colour* (r, g, b floats 0..1)."""
    canvas.setStrokeColorRGB(*colour)
    canvas.setFillColorRGB(*colour)
    canvas.setLineWidth(size * 0.11)
    canvas.setLineCap(1)
    canvas.setLineJoin(1)
    canvas.setDash([])
    prims = SYMBOLS[k][1] if k < len(SYMBOLS) else None
    if prims is None:
        text = symbol_char(k)
        canvas.saveState()
        canvas.scale(1, -1)                       # glyphs upright in a y-down space
        fs = size * (0.95 if len(text) == 1 else 0.62)
        canvas.setFont(font, fs)
        canvas.drawCentredString(0, -fs * 0.36, text)
        canvas.restoreState()
        return
    for prim in prims:
        if prim[0] == "circle":
            _, cx, cy, r, filled = prim
            canvas.circle(cx * size, cy * size, r * size, stroke=int(not filled), fill=int(filled))
        else:
            pts = prim[1]
            p = canvas.beginPath()
            p.moveTo(pts[0][0] * size, pts[0][1] * size)
            for x, y in pts[1:]:
                p.lineTo(x * size, y * size)
            if prim[0] == "poly":
                p.close()
                canvas.drawPath(p, stroke=1, fill=int(prim[2]))
            else:
                canvas.drawPath(p, stroke=1, fill=0)
