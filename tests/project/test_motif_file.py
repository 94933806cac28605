"""The .motif project format and atomic writing."""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
import stat
import sys
import zipfile

import numpy as np
import pytest

from motifstudio.core.atomic import atomic_write_bytes, atomic_writer
from motifstudio.core.document import Metadata, Motif, Palette, SourceRef, Stroke, Swatch
from motifstudio.core.planar import CUBIC, LINE, OUTSIDE, PlanarMap
from motifstudio.imaging.params import Recipe
from motifstudio.project import motif_file
from motifstudio.project.motif_file import (MIGRATIONS, SCHEMA_VERSION, ProjectError, load_motif,
                                            read_project_info, save_motif)
from planar_maps import two_rectangles

ORIGINAL = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8  # stands in for a scan; never decoded


# ------------------------------------------------------------------ fixtures


def make_motif(original: bytes = ORIGINAL, *, with_source: bool = True) -> Motif:
    source = SourceRef(filename="кочкор мүйүз.png", sha256=hashlib.sha256(original).hexdigest(),
                       size_bytes=len(original), format="PNG", width=400, height=200,
                       dpi=(300.0, 300.0)) if with_source else None
    recipe = Recipe().replace_stage("segment", n_colors=2, pinned=("#aa0000",))
    palette = Palette(swatches=(Swatch.from_rgb((170, 0, 0), name="Кызыл", source="traced",
                                                pinned=True),
                                Swatch.from_rgb((240, 230, 200))), name="shyrdak")
    strokes = (Stroke(pts=np.array([[0.5, 0.5], [1, 0.25], [1.5, 0.75], [2.5, 0.5], [3.5, 1.5]]),
                      ops=np.array([CUBIC, LINE], dtype=np.uint8), width=0.25, colour=0),
               Stroke(pts=np.array([[1.0, 1.0], [3.0, 1.0], [1.0, 1.0]]),
                      ops=np.array([LINE, LINE], dtype=np.uint8), width=0.5, colour=1, closed=True))
    return Motif(source=source, recipe=recipe.to_dict(), palette=palette,
                 planar_map=two_rectangles(), size_mm=(400.0, 200.0), strokes=strokes,
                 metadata=Metadata(title="Кочкор мүйүз", technique="shyrdak", maker="А. Осмонова",
                                   place="Кочкор", notes="line 1\nline 2"))


def assert_same_map(a: PlanarMap, b: PlanarMap) -> None:
    assert (a.width, a.height) == (b.width, b.height)
    for name in PlanarMap._ARRAYS:
        assert np.array_equal(getattr(a, name), getattr(b, name)), name


def assert_same_motif(a: Motif, b: Motif) -> None:
    for f in dataclasses.fields(Motif):
        if f.name == "planar_map":
            assert_same_map(a.planar_map, b.planar_map)
        elif f.name == "strokes":  # Stroke compares by identity (eq=False)
            assert len(a.strokes) == len(b.strokes)
            for sa, sb in zip(a.strokes, b.strokes):
                assert np.array_equal(sa.pts, sb.pts) and np.array_equal(sa.ops, sb.ops)
                assert (sa.width, sa.colour, sa.closed) == (sb.width, sb.colour, sb.closed)
        else:
            assert getattr(a, f.name) == getattr(b, f.name), f.name


def write_zip(path, members) -> None:
    """Write a zip by hand: members is a list of (name, bytes[, compress_type])."""
    with zipfile.ZipFile(path, "w") as zf:
        for name, data, *kind in members:
            zf.writestr(name, data, compress_type=kind[0] if kind else zipfile.ZIP_DEFLATED)


def rewrite(path, *, edit=None, drop=(), replace=None, add=()) -> None:
    """Rebuild a saved project with its JSON edited / members dropped, replaced or added."""
    with zipfile.ZipFile(path) as zf:
        members = [(i.filename, zf.read(i.filename)) for i in zf.infolist()]
    out = []
    for name, data in members:
        if name in drop:
            continue
        if name == "motif.json" and edit is not None:
            doc = json.loads(data)
            edit(doc)
            data = json.dumps(doc).encode()
        if replace and name in replace:
            data = replace[name]
        out.append((name, data))
    write_zip(path, out + list(add))


@pytest.fixture
def saved(tmp_path):
    path = tmp_path / "ram.motif"
    save_motif(path, make_motif(), ORIGINAL)
    return path


def listing(directory) -> list[str]:
    return sorted(os.listdir(directory))


# ------------------------------------------------------------------ atomic writes
def test_atomic_write_bytes_creates_and_replaces(tmp_path):
    p = tmp_path / "a.bin"
    atomic_write_bytes(p, b"one")
    assert p.read_bytes() == b"one"
    atomic_write_bytes(str(p), b"two")
    assert p.read_bytes() == b"two"
    assert listing(tmp_path) == ["a.bin"]


@pytest.mark.skipif(sys.platform.startswith("win"), reason="POSIX permission bits")
def test_atomic_write_keeps_permissions_and_uses_umask_for_new_files(tmp_path):
    p = tmp_path / "a.bin"
    p.write_bytes(b"old")
    os.chmod(p, 0o640)
    atomic_write_bytes(p, b"new")
    assert stat.S_IMODE(os.stat(p).st_mode) == 0o640

    umask = os.umask(0o022)
    os.umask(umask)
    fresh = tmp_path / "fresh.bin"
    atomic_write_bytes(fresh, b"x")
    assert stat.S_IMODE(os.stat(fresh).st_mode) == 0o666 & ~umask


def test_atomic_writer_error_in_block_keeps_old_file(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"precious")
    with pytest.raises(RuntimeError):
        with atomic_writer(p) as fh:
            fh.write(b"half of the new")
            raise RuntimeError("crash mid-write")
    assert p.read_bytes() == b"precious"
    assert listing(tmp_path) == ["a.txt"]


def test_atomic_write_failing_rename_keeps_old_file(tmp_path, monkeypatch):
    p = tmp_path / "a.txt"
    p.write_bytes(b"precious")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        atomic_write_bytes(p, b"new content")
    assert p.read_bytes() == b"precious"
    assert listing(tmp_path) == ["a.txt"]


def test_atomic_writer_text_mode_and_bad_mode(tmp_path):
    p = tmp_path / "t.txt"
    with atomic_writer(p, "w") as fh:
        fh.write("Кочкор\n")
    assert p.read_bytes() == "Кочкор\n".encode("utf-8")
    with pytest.raises(ValueError):
        with atomic_writer(p, "ab"):
            pass
    assert p.read_bytes() == "Кочкор\n".encode("utf-8")


@pytest.mark.skipif(sys.platform.startswith("win"), reason="symlinks need privileges on Windows")
def test_atomic_write_through_symlink_keeps_link(tmp_path):
    real = tmp_path / "real.bin"
    real.write_bytes(b"old")
    link = tmp_path / "link.bin"
    link.symlink_to(real)
    atomic_write_bytes(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


# ------------------------------------------------------------------ round trip
def test_hand_built_map_is_sound():
    pm = two_rectangles()
    assert np.allclose(pm.face_areas(), [4.0, 4.0])


def test_round_trip(saved):
    motif = make_motif()
    loaded, original = load_motif(saved)
    assert_same_motif(loaded, motif)
    assert original == ORIGINAL
    assert hashlib.sha256(original).hexdigest() == loaded.source.sha256
    assert Recipe.from_dict(loaded.recipe) == Recipe.from_dict(motif.recipe)
    # The loaded motif saves again to an equal motif.
    save_motif(saved, loaded, original)
    again, original2 = load_motif(saved)
    assert_same_motif(again, motif)
    assert original2 == ORIGINAL


def test_archive_layout(saved):
    with zipfile.ZipFile(saved) as zf:
        infos = zf.infolist()
        assert [i.filename for i in infos] == ["mimetype", "motif.json", "original/кочкор мүйүз.png"]
        assert infos[0].compress_type == zipfile.ZIP_STORED
        assert zf.read("mimetype") == b"application/x-motifstudio"
        assert infos[1].compress_type == zipfile.ZIP_DEFLATED
        assert infos[2].compress_type == zipfile.ZIP_STORED
        doc = json.loads(zf.read("motif.json"))
    # 'mimetype' is first and stored, so its text sits at a fixed offset for sniffers.
    assert saved.read_bytes()[30:38] == b"mimetype"
    assert doc["schema_version"] == SCHEMA_VERSION == 1
    assert doc["app"]["name"] == "Motif Studio"
    for key in ("created", "saved"):
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", doc[key])
    assert doc["original_member"] == "original/кочкор мүйүз.png"
    assert doc["size_mm"] == [400.0, 200.0]
    assert doc["palette"]["swatches"][0]["name"] == "Кызыл"


def test_motif_without_source(tmp_path):
    path = tmp_path / "drawn.motif"
    motif = make_motif(with_source=False)
    save_motif(path, motif, None)
    loaded, original = load_motif(path)
    assert original is None and loaded.source is None
    assert_same_motif(loaded, motif)


def test_source_path_becomes_safe_member_name(tmp_path):
    path = tmp_path / "p.motif"
    motif = make_motif()
    motif = motif.replace(source=dataclasses.replace(motif.source, filename="C:\\scans\\..\\ram.JPG"))
    save_motif(path, motif, ORIGINAL)
    with zipfile.ZipFile(path) as zf:
        assert "original/ram.JPG" in zf.namelist()
    loaded, original = load_motif(path)
    assert loaded.source.filename == "C:\\scans\\..\\ram.JPG" and original == ORIGINAL


def test_created_time_is_kept_on_resave(tmp_path):
    path = tmp_path / "p.motif"
    save_motif(path, make_motif(), ORIGINAL, created="2020-05-01T10:00:00+06:00")
    assert read_project_info(path)["created"] == "2020-05-01T04:00:00Z"
    save_motif(path, make_motif(), ORIGINAL)
    assert read_project_info(path)["created"] == "2020-05-01T04:00:00Z"


# ------------------------------------------------------------------ refusing to save
def test_save_refuses_original_that_does_not_match(tmp_path):
    path = tmp_path / "p.motif"
    with pytest.raises(ProjectError, match=r"p\.motif.*do not match"):
        save_motif(path, make_motif(), ORIGINAL + b"!")
    assert listing(tmp_path) == []


def test_save_refuses_to_drop_the_original_unless_asked(tmp_path):
    path = tmp_path / "p.motif"
    with pytest.raises(ProjectError, match="original image"):
        save_motif(path, make_motif(), None)
    assert not path.exists()
    save_motif(path, make_motif(), None, allow_missing_original=True)
    loaded, original = load_motif(path)
    assert original is None and loaded.source == make_motif().source
    assert read_project_info(path)["has_original"] is False


def test_save_refuses_inconsistent_motif(tmp_path):
    path = tmp_path / "p.motif"
    bad_recipe = make_motif().replace(recipe={"segment": {"n_colors": "many"}})
    with pytest.raises(ProjectError, match="recipe"):
        save_motif(path, bad_recipe, ORIGINAL)
    one_colour = make_motif().replace(palette=Palette(swatches=(Swatch.from_rgb((0, 0, 0)),)))
    with pytest.raises(ProjectError, match="colour 1"):
        save_motif(path, one_colour, ORIGINAL)
    bad_stroke = Stroke(pts=np.zeros((3, 2)), ops=np.array([CUBIC], dtype=np.uint8), width=1.0,
                        colour=0)
    with pytest.raises(ProjectError, match=r"strokes\[0\].*points do not match"):
        save_motif(path, make_motif().replace(strokes=(bad_stroke,)), ORIGINAL)
    nan_map = make_motif()
    nan_map.planar_map.pts[0, 0] = np.nan
    with pytest.raises(ProjectError, match="p.motif"):
        save_motif(path, nan_map, ORIGINAL)
    assert listing(tmp_path) == []


# ------------------------------------------------------------------ atomic save
def test_failed_save_leaves_previous_project_intact(saved, monkeypatch):
    before = saved.read_bytes()
    changed = make_motif().replace(metadata=Metadata(title="changed"))

    def broken_replace(src, dst):
        raise OSError(5, "I/O error")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        save_motif(saved, changed, ORIGINAL)
    monkeypatch.undo()
    assert saved.read_bytes() == before
    assert listing(saved.parent) == ["ram.motif"]
    assert load_motif(saved)[0].metadata.title == "Кочкор мүйүз"


def test_crash_while_writing_the_archive_leaves_previous_project_intact(saved, monkeypatch):
    before = saved.read_bytes()
    real_writestr = zipfile.ZipFile.writestr

    def crash_on_original(self, info, data, *args, **kwargs):
        name = info.filename if isinstance(info, zipfile.ZipInfo) else info
        if name.startswith("original/"):
            raise OSError(28, "No space left on device")
        return real_writestr(self, info, data, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "writestr", crash_on_original)
    with pytest.raises(OSError, match="No space"):
        save_motif(saved, make_motif().replace(size_mm=(1.0, 0.5)), ORIGINAL)
    monkeypatch.undo()
    assert saved.read_bytes() == before
    assert listing(saved.parent) == ["ram.motif"]


# ------------------------------------------------------------------ versions
def test_newer_format_is_refused_clearly(saved):
    rewrite(saved, edit=lambda d: d.update(schema_version=SCHEMA_VERSION + 1))
    with pytest.raises(ProjectError) as info:
        load_motif(saved)
    msg = str(info.value)
    assert "ram.motif" in msg and "newer Motif Studio" in msg
    assert f"format {SCHEMA_VERSION + 1}" in msg and f"up to format {SCHEMA_VERSION}" in msg
    assert "please update" in msg
    with pytest.raises(ProjectError, match="newer"):
        read_project_info(saved)


def v0_document(original: bytes) -> dict:
    """The draft format 0, as an early build wrote it."""
    return {
        "version": 0,
        "source": {"filename": "old scan.jpg", "sha256": hashlib.sha256(original).hexdigest(),
                   "size_bytes": len(original), "format": "JPEG", "width": 40, "height": 20},
        "original": "original/old scan.jpg",
        "recipe": {"segment": {"n_colors": 2}, "preset": "shyrdak-2"},
        "colors": ["#AA0000", "f0e6c8"],
        "width_mm": 300,
        "height_mm": 150.0,
        "planar_map": two_rectangles().to_json(),
    }


def test_format_0_is_migrated(tmp_path):
    path = tmp_path / "draft.motif"
    write_zip(path, [("mimetype", b"application/x-motifstudio", zipfile.ZIP_STORED),
                     ("motif.json", json.dumps(v0_document(ORIGINAL)).encode()),
                     ("original/old scan.jpg", ORIGINAL, zipfile.ZIP_STORED)])
    motif, original = load_motif(path)
    assert original == ORIGINAL
    assert motif.source.filename == "old scan.jpg" and motif.source.dpi is None
    assert [s.rgb for s in motif.palette] == [(170, 0, 0), (240, 230, 200)]
    assert [s.name for s in motif.palette] == ["#aa0000", "#f0e6c8"]
    assert motif.palette[0] == Swatch.from_rgb((170, 0, 0))
    assert motif.size_mm == (300.0, 150.0)
    assert motif.metadata == Metadata() and motif.strokes == ()
    assert Recipe.from_dict(motif.recipe).segment.n_colors == 2
    assert_same_map(motif.planar_map, two_rectangles())

    info = read_project_info(path)
    assert info["schema_version"] == 0 and info["saved"] is None and info["n_colours"] == 2

    # Saving writes the current format.
    save_motif(path, motif, original)
    assert read_project_info(path)["schema_version"] == SCHEMA_VERSION
    assert_same_motif(load_motif(path)[0], motif)


def test_migration_is_pure_and_stepwise():
    doc = v0_document(ORIGINAL)
    snapshot = json.loads(json.dumps(doc))
    upgraded = MIGRATIONS[0](doc)
    assert doc == snapshot
    assert upgraded["schema_version"] == 1
    assert set(MIGRATIONS) == set(range(SCHEMA_VERSION))


def test_broken_format_0_is_a_clear_error(tmp_path):
    path = tmp_path / "draft.motif"
    doc = v0_document(ORIGINAL)
    doc["colors"] = ["not a colour"]
    write_zip(path, [("mimetype", b"application/x-motifstudio"), ("motif.json", json.dumps(doc))])
    with pytest.raises(ProjectError, match=r"draft\.motif.*format 0.*#rrggbb"):
        load_motif(path)


# ------------------------------------------------------------------ damage
def _truncate(path):
    data = path.read_bytes()
    path.write_bytes(data[:len(data) * 2 // 3])


def _flip_byte_in_original(path):
    data = bytearray(path.read_bytes())
    i = bytes(data).index(ORIGINAL[100:140])  # stored, so the bytes appear verbatim
    data[i] ^= 0xFF
    path.write_bytes(bytes(data))


def _huge_declared_size(path):
    data = bytearray(path.read_bytes())
    cd = bytes(data).index(b"PK\x01\x02")  # first central-directory record: 'mimetype'
    data[cd + 24:cd + 28] = (0xF0000000).to_bytes(4, "little")
    path.write_bytes(bytes(data))


def _bad_planar_map(doc):
    doc["planar_map"]["seg_off"][1] = 0  # edge 0 loses its only segment


DAMAGE = {
    "not a zip": (lambda p: p.write_text("just some text"), "not a Motif Studio project"),
    "empty file": (lambda p: p.write_bytes(b""), "not a Motif Studio project"),
    "truncated": (_truncate, "truncated"),
    "bad json": (lambda p: rewrite(p, replace={"motif.json": b"{\"schema_version\": 1,"}),
                 "not valid JSON"),
    "json not an object": (lambda p: rewrite(p, replace={"motif.json": b"[1, 2]"}),
                           "does not hold an object"),
    "NaN in json": (lambda p: rewrite(p, replace={"motif.json": b"{\"schema_version\": NaN}"}),
                    "not valid JSON"),
    "missing motif.json": (lambda p: rewrite(p, drop=("motif.json",)), "has no motif.json"),
    "missing mimetype": (lambda p: rewrite(p, drop=("mimetype",)), "no 'mimetype'"),
    "wrong mimetype": (lambda p: rewrite(p, replace={"mimetype": b"application/epub+zip"}),
                       "mimetype is 'application/epub\\+zip'"),
    "missing field": (lambda p: rewrite(p, edit=lambda d: d.pop("palette")), "missing 'palette'"),
    "no version": (lambda p: rewrite(p, edit=lambda d: d.pop("schema_version")), "schema_version"),
    "unknown field": (lambda p: rewrite(p, edit=lambda d: d.update(extra=1)), "unknown field"),
    "wrong type": (lambda p: rewrite(p, edit=lambda d: d.update(size_mm="big")), "size_mm"),
    "bool as int": (lambda p: rewrite(p, edit=lambda d: d["palette"]["swatches"][0]
                                      .update(rgb=[True, 0, 0])), r"rgb\[0\]"),
    "bad recipe": (lambda p: rewrite(p, edit=lambda d: d["recipe"].update(stitch={})), "recipe"),
    "damaged planar map": (lambda p: rewrite(p, edit=_bad_planar_map),
                           r"planar map is broken \(an edge has no segments\)"),
    "planar map not an object": (lambda p: rewrite(p, edit=lambda d: d.update(planar_map=[])),
                                 "planar map: expected an object"),
    "planar map ragged": (lambda p: rewrite(p, edit=lambda d: d["planar_map"]["pts"][0].append(9)),
                          "planar map is broken"),
    "colour outside palette": (lambda p: rewrite(p, edit=lambda d: d["planar_map"]
                                                 .update(face_colour=[0, 7])), "colour 7"),
    "stroke points": (lambda p: rewrite(p, edit=lambda d: d["strokes"][0]["pts"].pop()),
                      r"strokes\[0\]: 4 points do not match"),
    "stroke colour": (lambda p: rewrite(p, edit=lambda d: d["strokes"][1].update(colour=2)),
                      "stroke 1 uses colour 2"),
    "stroke width": (lambda p: rewrite(p, edit=lambda d: d["strokes"][1].update(width=0)),
                     r"strokes\[1\].width must be positive"),
    "tampered original": (lambda p: rewrite(p, replace={"original/кочкор мүйүз.png":
                                                        ORIGINAL[::-1]}),
                          "the original image inside .*ram.motif is damaged \\(checksum mismatch\\)"),
    "original fails zip crc": (_flip_byte_in_original, "the original image inside .*is damaged"),
    "missing original": (lambda p: rewrite(p, drop=("original/кочкор мүйүз.png",)),
                         "original image .* is missing"),
    "dot-dot member": (lambda p: rewrite(p, add=[("../evil.txt", b"x")]), "unsafe path"),
    "absolute member": (lambda p: rewrite(p, add=[("/etc/evil", b"x")]), "unsafe path"),
    "drive member": (lambda p: rewrite(p, add=[("C:/evil", b"x")]), "unsafe path"),
    "huge member": (_huge_declared_size, "2 GB"),
    "duplicate member": (lambda p: rewrite(p, add=[("motif.json", b"{}")]), "appears twice"),
}


@pytest.mark.filterwarnings("ignore:Duplicate name")
@pytest.mark.parametrize("case", list(DAMAGE))
def test_damaged_project_gives_clear_error(saved, case):
    damage, pattern = DAMAGE[case]
    damage(saved)
    with pytest.raises(ProjectError, match=pattern) as info:
        load_motif(saved)
    assert "ram.motif" in str(info.value)
    assert isinstance(info.value, ValueError) and info.value.path == str(saved)


@pytest.mark.filterwarnings("ignore:Duplicate name")
@pytest.mark.parametrize("case", [c for c in DAMAGE if c not in (
    "tampered original", "original fails zip crc", "missing original", "bad recipe",
    "damaged planar map", "planar map ragged", "colour outside palette", "bool as int",
    "stroke points", "stroke colour", "stroke width")])
def test_info_refuses_damage_it_can_see(saved, case):
    damage, _ = DAMAGE[case]
    damage(saved)
    with pytest.raises(ProjectError, match="ram.motif"):
        read_project_info(saved)


def test_missing_file_is_an_os_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        load_motif(tmp_path / "nowhere.motif")


# ------------------------------------------------------------------ info
def test_read_project_info(saved):
    info = read_project_info(saved)
    assert info["schema_version"] == 1
    assert info["title"] == "Кочкор мүйүз" and info["technique"] == "shyrdak"
    assert info["source_filename"] == "кочкор мүйүз.png"
    assert info["source_sha256"] == hashlib.sha256(ORIGINAL).hexdigest()
    assert info["has_original"] is True
    assert info["size_mm"] == (400.0, 200.0)
    assert (info["n_colours"], info["n_faces"], info["n_edges"], info["n_segments"],
            info["n_strokes"]) == (2, 2, 3, 7, 2)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", info["saved"])
    assert info["app_version"] == motif_file.__version__
