"""Command-line flags generated from the stages' parameter declarations."""
from __future__ import annotations

import argparse
import dataclasses

from ..core.params import ParamSpec, specs
from ..imaging.params import STAGES, Recipe

# Short, familiar names for the flags people type most.
ALIASES = {
    ("segment", "n_colors"): "--colors",
    ("output", "width_mm"): "--width-mm",
    ("load", "max_pixels"): "--max-pixels",
}


def _flag(stage: str, spec: ParamSpec, clashes: set[str]) -> str:
    alias = ALIASES.get((stage, spec.name))
    if alias:
        return alias
    name = spec.name.replace("_", "-")
    return f"--{stage}-{name}" if spec.name in clashes else f"--{name}"


def _parse_points(text: str) -> tuple:
    """'x,y;x,y' -> ((x, y), (x, y)); 'a,b,c,d' -> (a, b, c, d); '#aa,#bb' -> strings."""
    text = text.strip()
    if not text:
        return ()
    if ";" in text:
        try:
            return tuple(tuple(float(v) for v in part.split(",")) for part in text.split(";"))
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"expected points as x,y;x,y;… (numbers), got {text!r}") from None
    parts = [p.strip() for p in text.split(",")]
    if all(p.startswith("#") for p in parts):
        return tuple(parts)
    try:
        return tuple(float(p) for p in parts)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected numbers separated by commas, got {text!r}")


def add_recipe_flags(parser: argparse.ArgumentParser) -> None:
    clashes = _clashes()
    for stage, cls in STAGES:
        group = parser.add_argument_group(f"{stage} options")
        for spec in specs(cls):
            flag = _flag(stage, spec, clashes)
            dest = f"{stage}__{spec.name}"
            unit = f" [{spec.unit}]" if spec.unit else ""
            help_text = ((spec.help or spec.label) + unit).replace("%", "%%")  # argparse uses %
            if spec.kind is bool:
                group.add_argument(flag, dest=dest, action=argparse.BooleanOptionalAction,
                                   default=None, help=help_text)
            elif spec.kind is tuple:
                group.add_argument(flag, dest=dest, type=_parse_points, default=None,
                                   metavar="LIST", help=help_text + " (x,y;x,y… or a,b,…)")
            else:
                group.add_argument(flag, dest=dest, type=spec.kind, default=None,
                                   choices=spec.choices, help=help_text,
                                   metavar=None if spec.choices else spec.kind.__name__.upper())


def _clashes() -> set[str]:
    seen: dict[str, int] = {}
    for _, cls in STAGES:
        for spec in specs(cls):
            seen[spec.name] = seen.get(spec.name, 0) + 1
    return {n for n, c in seen.items() if c > 1}


def recipe_from_args(args: argparse.Namespace, base: Recipe) -> Recipe:
    """Apply every flag the user gave on top of *base* (a preset or the defaults).

    Validation messages name the flag the user typed, not the internal field.
    """
    recipe = base
    clashes = _clashes()
    for stage, cls in STAGES:
        changes = {}
        for spec in specs(cls):
            value = getattr(args, f"{stage}__{spec.name}", None)
            if value is not None:
                changes[spec.name] = value
        if changes:
            try:
                recipe = recipe.replace_stage(stage, **changes)
            except ValueError as exc:
                text = str(exc)
                for spec in specs(cls):
                    text = text.replace(f"{cls.__name__}.{spec.name}", _flag(stage, spec, clashes))
                raise ValueError(text) from None
    return recipe
