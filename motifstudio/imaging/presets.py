"""Named recipes for common textiles, shared by the CLI (--preset) and the GUI."""
from __future__ import annotations

import dataclasses

from .params import Recipe

# Each preset overrides stage parameters of the default Recipe.  Values were
# chosen on the benchmark's synthetic felts, embroideries and ikats.  None of
# them balances white automatically: cream felt and ivory cotton are not grey,
# and the automatic balance cannot tell them from a colour cast (pick a neutral
# point instead).
PRESETS: dict[str, dict] = {
    "photo-auto": {
        "description": "Any phone photo: even out light and colour cast, remove texture, "
                       "suggest the number of colours.",
        "cleanup": {"flatten_lighting": True, "denoise": "median",
                    "denoise_strength": 0.5},
        "segment": {"smoothing": 2},
    },
    "shyrdak-2": {
        "description": "Shyrdak mosaic felt: two counterchanged colours, bold shapes, sharp "
                       "corners.",
        # felts are photographed lying on a floor or hanging on a wall: find their corners
        "cleanup": {"auto_perspective": True, "flatten_lighting": True, "denoise": "median",
                    "denoise_strength": 0.7},
        "segment": {"n_colors": 2, "smoothing": 3},
        "trace": {"tolerance": 0.8, "corner_threshold": 55.0},
    },
    "suzani-lines": {
        "description": "Suzani drawing or chain-stitch outlines: thin lines become stroked "
                       "centrelines with their width.",
        # no denoising: a median filter eats into lines only a few pixels wide
        "cleanup": {"flatten_lighting": True, "feature_px": 6.0},
        "segment": {"smoothing": 0},
        "trace": {"mode": "centreline", "tolerance": 0.5},
    },
    "ikat-5": {
        "description": "Ikat/abr silk: five colours with blurred cloud edges.",
        "cleanup": {"flatten_lighting": True, "denoise": "tv",
                    "denoise_strength": 0.6},
        "segment": {"n_colors": 5, "smoothing": 3},
        "trace": {"tolerance": 1.0, "corner_threshold": 70.0, "smoothing": 3},
    },
}


def preset_names() -> list[str]:
    return sorted(PRESETS)


def describe_preset(name: str) -> str:
    return PRESETS[name]["description"]


def apply_preset(name: str, recipe: Recipe | None = None) -> Recipe:
    """The recipe with the preset's values applied (unknown name -> clear ValueError)."""
    if name not in PRESETS:
        raise ValueError(f"unknown preset {name!r}; choose one of {', '.join(preset_names())}")
    recipe = recipe or Recipe()
    for stage, changes in PRESETS[name].items():
        if stage == "description":
            continue
        recipe = recipe.replace_stage(stage, **changes)
    return dataclasses.replace(recipe, preset=name)
