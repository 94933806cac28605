"""Machine files written through the registry and read back with pyembroidery's own
readers: stitch and colour-change counts, extents, per-format stitch limits, positions,
thread colours, trims, coverage of the fills."""
import io

import numpy as np
import pyembroidery as pe
import pytest

from motifstudio.export.registry import writer_for
from motifstudio.export.stitch import StitchOptions, plan_stitches
from motifstudio.export.stitch import plan as P
from motifstudio.export.stitch.writers import FORMATS, plan_pattern
from stitch_helpers import SQUARE, SQUARE2, STRIP, blocks_design, polygon_mask, repeat_design

#: what each format can encode per axis in one move, in 0.1 mm (from the formats' specs:
#: DST's ternary fields reach 121, JEF/EXP are signed bytes, VP3 codes a stitch in a byte
#: and longer moves as jumps, PEC's long form has 12 bits)
STITCH_LIMIT = {"dst": 121, "pes": 2047, "jef": 127, "exp": 127, "vp3": 255}
#: JEF trims are three empty jumps; tell the reader so
READ = {"jef": {"trims": True}}
#: formats that carry the thread colours
COLOURED = ("dst", "pes", "vp3")


def read_back(data: bytes, fmt: str):
    pattern = pe.EmbPattern()
    reader = {"dst": pe.DstReader, "pes": pe.PesReader, "jef": pe.JefReader,
              "exp": pe.ExpReader, "vp3": pe.Vp3Reader}[fmt]
    reader.read(io.BytesIO(data), pattern, READ.get(fmt))
    s = np.array(pattern.stitches, dtype=float).reshape(-1, 3)
    cmd = s[:, 2].astype(np.int64) & pe.COMMAND_MASK
    return pattern, s[:, :2] / 10.0, cmd


def stitch_moves(xy, cmd):
    """(from, to) of every stitch: consecutive STITCH commands."""
    st = cmd == pe.STITCH
    i = np.flatnonzero(st[1:] & st[:-1]) + 1
    return xy[i - 1], xy[i]


def blocks(xy, cmd):
    """The entries of each colour block (split at COLOR_CHANGE)."""
    cuts = np.flatnonzero(cmd == pe.COLOR_CHANGE)
    return np.split(np.arange(len(cmd)), cuts)


@pytest.fixture(scope="module")
def design():
    return blocks_design()


@pytest.fixture(scope="module")
def plan(design):
    return plan_stitches(design)


def _write(fmt, design, options=None) -> bytes:
    buf = io.BytesIO()
    writer_for(fmt).func(design, buf, options)
    return buf.getvalue()


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_file_reads_back_as_planned(fmt, design, plan):
    w = writer_for(fmt)
    assert w.name == fmt and w.takes == "design" and w.options_type is StitchOptions
    assert writer_for(f"rug.{fmt.upper()}", takes="design") is w
    pattern, xy, cmd = read_back(_write(fmt, design), fmt)
    assert np.count_nonzero(cmd == pe.STITCH) == plan.stitch_count
    assert np.count_nonzero(cmd == pe.COLOR_CHANGE) == plan.colour_changes == 2
    st = xy[cmd == pe.STITCH]
    W, H = design.size_mm
    assert st.max(0) - st.min(0) == pytest.approx([W, H], abs=1.0)
    # origin at the design's centre, y down: the stitches land where the plan put them
    assert st.min(0) == pytest.approx([-W / 2, -H / 2], abs=0.5)
    assert np.abs(np.sort(st[:, 0]) - np.sort(plan.xy[plan.cmd == P.STITCH, 0] - W / 2)).max() \
        <= 0.051
    a, b = stitch_moves(xy, cmd)
    assert np.abs(np.round((b - a) * 10)).max() <= STITCH_LIMIT[fmt]
    # thread: the sum of the stitch lengths, as planned (0.1 mm rounding aside)
    assert np.hypot(*(b - a).T).sum() == pytest.approx(plan.thread_lengths_mm().sum(), rel=0.01)
    if fmt in COLOURED:
        assert [t.hex_color() for t in pattern.threadlist] == [t.hex for t in plan.threads]
    if fmt in ("dst", "pes"):
        assert [t.catalog_number for t in pattern.threadlist] == [t.dmc for t in plan.threads]
    # the two red squares lie 20 mm apart: the red block trims between them
    red = blocks(xy, cmd)[1]
    assert np.count_nonzero(cmd[red] == pe.TRIM) >= 1
    red_st = xy[red][cmd[red] == pe.STITCH] + [W / 2, H / 2]
    assert np.all(polygon_mask([SQUARE, SQUARE2], (400, 600), 10)[
        np.clip((red_st[:, 1] * 10).astype(int), 0, 399), np.clip((red_st[:, 0] * 10).astype(int),
                                                                   0, 599)] |
        (np.abs(red_st - np.round(red_st)).max(1) < 0.06))    # on an edge (rounded to 0.1 mm)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_long_stitches_and_jumps_stay_within_the_format(fmt):
    d = repeat_design((150.0, 100.0))
    opts = StitchOptions(max_stitch=12.0, fill_angle=0.0, underlay=False, trim_length=200.0)
    plan = plan_stitches(d, opts)
    pattern, xy, cmd = read_back(_write(fmt, d, opts), fmt)
    assert np.count_nonzero(cmd == pe.STITCH) == plan.stitch_count
    a, b = stitch_moves(xy, cmd)
    moves = np.abs(np.round((b - a) * 10))
    if fmt == "vp3":
        # VP3 has no jump command: a move in the long form is the machine's jump, so a
        # longer "stitch" must end where the plan jumped to
        W, H = d.size_mm
        dest = np.round((plan.xy[plan.cmd == P.JUMP] - [W / 2, H / 2]) * 10)
        long_ = np.round(b[moves.max(1) > STITCH_LIMIT[fmt]] * 10)
        assert len(long_) > 0
        assert all((np.abs(dest - q).max(1) <= 1).any() for q in long_)
        moves = moves[moves.max(1) <= STITCH_LIMIT[fmt]]
    assert moves.max() <= STITCH_LIMIT[fmt]
    assert np.sum(moves.max(1) >= 115) > 50                # long stitches really are there
    # jumps: no single move beyond what the format encodes
    i = np.flatnonzero(cmd == pe.JUMP)
    i = i[i > 0]
    if fmt != "vp3":                                       # VP3 codes long moves itself
        jump = np.abs(np.round((xy[i] - xy[i - 1]) * 10))
        limit = {"pes": 2047}.get(fmt, 127)
        assert jump.max() <= limit
    W, H = d.size_mm
    st = xy[cmd == pe.STITCH]
    assert st.max(0) - st.min(0) == pytest.approx([W, H], abs=1.0)


def test_dst_fill_covers_the_faces():
    """Rasterise the red block's stitches read back from DST (lines one row apart)
    and compare with the red faces."""
    d = blocks_design()
    opts = StitchOptions(row_spacing=0.4, fill_angle=30.0, outline="none")
    pattern, xy, cmd = read_back(_write("dst", d, opts), "dst")
    W, H = d.size_mm
    ppm = 10
    from PIL import Image, ImageDraw
    img = Image.new("L", (int(W * ppm), int(H * ppm)), 0)
    draw = ImageDraw.Draw(img)
    red = blocks(xy, cmd)[1]
    a, b = stitch_moves(xy[red], cmd[red])
    for p, q in zip((a + [W / 2, H / 2]) * ppm, (b + [W / 2, H / 2]) * ppm):
        draw.line([tuple(p), tuple(q)], fill=255, width=5)      # 0.5 mm: a row and a bit
    sewn = np.asarray(img) > 0
    faces = polygon_mask([SQUARE, SQUARE2], sewn.shape, ppm)
    from scipy import ndimage
    assert (sewn & faces).sum() / faces.sum() > 0.98
    spill = sewn & ~ndimage.binary_dilation(faces, iterations=3)
    assert spill.sum() / faces.sum() < 0.002
    # the ground block covers the ground and keeps out of the squares and the strip
    ground = blocks(xy, cmd)[0]
    img = Image.new("L", (int(W * ppm), int(H * ppm)), 0)
    draw = ImageDraw.Draw(img)
    a, b = stitch_moves(xy[ground], cmd[ground])
    for p, q in zip((a + [W / 2, H / 2]) * ppm, (b + [W / 2, H / 2]) * ppm):
        draw.line([tuple(p), tuple(q)], fill=255, width=5)
    sewn = np.asarray(img) > 0
    holes = polygon_mask([SQUARE, SQUARE2, STRIP], sewn.shape, ppm)
    assert (sewn & ~holes).sum() / (~holes).sum() > 0.98
    assert (sewn & ndimage.binary_erosion(holes, iterations=5)).sum() == 0


def test_repeat_design_reads_back():
    d = repeat_design((120.0, 80.0))
    plan = plan_stitches(d)
    pattern, xy, cmd = read_back(_write("dst", d), "dst")
    assert np.count_nonzero(cmd == pe.STITCH) == plan.stitch_count
    assert np.count_nonzero(cmd == pe.COLOR_CHANGE) == plan.colour_changes
    st = xy[cmd == pe.STITCH]
    assert st.max(0) - st.min(0) == pytest.approx([120.0, 80.0], abs=1.0)


def test_a_path_is_written_atomically(tmp_path, design):
    out = tmp_path / "blocks.dst"
    out.write_bytes(b"old")
    writer_for("dst").func(design, out)
    pattern = pe.read(str(out))
    assert pattern is not None and pattern.count_stitch_commands(pe.STITCH) > 1000
    assert [p.name for p in tmp_path.iterdir()] == ["blocks.dst"]


def test_what_a_format_cannot_hold_is_refused(plan):
    import dataclasses
    huge = dataclasses.replace(plan, size_mm=(4000.0, 100.0))
    with pytest.raises(ValueError, match="PES cannot hold a design 4000 × 100 mm"):
        plan_pattern(huge, FORMATS["pes"])
    plan_pattern(huge, FORMATS["dst"])                       # DST can
    many = dataclasses.replace(plan, cmd=np.r_[plan.cmd, np.full(300, P.COLOUR_CHANGE,
                                                                 np.uint8)],
                               xy=np.r_[plan.xy, np.zeros((300, 2))],
                               thread=np.r_[plan.thread, np.zeros(300, np.int32)],
                               kind=np.r_[plan.kind, np.zeros(300, np.uint8)])
    with pytest.raises(ValueError, match="at most 255 colour blocks"):
        plan_pattern(many, FORMATS["pes"])
