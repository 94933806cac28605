"""Declare a stage's parameters once; derive validation, serialisation, CLI flags and GUI controls.

A stage's parameter object is a frozen dataclass whose fields are made with
:func:`param`.  Each field carries a :class:`ParamSpec` (label, unit, range,
choices, help) in its metadata, so the CLI (``argparse``) and the GUI build
their controls from the same declaration, and :func:`validate` gives the same
clear ``ValueError`` to both.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Iterator, Optional, Sequence


@dataclass(frozen=True)
class ParamSpec:
    name: str
    kind: type              # bool, int, float, str, or tuple (a point list / optional value)
    default: Any
    label: str
    unit: str = ""
    minimum: Optional[float] = None
    maximum: Optional[float] = None
    choices: Optional[tuple] = None
    help: str = ""
    optional: bool = False  # None is allowed ("automatic" / "off")
    advanced: bool = False  # hidden behind "More" in the GUI


def param(default: Any, *, label: str, kind: Optional[type] = None, unit: str = "",
          minimum: Optional[float] = None, maximum: Optional[float] = None,
          choices: Optional[Sequence] = None, help: str = "", optional: bool = False,
          advanced: bool = False):
    """A dataclass field carrying its :class:`ParamSpec`."""
    if kind is None:
        if default is None:
            raise TypeError("param(): give kind= when the default is None")
        kind = type(default)
    meta = dict(label=label, kind=kind, unit=unit, minimum=minimum, maximum=maximum,
                choices=tuple(choices) if choices is not None else None, help=help,
                optional=optional or default is None, advanced=advanced)
    if isinstance(default, (list, dict)):
        raise TypeError("param(): mutable defaults are not allowed; use a tuple")
    return field(default=default, metadata={"param": meta})


def specs(cls_or_obj) -> list[ParamSpec]:
    """The parameter declarations of a parameter class, in declaration order."""
    out = []
    for f in dataclasses.fields(cls_or_obj):
        meta = f.metadata.get("param")
        if meta is None:
            continue
        out.append(ParamSpec(name=f.name, default=f.default, **meta))
    return out


def _check_one(spec: ParamSpec, value: Any, owner: str) -> Any:
    where = f"{owner}.{spec.name}"
    if value is None:
        if spec.optional:
            return None
        raise ValueError(f"{where} must be set")
    if spec.kind is bool:
        if not isinstance(value, bool):
            raise ValueError(f"{where} must be true or false, got {value!r}")
        return value
    if spec.kind in (int, float):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(f"{where} must be a number, got {value!r}")
        if spec.kind is int and float(value) != int(value):
            raise ValueError(f"{where} must be a whole number, got {value!r}")
        value = spec.kind(value)
        if value != value:  # NaN
            raise ValueError(f"{where} must be a number, got NaN")
        if spec.minimum is not None and value < spec.minimum:
            raise ValueError(f"{where} must be at least {spec.minimum:g}{spec.unit and ' ' + spec.unit}, got {value:g}")
        if spec.maximum is not None and value > spec.maximum:
            raise ValueError(f"{where} must be at most {spec.maximum:g}{spec.unit and ' ' + spec.unit}, got {value:g}")
        return value
    if spec.kind is str:
        if not isinstance(value, str):
            raise ValueError(f"{where} must be text, got {value!r}")
        if spec.choices is not None and value not in spec.choices:
            raise ValueError(f"{where} must be one of {', '.join(spec.choices)}; got {value!r}")
        return value
    if spec.kind is tuple:
        if not isinstance(value, (tuple, list)):
            raise ValueError(f"{where} must be a list, got {value!r}")
        return _freeze(value)
    return value


def _freeze(value):
    if isinstance(value, (list, tuple)):
        return tuple(_freeze(v) for v in value)
    return value


def _thaw(value):
    if isinstance(value, tuple):
        return [_thaw(v) for v in value]
    return value


def validate(obj):
    """Check every declared field of *obj*; return it (normalised) or raise ``ValueError``."""
    owner = type(obj).__name__
    changes = {}
    for spec in specs(obj):
        value = getattr(obj, spec.name)
        checked = _check_one(spec, value, owner)
        if checked is not value:
            changes[spec.name] = checked
    return dataclasses.replace(obj, **changes) if changes else obj


def to_dict(obj) -> dict:
    return {spec.name: _thaw(getattr(obj, spec.name)) for spec in specs(obj)}


def from_dict(cls, data: dict):
    """Build *cls* from a dict, rejecting unknown keys with a clear message."""
    if not isinstance(data, dict):
        raise ValueError(f"{cls.__name__}: expected a mapping, got {type(data).__name__}")
    known = {s.name for s in specs(cls)}
    unknown = sorted(set(data) - known)
    if unknown:
        raise ValueError(f"{cls.__name__}: unknown parameter(s) {', '.join(unknown)}")
    return validate(cls(**{k: _freeze(v) for k, v in data.items()}))


def iter_specs(obj) -> Iterator[tuple[ParamSpec, Any]]:
    for spec in specs(obj):
        yield spec, getattr(obj, spec.name)
