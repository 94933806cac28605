"""The layer rules of DESIGN.md, enforced: Qt stays in app/, every room imports only the rooms below it.

Two kinds of check:

* a dynamic one: every module outside ``motifstudio/app/`` is imported in ONE
  fresh interpreter, and ``PySide6`` must not be in ``sys.modules`` afterwards
  (this also catches Qt pulled in indirectly, through a third-party package);
* static ones (``ast``): which ``motifstudio`` rooms each module imports.
  Lazy imports inside functions count as dependencies too, except for the
  CLI, whose ``gui`` command is allowed to import the app inside a function.
"""
from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "motifstudio"
SUBPACKAGES = ("app", "catalogue", "cli", "core", "design", "export", "imaging", "project")

# room -> the motifstudio rooms it may import (itself always allowed; the
# top-level package ``motifstudio`` itself, e.g. ``__version__``, is allowed for all).
ALLOWED = {
    "core": set(),
    "imaging": {"core"},
    "design": {"core"},
    "export": {"core", "imaging", "design"},
    "project": {"core", "imaging", "design"},
    # "each other where avoidable": a catalogue may well need to read projects.
    "catalogue": {"core", "imaging", "design", "project", "export"},
    "cli": {"core", "imaging", "design", "export", "project", "catalogue"},
}


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _non_app_files() -> list[Path]:
    files = []
    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(PKG).parts
        if rel[0] == "app" or "__pycache__" in rel:
            continue
        files.append(path)
    return files


NON_APP = _non_app_files()


def _room(path: Path) -> str | None:
    parts = path.relative_to(PKG).parts
    return parts[0] if len(parts) > 1 else None  # None: motifstudio/__init__.py


def _resolve(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    """The absolute module an ``ImportFrom`` refers to (relative imports resolved)."""
    if not node.level:
        return node.module or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    if node.level > 1:
        base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


class _Imports(ast.NodeVisitor):
    """Every imported absolute module name, with whether it sits inside a function."""

    def __init__(self, module: str, is_package: bool):
        self.module, self.is_package = module, is_package
        self.depth = 0
        self.found: list[tuple[str, int, bool]] = []  # (module, line, at module level)

    def _nested(self, node):
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _nested

    def visit_Import(self, node: ast.Import):
        for alias in node.names:
            self.found.append((alias.name, node.lineno, self.depth == 0))

    def visit_ImportFrom(self, node: ast.ImportFrom):
        target = _resolve(node, self.module, self.is_package)
        self.found.append((target, node.lineno, self.depth == 0))
        # ``from .. import imaging`` / ``from motifstudio import core`` import a room
        if target in ("motifstudio",) or target.startswith("motifstudio."):
            for alias in node.names:
                self.found.append((f"{target}.{alias.name}", node.lineno, self.depth == 0))


def _imports(path: Path) -> list[tuple[str, int, bool]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    v = _Imports(_module_name(path), path.name == "__init__.py")
    v.visit(tree)
    return v.found


def _rooms_imported(path: Path, *, module_level_only: bool = False) -> dict[str, list[int]]:
    """motifstudio rooms imported by *path* -> lines."""
    rooms: dict[str, list[int]] = {}
    for target, line, top in _imports(path):
        if module_level_only and not top:
            continue
        parts = target.split(".")
        if parts[0] != "motifstudio" or len(parts) < 2 or parts[1] not in SUBPACKAGES:
            continue
        rooms.setdefault(parts[1], []).append(line)
    return rooms


def test_the_package_has_the_rooms_of_the_design_map():
    assert NON_APP, "no modules found"
    for room in ("core", "imaging", "export", "project", "cli"):
        assert (PKG / room / "__init__.py").is_file(), room


def test_no_module_outside_app_pulls_in_pyside6_at_import():
    modules = [_module_name(p) for p in NON_APP]
    script = (
        "import importlib, json, sys\n"
        "blame, failed = None, {}\n"
        f"for name in {modules!r}:\n"
        "    try:\n"
        "        importlib.import_module(name)\n"
        "    except Exception as exc:\n"
        "        failed[name] = f'{type(exc).__name__}: {exc}'\n"
        "    if blame is None and any(m == 'PySide6' or m.startswith('PySide6.') for m in sys.modules):\n"
        "        blame = name\n"
        "print(json.dumps({'qt': 'PySide6' in sys.modules, 'blame': blame, 'failed': failed}))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert not result["failed"], f"modules that do not import: {result['failed']}"
    assert not result["qt"], f"PySide6 was imported (first seen after importing {result['blame']})"


@pytest.mark.parametrize("path", NON_APP, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_outside_app_imports_pyside6(path):
    bad = [(t, line) for t, line, _ in _imports(path) if t.split(".")[0] in ("PySide6", "shiboken6")]
    assert not bad, f"{path.relative_to(ROOT)} imports Qt: {bad}"


@pytest.mark.parametrize("path", NON_APP, ids=lambda p: str(p.relative_to(ROOT)))
def test_each_room_imports_only_the_rooms_below_it(path):
    room = _room(path)
    if room is None or room not in ALLOWED:
        return  # motifstudio/__init__.py
    # The CLI may import the app lazily (the ``gui`` command), never at module level.
    imported = _rooms_imported(path, module_level_only=False)
    if room == "cli":
        top = _rooms_imported(path, module_level_only=True)
        assert "app" not in top, (f"{path.relative_to(ROOT)} imports motifstudio.app at module "
                                  f"level (line {top.get('app')}); import it inside the gui command")
        imported.pop("app", None)
    bad = {r: lines for r, lines in imported.items() if r != room and r not in ALLOWED[room]}
    assert not bad, (f"{path.relative_to(ROOT)} ({room}) imports {sorted(bad)} "
                     f"at line(s) {sorted(sum(bad.values(), []))}; {room} may import only "
                     f"{sorted(ALLOWED[room]) or 'nothing above core'}")


def test_export_and_project_do_not_import_each_other_or_the_catalogue():
    for path in NON_APP:
        room = _room(path)
        rooms = _rooms_imported(path)
        if room == "export":
            assert not {"project", "catalogue"} & set(rooms), (path, rooms)
        if room == "project":
            assert not {"export", "catalogue"} & set(rooms), (path, rooms)


def test_nothing_below_the_cli_imports_the_cli_or_the_app():
    for path in NON_APP:
        if _room(path) in ("cli", None):
            continue
        rooms = _rooms_imported(path)
        assert "cli" not in rooms and "app" not in rooms, (path, rooms)


def test_core_uses_only_numpy_and_the_standard_library():
    stdlib = set(sys.stdlib_module_names) | {"__future__"}
    for path in NON_APP:
        if _room(path) != "core":
            continue
        third = {t.split(".")[0] for t, _, _ in _imports(path)} - stdlib - {"numpy", "motifstudio"}
        assert not third, f"{path.relative_to(ROOT)} imports {sorted(third)}; core may use numpy only"


def test_the_static_checker_sees_relative_and_lazy_imports():
    """The checker itself: relative imports resolve, lazy ones are told apart."""
    src = ("from ..core.planar import PlanarMap\n"
           "from .. import imaging\n"
           "from . import sibling\n"
           "def f():\n"
           "    from ..app.main import run\n")
    v = _Imports("motifstudio.cli.main", False)
    v.visit(ast.parse(src))
    found = {(t, top) for t, _, top in v.found}
    assert ("motifstudio.core.planar", True) in found
    assert ("motifstudio.imaging", True) in found
    assert ("motifstudio.cli", True) in found
    assert ("motifstudio.app.main", False) in found
