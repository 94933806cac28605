"""The writer registry: lookup by name or path, clear errors, no clashes."""
import pytest

from motifstudio.export import registry
from motifstudio.export.registry import Writer, register, writer_for, writers
from motifstudio.export.svg import SvgOptions, write_svg


@pytest.fixture
def isolated(monkeypatch):
    monkeypatch.setattr(registry, "_WRITERS", dict(registry._WRITERS))


def test_svg_is_registered():
    w = writer_for("svg")
    assert w.func is write_svg and w.options_type is SvgOptions and w.extensions == (".svg",)
    assert w in writers()
    for key in ("SVG", "out/lesson.svg", "C:\\motifs\\KOCHKOR.SVG", ".svg"):
        assert writer_for(key) is w
    from pathlib import Path
    assert writer_for(Path("a/b.svg")) is w


def test_unknown_format_lists_the_known_ones():
    with pytest.raises(ValueError, match=r"known formats: .*svg \(\.svg\)"):
        writer_for("motif.qqq")
    with pytest.raises(ValueError, match="no export format"):
        writer_for("noextension")


def test_register_and_clashes(isolated):
    def write_x(design, dest, options=None):
        pass
    w = register(Writer("xyz", (".xyz",), "A test format", write_x))
    assert writer_for("x.XYZ") is w and writers()[-1] is w
    assert register(Writer("xyz", (".xyz",), "A test format", write_x)) is w
    with pytest.raises(ValueError, match="already registered"):
        register(Writer("xyz", (".xyz",), "another", write_x))
    # a shared extension is allowed: a path finds the first writer, *takes* narrows it
    w2 = register(Writer("svg2", (".svg",), "another svg", write_x, takes="design"))
    assert writer_for("a.svg").name == "svg"
    assert writer_for("a.svg", takes="design") in (w2, writer_for("design-svg"))
    assert writer_for("svg2") is w2
    with pytest.raises(ValueError, match="takes"):
        Writer("x", (".x",), "", write_x, takes="image")


def test_writer_validation():
    with pytest.raises(ValueError, match="lower case"):
        Writer("png", ("png",), "", print)
    with pytest.raises(ValueError, match="lower-case"):
        Writer("PNG", (".png",), "", print)
