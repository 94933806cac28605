"""Design colours to DMC threads, and what a plan uses of each thread.

Every distinct design colour is matched to its nearest DMC stranded-cotton
colour by CIEDE2000 (:func:`motifstudio.design.palettes.nearest`); design
colours that land on the same DMC colour share one thread (one colour block).

Thread length
-------------
``length_mm`` is the **sum of the stitch lengths** (the straight distance
between consecutive needle penetrations, the thread lying on the top of the
fabric).  What a machine really pulls off the cone is more: the thread also
goes down through the fabric and round the bobbin thread at every stitch.
We document two rules of thumb and apply them only where said:

* ``BOBBIN_FACTOR`` = 1/3: the bobbin thread used is about a third of the top
  thread (a balanced lock stitch shows about a third bobbin on the back of a
  satin column);
* ``SKEIN_M`` = 8: a DMC skein is 8 m of 6-strand floss.  Skeins are counted
  as ``ceil(length_m × strands / 6 / 8)``: sewing with the whole 6-strand
  floss uses one skein per 8 m, with 2 strands a skein lasts 24 m.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ...core.colour import rgb_to_lab
from ...design.palettes import load_dmc, nearest

__all__ = ["Thread", "match_threads", "skeins", "BOBBIN_FACTOR", "SKEIN_M"]

BOBBIN_FACTOR = 1.0 / 3.0
SKEIN_M = 8.0


@dataclass(frozen=True)
class Thread:
    """A DMC thread: ``dmc`` number (``"310"``, ``"B5200"``, ``"Ecru"``), its name and
    rgb, and the design colours (rgb tuples) sewn with it."""
    dmc: str
    name: str
    rgb: tuple
    design_rgb: tuple

    @property
    def hex(self) -> str:
        return "#%02x%02x%02x" % tuple(self.rgb)

    @property
    def lightness(self) -> float:
        return float(rgb_to_lab(np.array(self.rgb, np.uint8))[0])


def match_threads(colours) -> tuple:
    """DMC threads for the design *colours* (rgb tuples).

    Returns ``(threads, index)``: ``threads`` a tuple of :class:`Thread` in
    order of first use, ``index[c]`` the position in it of colour ``c``.
    """
    colours = list(dict.fromkeys(tuple(int(v) for v in c) for c in colours))
    if not colours:
        return (), {}
    dmc = load_dmc()
    lab = rgb_to_lab(np.array(colours, np.uint8).reshape(-1, 1, 3)).reshape(-1, 3)
    best = np.atleast_1d(nearest(dmc, lab))
    order: dict = {}
    members: dict = {}
    for c, b in zip(colours, best.tolist()):
        order.setdefault(b, len(order))
        members.setdefault(b, [])
        if c not in members[b]:
            members[b].append(c)
    threads = []
    for b in order:
        sw = dmc.swatches[b]
        ident = sw.source[4:] if sw.source.startswith("DMC ") else sw.source
        threads.append(Thread(dmc=ident, name=sw.name, rgb=tuple(int(v) for v in sw.rgb),
                              design_rgb=tuple(members[b])))
    index = {c: order[b] for c, b in zip(colours, best.tolist())}
    return tuple(threads), index


def skeins(length_m: float, strands: int = 6) -> int:
    """Skeins of DMC floss (8 m of 6 strands) for *length_m* of a *strands*-strand thread."""
    if length_m <= 0:
        return 0
    return int(math.ceil(length_m * strands / 6.0 / SKEIN_M - 1e-9))
