"""Independent readers for the felt tests: SVG by xml.etree with our own path
flattening, transforms and convex clipping; PDFs by pypdf and pypdfium2."""
from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET

import numpy as np

SVG = "{http://www.w3.org/2000/svg}"
INK = "{http://www.inkscape.org/namespaces/inkscape}"
XLINK = "{http://www.w3.org/1999/xlink}"
DPI = 300
PX_PER_MM = DPI / 25.4

_TOK = re.compile(r"[MLCZ]|-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def polylines(d: str, steps: int = 48) -> list:
    """Absolute M/L/C/Z path data -> list of (N, 2) polylines (cubics sampled)."""
    out, cur, start = [], None, None
    toks = _TOK.findall(d)
    i, op = 0, None
    while i < len(toks):
        t = toks[i]
        if t.isalpha():
            op = t
            i += 1
            if op == "Z" and cur:
                cur.append(start)
                out.append(np.array(cur))
                cur = None
            continue
        if op == "M":
            if cur and len(cur) > 1:
                out.append(np.array(cur))
            start = (float(toks[i]), float(toks[i + 1]))
            cur = [start]
            i += 2
            op = "L"
        elif op == "L":
            cur.append((float(toks[i]), float(toks[i + 1])))
            i += 2
        elif op == "C":
            p0 = np.array(cur[-1])
            p1, p2, p3 = (np.array([float(toks[i + 2 * k]), float(toks[i + 2 * k + 1])])
                          for k in range(3))
            t_ = np.linspace(0, 1, steps + 1)[1:, None]
            pts = ((1 - t_) ** 3 * p0 + 3 * (1 - t_) ** 2 * t_ * p1 + 3 * (1 - t_) * t_ ** 2 * p2
                   + t_ ** 3 * p3)
            cur.extend(map(tuple, pts))
            i += 6
        else:
            raise AssertionError(f"unexpected path data at {t!r}")
    if cur and len(cur) > 1:
        out.append(np.array(cur))
    return out


def polygon(d: str) -> np.ndarray:
    return polylines(d)[0][:-1]


def _clip(a, b, poly):
    """Segments a -> b clipped to the convex *poly* (either winding)."""
    p = np.asarray(poly, float)
    x, y = p[:, 0], p[:, 1]
    if np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)) < 0:
        p = p[::-1]
    t0, t1 = np.zeros(len(a)), np.ones(len(a))
    d = b - a
    for v, w in zip(p, np.roll(p, -1, 0)):
        e = w - v
        num = e[0] * (a[:, 1] - v[1]) - e[1] * (a[:, 0] - v[0])
        den = e[0] * d[:, 1] - e[1] * d[:, 0]
        with np.errstate(divide="ignore", invalid="ignore"):
            t = -num / den
        t0 = np.where(den > 0, np.maximum(t0, t), t0)
        t1 = np.where(den < 0, np.minimum(t1, t), t1)
        t1 = np.where((den == 0) & (num < 0), -1.0, t1)
    ok = t1 > t0
    return (a + t0[:, None] * d)[ok], (a + t1[:, None] * d)[ok]


def _matrix(text: str) -> np.ndarray:
    a, b, c, d, e, f = (float(v) for v in re.findall(r"-?[\d.]+(?:e-?\d+)?", text))
    return np.array([[a, c, e], [b, d, f], [0, 0, 1.0]])


def layer(root, label: str):
    for g in root.iter(f"{SVG}g"):
        if g.get(f"{INK}label") == label:
            return g
    return None


def drawn_length(svg_bytes: bytes, label: str = "Cut lines") -> float:
    """Total length (mm) of the strokes drawn in layer *label*, symbols placed with their
    matrices and cut by their clip paths."""
    root = ET.fromstring(svg_bytes)
    defs = root.find(f"{SVG}defs")
    symbols = {g.get("id"): g for g in defs.findall(f"{SVG}g")}
    clips = {c.get("id"): polygon(c.find(f"{SVG}path").get("d"))
             for c in defs.findall(f"{SVG}clipPath")}
    total = 0.0

    def segs(lines):
        a = np.concatenate([ln[:-1] for ln in lines]) if lines else np.zeros((0, 2))
        b = np.concatenate([ln[1:] for ln in lines]) if lines else np.zeros((0, 2))
        return a, b

    def walk(el, m, outer, inner):
        nonlocal total
        tag = el.tag.replace(SVG, "")
        if tag == "path":
            a, b = segs(polylines(el.get("d")))
            if inner is not None:
                a, b = _clip(a, b, inner)
            a = a @ m[:2, :2].T + m[:2, 2]
            b = b @ m[:2, :2].T + m[:2, 2]
            if outer is not None:
                a, b = _clip(a, b, outer)
            total += float(np.hypot(*(b - a).T).sum())
            return
        if tag == "use":
            ref = (el.get("href") or el.get(f"{XLINK}href"))[1:]
            for child in symbols[ref]:
                walk(child, m, outer, inner)
            return
        cp = el.get("clip-path")
        if el.get("transform"):
            m = m @ _matrix(el.get("transform"))
        if cp:
            poly = clips[re.search(r"#([^)]+)", cp).group(1)]
            if np.allclose(m, np.eye(3)):
                outer = poly
            else:
                inner = poly
        for child in el:
            walk(child, m, outer, inner)

    for child in layer(root, label):
        walk(child, np.eye(3), None, None)
    return total


def texts(svg_bytes: bytes, label: str) -> list:
    """(text, x, y) of every <text> in layer *label*."""
    root = ET.fromstring(svg_bytes)
    g = layer(root, label)
    if g is None:
        return []
    return [(t.text, float(t.get("x")), float(t.get("y"))) for t in g.iter(f"{SVG}text")]


def svg_size_mm(svg_bytes: bytes) -> tuple:
    root = ET.fromstring(svg_bytes)
    return float(root.get("width")[:-2]), float(root.get("height")[:-2])


# ----------------------------------------------------------------------------- PDF

def render(data: bytes, page: int) -> np.ndarray:
    import pypdfium2
    doc = pypdfium2.PdfDocument(data)
    return np.asarray(doc[page].render(scale=DPI / 72).to_pil().convert("RGB"))


def runs(mask_1d: np.ndarray) -> list:
    m = np.concatenate([[False], mask_1d, [False]]).astype(np.int8)
    d = np.diff(m)
    s, e = np.flatnonzero(d == 1), np.flatnonzero(d == -1)
    return list(zip(s, e - s))


def scale_bar_mm(img: np.ndarray) -> float:
    """Length of the 100 mm scale bar: the longest black horizontal run at least 2 mm
    tall (thin cut lines and text are not) in the bottom tenth of the page."""
    from scipy import ndimage

    black = img.max(-1) < 60
    h = img.shape[0]
    tall = ndimage.binary_erosion(black, structure=np.ones((int(2.0 * PX_PER_MM), 1), bool))
    best = 0
    for row in range(int(h * 0.9), h):
        for _, n in runs(tall[row]):
            best = max(best, n)
    return best / PX_PER_MM


def pdf_pages(data: bytes):
    import pypdf
    return pypdf.PdfReader(io.BytesIO(data)).pages
