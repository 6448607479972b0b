"""Turn parsed JSON into catalogue records, checking every field on the way.

Every problem raises :class:`CatalogueError` whose message reads
``<source>: <field>: <problem>``, e.g. ``drills/glute_bridge.json: dose.reps: must be a
positive integer``. ``source`` is whatever the caller passes (normally the file's path
relative to the catalogue package).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from types import MappingProxyType
from typing import Any, Literal, cast

from hipdesk.core.catalogue.model import (
    ARMS,
    ARROWS,
    BODY_TARGET_PARTS,
    BREATH,
    DOSE_TYPES,
    FRONT_KEYS,
    GROUND_BODY_TARGETS,
    GROUND_PARTS_BOTH,
    GROUND_PARTS_SIDED,
    GROUPS,
    JOINT_LIMITS,
    KEY_ARROWS,
    POSITIONS,
    PROPS,
    SIDE_KEYS,
    SIDES,
    STOP_RULES,
    Arms,
    Arrow,
    Contact,
    Dose,
    Drill,
    JSONValue,
    KeyArrow,
    Keyframe,
    View,
    limit_name,
    timed_seconds,
)

MAX_CUE_CHARS = 80  # each cue must be shorter than this (brief 1: "under 80 characters")
MIN_CUES = 3
TOTAL_TOLERANCE_SECONDS = 5
SLUG_RE = re.compile(r"^[a-z][a-z0-9_]*$")

_DRILL_REQUIRED = (
    "slug", "name", "group", "position", "props", "sides", "dose", "default_seconds", "cues",
    "common_mistakes", "easier", "harder", "cautions", "evidence", "stop_rule", "alt_text",
    "keyframes",
)  # fmt: skip
_DRILL_OPTIONAL = (
    "keyframes_front", "default_view", "joint_limits", "catalogue_order", "arrow", "key_pose",
    "key_arrow",
)  # fmt: skip
_DOSE_KEYS = ("type", "sets", "reps", "rep_seconds", "seconds", "rest_s", "tempo")
_KF_META = ("ground", "desc", "view", "breath", "arms")
#: Contact parts that rest on the hands or arms (not allowed with an ``arms`` convention).
_ARM_PARTS = frozenset({"hands", "hand", "arms", "arm", "forearms", "forearm"})


class CatalogueError(ValueError):
    """A data file is missing, unreadable or breaks a rule; the message names file and field."""

    def __init__(self, source: str, field: str, problem: str) -> None:
        self.source = source
        self.field = field
        self.problem = problem
        where = f"{source}: {field}" if field else source
        super().__init__(f"{where}: {problem}")


class Checker:
    """Typed accessors that raise :class:`CatalogueError` naming ``source`` and the field."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, field: str, problem: str) -> CatalogueError:
        return CatalogueError(self.source, field, problem)

    def obj(self, value: JSONValue, field: str) -> Mapping[str, JSONValue]:
        if not isinstance(value, Mapping):
            raise self.fail(field, "must be an object")
        return cast(Mapping[str, JSONValue], value)

    def keys(
        self, data: Mapping[str, JSONValue], prefix: str, required: Sequence[str],
        optional: Sequence[str] = (),
    ) -> None:  # fmt: skip
        for key in required:
            if key not in data:
                raise self.fail(f"{prefix}{key}", "required field is missing")
        for key in data:
            if key not in required and key not in optional:
                raise self.fail(f"{prefix}{key}", "unknown field")

    def text(self, value: JSONValue, field: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(field, "must be a non-empty string")
        if value != value.strip():
            raise self.fail(field, "must not start or end with white space")
        return value

    def texts(self, value: JSONValue, field: str, minimum: int = 0) -> tuple[str, ...]:
        if not isinstance(value, list):
            raise self.fail(field, "must be a list of strings")
        if len(value) < minimum:
            raise self.fail(field, f"needs at least {minimum} entries, has {len(value)}")
        return tuple(self.text(v, f"{field}[{i}]") for i, v in enumerate(value))

    def choice(self, value: JSONValue, field: str, allowed: Collection[str]) -> str:
        if not isinstance(value, str) or value not in allowed:
            raise self.fail(field, f"unknown value {value!r}; expected one of {sorted(allowed)}")
        return value

    def integer(self, value: JSONValue, field: str, minimum: int = 1) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            kind = "a positive integer" if minimum == 1 else f"an integer >= {minimum}"
            raise self.fail(field, f"must be {kind}")
        return value

    def number(self, value: JSONValue, field: str) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(field, "must be a number")
        return float(value)


def parse_dose(data: JSONValue, source: str, field: str = "dose", base: Dose | None = None) -> Dose:
    """A full dose, or (with ``base``) a routine step's override applied to the drill's dose."""
    ck = Checker(source)
    raw = ck.obj(data, field)
    for key in raw:
        if key not in _DOSE_KEYS:
            raise ck.fail(f"{field}.{key}", "unknown field")
    merged: dict[str, JSONValue] = {} if base is None else base.as_dict()
    if base is not None and "type" in raw and raw["type"] != base.type:
        raise ck.fail(f"{field}.type", "a step may not change the dose type")
    merged.update(raw)
    dose_type = ck.choice(merged.get("type"), f"{field}.type", DOSE_TYPES)
    sets = ck.integer(merged.get("sets", 1), f"{field}.sets")
    rest_s = ck.integer(merged.get("rest_s", 0), f"{field}.rest_s", minimum=0)
    tempo = ck.text(merged.get("tempo"), f"{field}.tempo")
    reps = rep_seconds = seconds = None
    if dose_type in ("reps", "breaths"):
        reps = ck.integer(merged.get("reps"), f"{field}.reps")
        rep_seconds = ck.number(merged.get("rep_seconds"), f"{field}.rep_seconds")
        if rep_seconds <= 0:
            raise ck.fail(f"{field}.rep_seconds", "must be a positive number")
        extra = "seconds"
    else:
        seconds = ck.integer(merged.get("seconds"), f"{field}.seconds")
        extra = "reps" if "reps" in merged else "rep_seconds"
    if extra in merged:
        raise ck.fail(f"{field}.{extra}", f"does not apply to a {dose_type!r} dose")
    if dose_type == "timed" and sets != 1:
        raise ck.fail(f"{field}.sets", "a timed dose has exactly 1 set")
    return Dose(
        cast(Literal["reps", "hold", "timed", "breaths"], dose_type),
        sets, reps, rep_seconds, seconds, rest_s, tempo,
    )  # fmt: skip


def parse_contact(value: JSONValue, field: str, ck: Checker, props: Collection[str]) -> Contact:
    if not isinstance(value, str):
        raise ck.fail(field, "must be a string such as 'feet' or 'hand_r@chair'")
    part, _, target = value.partition("@")
    base = limit_name(part)
    sided = part != base
    if not ((sided and base in GROUND_PARTS_SIDED) or (not sided and base in GROUND_PARTS_BOTH)):
        raise ck.fail(field, f"unknown contact part {part!r}")
    if not target:
        return Contact(part)
    if target not in GROUND_BODY_TARGETS and target not in props:
        raise ck.fail(field, f"contact on {target!r}, which is not in the drill's props")
    if target in GROUND_BODY_TARGETS:
        allowed = BODY_TARGET_PARTS[limit_name(target)]
        if base not in allowed:
            raise ck.fail(field, f"only {' or '.join(allowed)} may rest on {target!r}")
        if sided and part[-2:] == target[-2:]:
            raise ck.fail(field, f"{part!r} cannot rest on its own leg ({target!r})")
    return Contact(part, target)


def _limits(
    ck: Checker, data: Mapping[str, JSONValue]
) -> tuple[dict[str, tuple[float, float]], str]:
    if "joint_limits" not in data:
        return {}, ""
    raw = ck.obj(data["joint_limits"], "joint_limits")
    reason = ck.text(raw.get("reason"), "joint_limits.reason")
    out: dict[str, tuple[float, float]] = {}
    for name, pair in raw.items():
        if name == "reason":
            continue
        field = f"joint_limits.{name}"
        if name not in JOINT_LIMITS:
            raise ck.fail(field, "unknown joint")
        if not isinstance(pair, list) or len(pair) != 2:
            raise ck.fail(field, "must be [low, high]")
        low, high = ck.number(pair[0], field), ck.number(pair[1], field)
        if not (low <= JOINT_LIMITS[name][0] and high >= JOINT_LIMITS[name][1]):
            raise ck.fail(field, "may only widen the standard limit")
        out[name] = (low, high)
    return out, reason


def parse_keyframes(
    value: JSONValue,
    field: str,
    ck: Checker,
    props: Collection[str],
    limits: Mapping[str, tuple[float, float]],
    side_start: Keyframe | None = None,
) -> tuple[Keyframe, ...]:
    """Apply the delta rule and check keys, contacts and joint limits.

    ``field`` is ``keyframes`` or ``keyframes_front``. A front list inherits ``hip_l``,
    ``hip_r``, ``trunk``, ``elbow`` and ``arms`` from ``side_start`` (the first side
    keyframe) when its first keyframe omits them; ``arm_l``/``arm_r``, ``shoulder_l``/
    ``shoulder_r`` (arms raised forward, towards the camera) and ``spine`` default to 0.
    ``arms`` (default ``free``) follows the delta rule like ``breath``; a keyframe that places
    the arms may not rest on its hands.
    """
    if not isinstance(value, list) or len(value) < 2:
        raise ck.fail(field, "needs a list of at least 2 keyframes")
    frames: list[Keyframe] = []
    view: View = "front" if field == "keyframes_front" else "side"
    for i, item in enumerate(value):
        where = f"{field}[{i}]"
        raw = ck.obj(item, where)
        if i == 0 and field == "keyframes" and "view" in raw:
            view = cast(View, ck.choice(raw["view"], f"{where}.view", ("side", "front")))
        elif "view" in raw:
            raise ck.fail(f"{where}.view", "only the first keyframe of 'keyframes' sets the view")
        keys = SIDE_KEYS if view == "side" else FRONT_KEYS
        for key in raw:
            if key not in keys and key not in _KF_META:
                raise ck.fail(f"{where}.{key}", f"not a {view}-view key")
        if i == 0:
            angles = _first_angles(raw, view, where, ck, side_start)
            ground: tuple[Contact, ...] = ()
            breath: str | None = None
            arms: str = "free" if side_start is None else side_start.arms
            if "ground" not in raw:
                raise ck.fail(f"{where}.ground", "required field is missing")
        else:
            prev = frames[-1]
            angles, ground, breath, arms = dict(prev.angles), prev.ground, prev.breath, prev.arms
        for key in keys:
            if key in raw:
                angles[key] = ck.number(raw[key], f"{where}.{key}")
            low, high = limits.get(limit_name(key), JOINT_LIMITS[limit_name(key)])
            if not low <= angles[key] <= high:
                raise ck.fail(
                    f"{where}.{key}",
                    f"{angles[key]:g} is outside the joint limit {low:g}…{high:g}",
                )
        if "ground" in raw:
            if not isinstance(raw["ground"], list):
                raise ck.fail(f"{where}.ground", "must be a list of contacts")
            ground = tuple(
                parse_contact(c, f"{where}.ground[{j}]", ck, props)
                for j, c in enumerate(raw["ground"])
            )
            if not ground:
                raise ck.fail(f"{where}.ground", "needs at least one contact")
        if "breath" in raw:
            breath = ck.choice(raw["breath"], f"{where}.breath", BREATH)
        if "arms" in raw:
            arms = ck.choice(raw["arms"], f"{where}.arms", ARMS)
        leaning = [str(c) for c in ground if c.base in _ARM_PARTS]
        if arms != "free" and leaning:
            raise ck.fail(
                f"{where}.arms",
                f"{arms!r} places the hands on the body, but ground rests on {leaning[0]!r}",
            )
        desc = ck.text(raw.get("desc"), f"{where}.desc")
        frames.append(
            Keyframe(
                view, MappingProxyType(angles), ground, desc,
                cast(Literal["in", "out"] | None, breath), cast(Arms, arms),
            )
        )  # fmt: skip
    return tuple(frames)


def _first_angles(
    raw: Mapping[str, JSONValue], view: View, where: str, ck: Checker,
    side_start: Keyframe | None,
) -> dict[str, float]:  # fmt: skip
    defaults: dict[str, float] = {"spine": 0.0}
    if view == "front":
        defaults.update(arm_l=0.0, arm_r=0.0, trunk=0.0, elbow=0.0, shoulder_l=0.0, shoulder_r=0.0)
        if side_start is not None:
            for key in ("hip_l", "hip_r", "trunk", "elbow"):
                defaults[key] = side_start[key]
    keys = SIDE_KEYS if view == "side" else FRONT_KEYS
    angles: dict[str, float] = {}
    for key in keys:
        if key in raw:
            angles[key] = ck.number(raw[key], f"{where}.{key}")
        elif key in defaults:
            angles[key] = defaults[key]
        else:
            raise ck.fail(f"{where}.{key}", "required in the first keyframe (delta rule)")
    return angles


def parse_drill(
    data: JSONValue,
    source: str,
    *,
    cautions: Collection[str] | None = None,
    evidence_types: Collection[str] | None = None,
    expected_slug: str | None = None,
) -> Drill:
    """Validate one drill record. ``cautions``/``evidence_types`` (from texts.json) are checked
    when given; ``expected_slug`` (from the file name) must match ``slug``."""
    ck = Checker(source)
    d = ck.obj(data, "")
    ck.keys(d, "", _DRILL_REQUIRED, _DRILL_OPTIONAL)
    slug = ck.text(d["slug"], "slug")
    if not SLUG_RE.match(slug):
        raise ck.fail("slug", "must be lower case letters, digits and underscores")
    if expected_slug is not None and slug != expected_slug:
        raise ck.fail("slug", f"{slug!r} does not match the file name {expected_slug!r}")
    props = tuple(ck.choice(p, f"props[{i}]", PROPS) for i, p in enumerate(_list(ck, d, "props")))
    if not props or ("none" in props and len(props) > 1):
        raise ck.fail("props", "must be [none] or a list of props")
    props = tuple(p for p in props if p != "none")
    sides = ck.choice(d["sides"], "sides", SIDES)
    dose = parse_dose(d["dose"], source)
    default_seconds = ck.integer(d["default_seconds"], "default_seconds")
    expected = timed_seconds(dose, sides)
    if default_seconds != expected:
        raise ck.fail(
            "default_seconds",
            f"is {default_seconds} but the timing rule (2.2) gives {expected}"
            + (" (both sides must be timed)" if sides != "both_together" else ""),
        )
    cues = ck.texts(d["cues"], "cues", MIN_CUES)
    for i, cue in enumerate(cues):
        if len(cue) >= MAX_CUE_CHARS:
            raise ck.fail(f"cues[{i}]", f"is {len(cue)} characters; must be under {MAX_CUE_CHARS}")
    caution_list = _list(ck, d, "cautions")
    drill_cautions = tuple(ck.text(c, f"cautions[{i}]") for i, c in enumerate(caution_list))
    if cautions is not None:
        for i, c in enumerate(drill_cautions):
            ck.choice(c, f"cautions[{i}]", cautions)
    evidence = ck.text(d["evidence"], "evidence")
    if evidence_types is not None:
        ck.choice(evidence, "evidence", evidence_types)
    limits, reason = _limits(ck, d)
    keyframes = parse_keyframes(d["keyframes"], "keyframes", ck, props, limits)
    front: tuple[Keyframe, ...] = ()
    if "keyframes_front" in d:
        if keyframes[0].view == "front":
            raise ck.fail("keyframes_front", "not allowed when 'keyframes' is already front view")
        front = parse_keyframes(
            d["keyframes_front"], "keyframes_front", ck, props, limits, keyframes[0]
        )
    default_view = keyframes[0].view
    if "default_view" in d:
        default_view = cast(View, ck.choice(d["default_view"], "default_view", ("side", "front")))
        if default_view == "front" and keyframes[0].view != "front" and not front:
            raise ck.fail("default_view", "'front' needs front-view keyframes")
    key_pose = None
    if "key_pose" in d:
        shown = keyframes if keyframes[0].view == default_view else front
        key_pose = ck.integer(d["key_pose"], "key_pose", minimum=0)
        if key_pose >= len(shown):
            raise ck.fail("key_pose", f"is {key_pose} but the {default_view} view has "
                          f"{len(shown)} keyframes")  # fmt: skip
    return Drill(
        slug=slug,
        name=ck.text(d["name"], "name"),
        group=ck.choice(d["group"], "group", GROUPS),
        position=ck.choice(d["position"], "position", POSITIONS),
        props=props,
        sides=cast(Literal["per_side", "alternating", "both_together"], sides),
        dose=dose,
        default_seconds=default_seconds,
        cues=cues,
        common_mistakes=ck.texts(d["common_mistakes"], "common_mistakes", 1),
        easier=ck.text(d["easier"], "easier"),
        harder=ck.text(d["harder"], "harder"),
        cautions=drill_cautions,
        evidence=evidence,
        stop_rule=ck.choice(d["stop_rule"], "stop_rule", STOP_RULES),
        alt_text=ck.text(d["alt_text"], "alt_text"),
        keyframes=keyframes,
        keyframes_front=front,
        default_view=default_view,
        joint_limits=MappingProxyType(limits),
        joint_limits_reason=reason,
        order=ck.integer(d.get("catalogue_order", 0), "catalogue_order", minimum=0),
        arrow=cast(Arrow, ck.choice(d.get("arrow", "limb"), "arrow", ARROWS)),
        key_pose=key_pose,
        key_arrow=cast(KeyArrow, ck.choice(d.get("key_arrow", "next"), "key_arrow", KEY_ARROWS)),
    )


def _list(ck: Checker, d: Mapping[str, Any], key: str) -> list[JSONValue]:
    value = d[key]
    if not isinstance(value, list):
        raise ck.fail(key, "must be a list")
    return value
