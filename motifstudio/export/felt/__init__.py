"""Felt production exports: the shyrdak cut template and the ala-kiyiz wool-laying map.

* :mod:`.colours` -- the distinct colours of a design and the pair cut together;
* :mod:`.copies` -- every visible copy of the motif as a convex outline, with
  its faces' areas and the coloured stretches along its outline;
* :mod:`.seams` -- the cut lines (boundaries between two colours) and their lengths;
* :mod:`.colourmap` -- the design rasterised to colours: pieces, label points;
* :mod:`.narrow`, :mod:`.folds` -- the too-narrow check and mirror fold lines;
* :mod:`.plan` -- the figures (areas, cord, backing) a workshop orders by;
* :mod:`.template`, :mod:`.previews`, :mod:`.laying` -- the printable sheets;
* :mod:`.writers` -- the registered writers (``felt-template-pdf`` ...).
"""

from . import writers  # noqa: E402,F401  (registers the felt writers)
