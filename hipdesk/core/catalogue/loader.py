"""Read the catalogue's JSON files (package data) into a validated :class:`Catalogue`.

Layout inside this package: ``drills/<slug>.json`` (one per drill), ``routines/<slug>.json``
(one per routine) and ``texts.json`` (stop rule, cautions, evidence types, palette, journal
measures, onboarding screen, red flags, break settings, plan, swaps, prose screen texts).
Files are read with :mod:`importlib.resources`, so the catalogue also works from a wheel or zip.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Collection, Iterable, Mapping
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import cast

from hipdesk.core.catalogue.model import (
    POSITIONS,
    Catalogue,
    Drill,
    JSONValue,
    Palette,
    Routine,
    RoutineStep,
    SafetyTexts,
    Texts,
    ThemeColours,
    timed_seconds,
)
from hipdesk.core.catalogue.validate import (
    SLUG_RE,
    TOTAL_TOLERANCE_SECONDS,
    CatalogueError,
    Checker,
    parse_dose,
    parse_drill,
)

_ROUTINE_REQUIRED = ("slug", "name", "purpose", "when_to_offer", "positions", "total_seconds",
                     "steps")  # fmt: skip
_TEXT_BLOCKS = ("safety_text", "palette", "plan_6_weeks", "journal_measures",
                "onboarding_screen", "red_flags", "breaks", "swaps", "screens")  # fmt: skip
_SAFETY_KEYS = ("stop_rule", "usual_definition", "general_note", "cautions", "evidence_types")
_COLOUR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")


def parse_routine(
    data: JSONValue, source: str, drills: Mapping[str, Drill], expected_slug: str | None = None
) -> Routine:
    """Validate one routine against the known ``drills`` (steps re-timed per brief 2.2)."""
    ck = Checker(source)
    r = ck.obj(data, "")
    ck.keys(r, "", _ROUTINE_REQUIRED, ("catalogue_order",))
    slug = ck.text(r["slug"], "slug")
    if not SLUG_RE.match(slug):
        raise ck.fail("slug", "must be lower case letters, digits and underscores")
    if expected_slug is not None and slug != expected_slug:
        raise ck.fail("slug", f"{slug!r} does not match the file name {expected_slug!r}")
    positions = ck.texts(r["positions"], "positions", 1)
    for i, pos in enumerate(positions):
        ck.choice(pos, f"positions[{i}]", POSITIONS)
    raw_steps = r["steps"]
    if not isinstance(raw_steps, list) or not raw_steps:
        raise ck.fail("steps", "needs at least one step")
    steps: list[RoutineStep] = []
    for i, item in enumerate(raw_steps):
        where = f"steps[{i}]"
        s = ck.obj(item, where)
        ck.keys(s, f"{where}.", ("drill", "seconds", "rest_after_seconds"), ("dose",))
        drill_slug = ck.text(s["drill"], f"{where}.drill")
        if drill_slug not in drills:
            raise ck.fail(f"{where}.drill", f"unknown drill {drill_slug!r}")
        drill = drills[drill_slug]
        overrides = ck.obj(s.get("dose", {}), f"{where}.dose")
        dose = parse_dose(overrides, source, f"{where}.dose", base=drill.dose)
        seconds = ck.integer(s["seconds"], f"{where}.seconds")
        expected = timed_seconds(dose, drill.sides)
        if seconds != expected:
            raise ck.fail(
                f"{where}.seconds", f"is {seconds} but the timing rule (2.2) gives {expected}"
            )
        rest = ck.integer(s["rest_after_seconds"], f"{where}.rest_after_seconds", minimum=0)
        if i == len(raw_steps) - 1 and rest:
            raise ck.fail(f"{where}.rest_after_seconds", "the last step has no rest after it")
        steps.append(RoutineStep(drill_slug, dose, seconds, rest, MappingProxyType(overrides)))
    total = ck.integer(r["total_seconds"], "total_seconds")
    summed = sum(s.seconds + s.rest_after_seconds for s in steps)
    if abs(total - summed) > TOTAL_TOLERANCE_SECONDS:
        raise ck.fail(
            "total_seconds", f"declared {total} but the steps and rests add up to {summed}"
        )
    return Routine(
        slug=slug,
        name=ck.text(r["name"], "name"),
        purpose=ck.text(r["purpose"], "purpose"),
        when_to_offer=ck.text(r["when_to_offer"], "when_to_offer"),
        positions=positions,
        total_seconds=total,
        steps=tuple(steps),
        order=ck.integer(r.get("catalogue_order", 0), "catalogue_order", minimum=0),
    )


def parse_texts(data: JSONValue, source: str = "texts.json") -> Texts:
    ck = Checker(source)
    t = ck.obj(data, "")
    ck.keys(t, "", _TEXT_BLOCKS)
    s = ck.obj(t["safety_text"], "safety_text")
    ck.keys(s, "safety_text.", _SAFETY_KEYS)
    safety = SafetyTexts(
        stop_rule=ck.text(s["stop_rule"], "safety_text.stop_rule"),
        usual_definition=ck.text(s["usual_definition"], "safety_text.usual_definition"),
        general_note=ck.text(s["general_note"], "safety_text.general_note"),
        cautions=_text_map(ck, s["cautions"], "safety_text.cautions"),
        evidence_types=_text_map(ck, s["evidence_types"], "safety_text.evidence_types"),
    )
    p = ck.obj(t["palette"], "palette")
    ck.keys(p, "palette.", ("light", "dark"))
    palette = Palette(light=_theme(ck, p["light"], "light"), dark=_theme(ck, p["dark"], "dark"))
    for name in _TEXT_BLOCKS:
        ck.obj(t[name], name)
    return Texts(safety=safety, palette=palette, raw=freeze(t))


def _text_map(ck: Checker, value: JSONValue, field: str) -> Mapping[str, str]:
    raw = ck.obj(value, field)
    return MappingProxyType({k: ck.text(v, f"{field}.{k}") for k, v in raw.items()})


def _theme(ck: Checker, value: JSONValue, name: str) -> ThemeColours:
    raw = ck.obj(value, f"palette.{name}")
    fields = ("background", "figure", "figure_far", "accent", "props", "arrow", "text")
    ck.keys(raw, f"palette.{name}.", fields)
    for key in fields:
        if not isinstance(raw[key], str) or not _COLOUR_RE.match(raw[key]):
            raise ck.fail(f"palette.{name}.{key}", "must be a colour such as '#21867A'")
    return ThemeColours(**{k: cast(str, raw[k]) for k in fields})


def freeze(value: JSONValue) -> JSONValue:
    """Read-only view of parsed JSON: dicts become mappingproxies, lists tuples."""
    if isinstance(value, dict):
        return MappingProxyType({k: freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(freeze(v) for v in value)
    return value


def check_cross_references(
    texts: Texts,
    drills: Mapping[str, Drill],
    routines: Mapping[str, Routine],
    source: str = "texts.json",
) -> None:
    """Routine and drill names used in texts.json must exist; swaps stay in one group."""
    ck = Checker(source)
    plan = texts.block("plan_6_weeks")
    for week in ("week_1", "weeks_2_to_6"):
        for kind, names in cast(Mapping[str, Iterable[str]], plan[week]).items():
            for name in names:
                _known(ck, name, routines, f"plan_6_weeks.{week}.{kind}")
    throughout = cast(Mapping[str, JSONValue], plan["throughout"])
    for key in ("break_routine", "seated_alternative"):
        _known(ck, throughout[key], routines, f"plan_6_weeks.throughout.{key}")
    _known(
        ck,
        cast(Mapping[str, str], plan["flare_rule"])["offer"],
        routines,
        "plan_6_weeks.flare_rule.offer",
    )
    _known(ck, texts.block("breaks")["seated_alternative"], routines, "breaks.seated_alternative")
    for i, group in enumerate(cast(Iterable[Iterable[str]], texts.block("swaps")["groups"])):
        kinds = set()
        for name in group:
            _known(ck, name, drills, f"swaps.groups[{i}]")
            kinds.add(drills[name].group)
        if len(kinds) != 1:
            raise ck.fail(f"swaps.groups[{i}]", "swapped drills must share a group")


def _known(ck: Checker, name: JSONValue, known: Collection[str], field: str) -> None:
    if name not in known:
        raise ck.fail(field, f"unknown name {name!r}")


def _read_json(node: Traversable, source: str) -> JSONValue:
    try:
        return json.loads(node.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogueError(source, "", f"cannot read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise CatalogueError(source, "", f"invalid JSON at line {exc.lineno}: {exc.msg}") from None


def _json_files(root: Traversable, folder: str) -> list[tuple[str, Traversable]]:
    node = root / folder
    if not node.is_dir():
        raise CatalogueError(f"{folder}/", "", "folder is missing")
    found = [(n.name, n) for n in node.iterdir() if n.name.endswith(".json") and n.is_file()]
    return sorted(found, key=lambda pair: pair[0])


def load_catalogue_from(root: Traversable | Path) -> Catalogue:
    """Load and validate the catalogue in ``root`` (a folder with the package layout)."""
    texts_node = root / "texts.json"
    if not texts_node.is_file():
        raise CatalogueError("texts.json", "", "file is missing")
    texts = parse_texts(_read_json(texts_node, "texts.json"))
    drills: dict[str, Drill] = {}
    for name, node in _json_files(root, "drills"):
        source = f"drills/{name}"
        drill = parse_drill(
            _read_json(node, source), source, cautions=texts.safety.cautions,
            evidence_types=texts.safety.evidence_types, expected_slug=name.removesuffix(".json"),
        )  # fmt: skip
        drills[drill.slug] = drill
    routines: dict[str, Routine] = {}
    for name, node in _json_files(root, "routines"):
        source = f"routines/{name}"
        routine = parse_routine(
            _read_json(node, source), source, drills, expected_slug=name.removesuffix(".json")
        )
        routines[routine.slug] = routine
    if not drills:
        raise CatalogueError("drills/", "", "no drill files")
    if not routines:
        raise CatalogueError("routines/", "", "no routine files")
    check_cross_references(texts, drills, routines)
    ordered_drills = sorted(drills.values(), key=lambda d: (d.order, d.slug))
    ordered_routines = sorted(routines.values(), key=lambda r: (r.order, r.slug))
    return Catalogue(
        drills=MappingProxyType({d.slug: d for d in ordered_drills}),
        routines=MappingProxyType({r.slug: r for r in ordered_routines}),
        texts=texts,
    )


@functools.cache
def load_source_catalogue() -> Catalogue:
    """The packaged (English) catalogue, validated once per process and cached.

    Most code wants :func:`hipdesk.core.catalogue.load_catalogue`, which also translates."""
    return load_catalogue_from(resources.files("hipdesk.core.catalogue"))
