"""The drill and routine catalogue: JSON package data, typed records and validation.

Usage::

    from hipdesk.core.catalogue import load_catalogue

    cat = load_catalogue()                      # validated once, cached
    de = load_catalogue("de")                   # German texts, same records (cached per language)
    drill = cat.drill("glute_bridge")
    for kf in drill.keyframes:                  # complete poses (delta rule applied)
        kf["hip_l"], kf.ground, kf.desc

Pure Python: nothing here imports Qt. See :mod:`hipdesk.core.catalogue.model` for the angle
conventions and :mod:`hipdesk.core.catalogue.validate` for the rules.
"""

from __future__ import annotations

from hipdesk.core.catalogue.loader import (
    load_catalogue_from,
    load_source_catalogue,
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
from hipdesk.core.catalogue.translate import (
    available_languages,
    catalogue_language,
    load_catalogue,
    missing_translations,
    set_catalogue_language,
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
    "available_languages",
    "catalogue_language",
    "load_catalogue",
    "load_catalogue_from",
    "load_source_catalogue",
    "missing_translations",
    "parse_dose",
    "parse_drill",
    "parse_routine",
    "parse_texts",
    "set_catalogue_language",
    "timed_seconds",
]
