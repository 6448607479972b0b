"""The drill and routine catalogue: JSON package data, typed records and validation.

Usage::

    from hipdesk.core.catalogue import load_catalogue

    cat = load_catalogue()                      # validated once, cached
    drill = cat.drill("glute_bridge")
    for kf in drill.keyframes:                  # complete poses (delta rule applied)
        kf["hip_l"], kf.ground, kf.desc

Pure Python: nothing here imports Qt. See :mod:`hipdesk.core.catalogue.model` for the angle
conventions and :mod:`hipdesk.core.catalogue.validate` for the rules.
"""

from __future__ import annotations

from hipdesk.core.catalogue.loader import (
    load_catalogue,
    load_catalogue_from,
    parse_routine,
    parse_texts,
)
from hipdesk.core.catalogue.model import (
    FRONT_KEYS,
    JOINT_LIMITS,
    SIDE_KEYS,
    Catalogue,
    Contact,
    Dose,
    Drill,
    Keyframe,
    Palette,
    Routine,
    RoutineStep,
    SafetyTexts,
    Texts,
    ThemeColours,
    timed_seconds,
)
from hipdesk.core.catalogue.validate import CatalogueError, parse_dose, parse_drill

__all__ = [
    "FRONT_KEYS",
    "JOINT_LIMITS",
    "SIDE_KEYS",
    "Catalogue",
    "CatalogueError",
    "Contact",
    "Dose",
    "Drill",
    "Keyframe",
    "Palette",
    "Routine",
    "RoutineStep",
    "SafetyTexts",
    "Texts",
    "ThemeColours",
    "load_catalogue",
    "load_catalogue_from",
    "parse_dose",
    "parse_drill",
    "parse_routine",
    "parse_texts",
    "timed_seconds",
]
