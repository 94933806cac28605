"""Mock-up pictures: the right pixel sizes, the design's colours on the product,
the title and credit drawn, and clear errors for bad options."""
import io

import numpy as np
import pytest
from PIL import Image

from design_helpers import CREAM, RED, f_motif
from motifstudio.core.document import Metadata
from motifstudio.design.layout import Layout
from motifstudio.design.spec import DesignSpec, build_design
from motifstudio.export.mockup import MockupOptions, mockup_image, write_mockup_png
from motifstudio.export.registry import writer_for


@pytest.fixture(scope="module")
def design():
    m = f_motif(200.0, 200.0)
    m = m.replace(metadata=Metadata(title="Kochkor muyuz", maker="Altyn Kol"))
    return build_design(m, DesignSpec(layout=Layout(kind="single", size_mm=(450.0, 450.0))))


def near(img, rgb, tol=40):
    return (np.abs(img.astype(int) - np.array(rgb)).max(-1) < tol)


@pytest.mark.parametrize("product", ["rug", "cushion", "scarf"])
@pytest.mark.parametrize("fmt, size", [("square", (1080, 1080)), ("portrait", (1080, 1350))])
def test_sizes_and_the_design_on_the_product(design, product, fmt, size):
    img = mockup_image(design, MockupOptions(product=product, picture=fmt))
    assert img.shape == (size[1], size[0], 3) and img.dtype == np.uint8
    # the motif's colours cover a good part of the picture (shaded, so within a tolerance)
    share = (near(img, RED, 70) | near(img, CREAM, 50)).mean()
    assert share > 0.10
    # the title band holds dark text on the light backdrop
    band = img[40:120, 200:880]
    assert (band.max(-1) < 100).mean() > 0.01
    # and so does the credit line at the bottom
    assert (img[-60:, 200:880].max(-1) < 100).mean() > 0.005


def test_writer_png_and_errors(design, tmp_path):
    w = writer_for("mockup-png")
    assert w.takes == "design" and w.options_type is MockupOptions
    out = tmp_path / "post.png"
    w.func(design, out, MockupOptions(product="cushion"))
    with Image.open(out) as im:
        assert im.size == (1080, 1080) and im.mode == "RGB"
    buf = io.BytesIO()
    write_mockup_png(design, buf, None)
    assert buf.getvalue()[:8] == b"\x89PNG\r\n\x1a\n"
    with pytest.raises(ValueError, match="backdrop"):
        mockup_image(design, MockupOptions(backdrop="beige"))
    with pytest.raises(ValueError, match="product"):
        mockup_image(design, MockupOptions(product="hat"))
