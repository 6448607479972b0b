"""Typed, immutable records of the drill catalogue (pure Python, no Qt).

Conventions (content brief, section 2.1):

* The working limb is the **left** one in every keyframe; for the right side a renderer mirrors
  the picture and swaps ``_l``/``_r`` (see :meth:`Keyframe.mirrored`).
* Side view angles (degrees): ``trunk`` (hip→shoulder line from vertical, forward +), ``hip_l``,
  ``hip_r`` (thigh relative to trunk, flexion +), ``knee_l``, ``knee_r`` (0 straight, bent +),
  ``shoulder_l``, ``shoulder_r`` (0 down, 90 forward, 180 overhead), ``elbow`` (both arms) and
  ``spine`` (trunk arc: + rounded, − arched).
* Front view angles: ``trunk_side`` (lean, + towards the figure's left), ``abd_l``/``abd_r``
  (thigh away from the midline +), ``rot_l``/``rot_r`` (hip rotation, internal +), ``knee_l``/
  ``knee_r``, ``arm_l``/``arm_r`` (arm out to the side, 0 down, 90 level), ``elbow``, plus the
  sagittal ``hip_l``/``hip_r``, ``trunk`` and ``shoulder_l``/``shoulder_r`` (optional, default
  0: arms down) used for foreshortening, and ``spine``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal

JSONValue = Any  # parsed JSON (dict / list / str / int / float / bool / None)

View = Literal["side", "front"]

GROUPS = (
    "hip_rotation",
    "hip_flexors_extension",
    "squat_sit_to_stand",
    "bedtime_gentle",
    "core_stability",
    "desk_breaks",
)
POSITIONS = (
    "standing",
    "seated",
    "supine",
    "prone",
    "kneeling",
    "quadruped",
    "side_lying",
    "floor_sitting",
)
PROPS = ("none", "chair", "wall", "mat", "bed", "table", "pillow")
SIDES = ("per_side", "alternating", "both_together")
DOSE_TYPES = ("reps", "hold", "timed", "breaths")
STOP_RULES = ("standard",)
BREATH = ("in", "out")
#: Optional keyframe ``arms``: where the hands are when the angles alone cannot show it (brief
#: 11). ``free``: the arm angles as given (the default); ``crossed``: forearms folded across
#: the chest; ``hand_on_belly``: the near (left) hand on the belly; ``hands_on_hips``: hands on
#: the hips, elbows out; ``hands_under_back``: lying on the back, hands under the small of the
#: back (curl-up). Any other value leaves the shoulder and elbow angles unused for the arms it
#: places, and the keyframe may not rest on its hands.
ARMS = ("free", "crossed", "hand_on_belly", "hands_on_hips", "hands_under_back")
Arms = Literal["free", "crossed", "hand_on_belly", "hands_on_hips", "hands_under_back"]
#: Optional drill ``arrow``: ``limb`` (default) draws the direction arrow beside the limb that
#: moves most; ``pelvis_tilt`` a two-headed curved arrow rocking around the pelvis (pelvic
#: tilts, where only the spine's curve changes); ``pelvis_circle`` a loop around the pelvis;
#: ``hips`` a limb-style arrow beside the pelvis, following its path (a side plank's hip lift,
#: where the top foot travels further but the hips do the work).
ARROWS = ("limb", "pelvis_tilt", "pelvis_circle", "hips")
Arrow = Literal["limb", "pelvis_tilt", "pelvis_circle", "hips"]
#: Optional drill ``key_arrow``: the arrow a still of the key pose shows. ``next`` (default):
#: towards the next keyframe, as the animation shows it during a hold; ``into``: the move that
#: reaches the key pose (a lift drawn on the lifted pose, so a still shows the effort).
KEY_ARROWS = ("next", "into")
KeyArrow = Literal["next", "into"]

#: Contact parts of ``ground`` entries; a trailing ``_x`` part exists as ``_l`` and ``_r``.
GROUND_PARTS_BOTH = (
    "feet", "knees", "shins", "buttocks", "back", "shoulders", "head", "arms", "hands",
    "forearms", "chest", "belly", "thighs",
)  # fmt: skip
GROUND_PARTS_SIDED = (
    "foot", "toes", "heel", "knee", "shin", "leg", "hand", "forearm", "side", "arm",
)  # fmt: skip
#: ``part@target``: the target is a prop, or a limb of the figure itself: ``head@arm_r`` (the
#: head resting on the lower arm) or ``foot_l@knee_r`` (an ankle resting on the other knee).
GROUND_BODY_TARGETS = ("arm_l", "arm_r", "knee_l", "knee_r")
#: The parts that may rest on each kind of body target.
BODY_TARGET_PARTS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {"arm": ("head",), "knee": ("foot",)}
)

SIDE_KEYS = (
    "trunk", "hip_l", "hip_r", "knee_l", "knee_r", "shoulder_l", "shoulder_r", "elbow", "spine",
)  # fmt: skip
FRONT_KEYS = (
    "trunk_side", "abd_l", "abd_r", "rot_l", "rot_r", "knee_l", "knee_r", "hip_l", "hip_r",
    "trunk", "arm_l", "arm_r", "elbow", "spine", "shoulder_l", "shoulder_r",
)  # fmt: skip

#: Joint limits for validation (brief 2.1). ``arm`` (front view) is not in the brief; it uses
#: the shoulder's range. A drill may widen a limit with ``joint_limits`` and a ``reason``.
JOINT_LIMITS: Mapping[str, tuple[float, float]] = MappingProxyType(
    {
        "trunk": (-120, 120),
        "hip": (-30, 145),
        "knee": (0, 160),
        "shoulder": (-60, 180),
        "elbow": (0, 150),
        "spine": (-20, 30),
        "abd": (-30, 50),
        "rot": (-60, 45),
        "trunk_side": (-90, 90),
        "arm": (-60, 180),
    }
)

GET_READY_SECONDS = 10
SWITCH_SIDES_SECONDS = 10


def limit_name(key: str) -> str:
    """``hip_l`` → ``hip``; ``trunk_side`` stays ``trunk_side``."""
    return key[:-2] if key.endswith(("_l", "_r")) else key


def swap_side(token: str) -> str:
    """``foot_l`` ↔ ``foot_r``; tokens without a side are returned unchanged."""
    if token.endswith("_l"):
        return token[:-2] + "_r"
    if token.endswith("_r"):
        return token[:-2] + "_l"
    return token


@dataclass(frozen=True)
class Contact:
    """One ``ground`` entry: ``part`` (``feet``, ``hand_r``…) touching ``on``.

    ``on`` is ``None`` for the floor (or mat / bed top when lying on them), a prop name
    (``chair``, ``table``, ``wall``, ``bed``, ``pillow``) or a body part (``arm_r``: the head
    resting on the lower arm; ``knee_r``: the left ankle resting on the right knee, as in a
    figure-4). ``hand_x@chair`` is the chair back; ``buttocks@chair`` the seat.
    """

    part: str
    on: str | None = None

    @property
    def base(self) -> str:
        """The part without its side: ``hand_r`` → ``hand``."""
        return limit_name(self.part)

    @property
    def side(self) -> Literal["l", "r"] | None:
        if self.part.endswith("_l"):
            return "l"
        if self.part.endswith("_r"):
            return "r"
        return None

    def mirrored(self) -> Contact:
        return Contact(swap_side(self.part), None if self.on is None else swap_side(self.on))

    def __str__(self) -> str:
        return self.part if self.on is None else f"{self.part}@{self.on}"


@dataclass(frozen=True)
class Keyframe:
    """A complete pose (the delta rule is already applied).

    ``angles`` holds every key of :data:`SIDE_KEYS` (``view == "side"``) or
    :data:`FRONT_KEYS` (``view == "front"``) as floats; ``kf["hip_l"]`` reads one.
    """

    view: View
    angles: Mapping[str, float] = field(hash=False)
    ground: tuple[Contact, ...]
    desc: str
    breath: Literal["in", "out"] | None = None
    arms: Arms = "free"

    def __getitem__(self, key: str) -> float:
        return self.angles[key]

    def mirrored(self) -> Keyframe:
        """The same pose for the right side: ``_l``/``_r`` keys and contacts swapped."""
        angles = MappingProxyType({swap_side(k): v for k, v in self.angles.items()})
        return Keyframe(
            self.view, angles, tuple(c.mirrored() for c in self.ground), self.desc, self.breath,
            self.arms,
        )  # fmt: skip


@dataclass(frozen=True)
class Dose:
    """``reps``/``breaths``: sets × reps × rep_seconds; ``hold``: sets × seconds; ``timed``:
    seconds. Reps and holds are per side for per-side and alternating drills."""

    type: Literal["reps", "hold", "timed", "breaths"]
    sets: int = 1
    reps: int | None = None
    rep_seconds: float | None = None
    seconds: int | None = None
    rest_s: int = 0
    tempo: str = ""

    @property
    def work_seconds(self) -> float:
        """Work for one side, without rests."""
        if self.type in ("reps", "breaths"):
            assert self.reps is not None and self.rep_seconds is not None
            return self.sets * self.reps * self.rep_seconds
        assert self.seconds is not None
        return self.seconds if self.type == "timed" else self.sets * self.seconds

    def as_dict(self) -> dict[str, JSONValue]:
        """The dose as in the data files (absent fields left out)."""
        out: dict[str, JSONValue] = {"type": self.type, "sets": self.sets}
        for key in ("reps", "rep_seconds", "seconds"):
            value = getattr(self, key)
            if value is not None:
                out[key] = int(value) if float(value).is_integer() else value
        if self.rest_s:
            out["rest_s"] = self.rest_s
        out["tempo"] = self.tempo
        return out


def timed_seconds(dose: Dose, sides: str) -> int:
    """The timing rule of brief 2.2, rounded up to a multiple of 5 s."""
    both = sides in ("per_side", "alternating")
    total = dose.work_seconds * (2 if both else 1) + dose.rest_s * (dose.sets - 1)
    total += GET_READY_SECONDS + (SWITCH_SIDES_SECONDS if sides == "per_side" else 0)
    return int(-(-total // 5) * 5)


@dataclass(frozen=True)
class Drill:
    slug: str
    name: str
    group: str
    position: str
    props: tuple[str, ...]  # () when the brief says [none]
    sides: Literal["per_side", "alternating", "both_together"]
    dose: Dose
    default_seconds: int
    cues: tuple[str, ...]
    common_mistakes: tuple[str, ...]
    easier: str
    harder: str
    cautions: tuple[str, ...]  # keys of SafetyTexts.cautions
    evidence: str  # key of SafetyTexts.evidence_types (internal, never shown as a claim)
    stop_rule: str  # "standard" → SafetyTexts.stop_rule
    alt_text: str
    #: Main animation. Side view, except side-lying drills whose keyframes are front view.
    keyframes: tuple[Keyframe, ...]
    #: Optional front-view animation (rotation drills); () if none.
    keyframes_front: tuple[Keyframe, ...] = ()
    #: The view the player shows first ("front" for hip rotation and the figure-4 drills).
    default_view: View = "side"
    #: Widened joint limits for this drill only (see ``joint_limits_reason``).
    joint_limits: Mapping[str, tuple[float, float]] = field(default_factory=dict, hash=False)
    joint_limits_reason: str = ""
    order: int = 0  # position in the brief
    #: How the direction arrow is drawn (see :data:`ARROWS`).
    arrow: Arrow = "limb"
    #: The keyframe (of the default view) that stills show; None: the first move's target.
    key_pose: int | None = None
    #: Which arrow a still of the key pose shows (see :data:`KEY_ARROWS`).
    key_arrow: KeyArrow = "next"

    @property
    def sided(self) -> bool:
        """True when the drill is done for each side (per_side or alternating)."""
        return self.sides != "both_together"

    @property
    def per_side(self) -> bool:
        """True when one side is done after the other (a side label such as "Left leg"
        applies); alternating drills work both legs in turn, so no label names one leg."""
        return self.sides == "per_side"

    def keyframes_for(self, view: View) -> tuple[Keyframe, ...]:
        """Keyframes in the given view, or () when the drill has none in it."""
        if self.keyframes and self.keyframes[0].view == view:
            return self.keyframes
        return self.keyframes_front if view == "front" else ()


@dataclass(frozen=True)
class RoutineStep:
    drill: str  # drill slug
    dose: Dose  # the drill's dose with this step's overrides applied
    seconds: int
    rest_after_seconds: int
    overrides: Mapping[str, JSONValue] = field(
        default_factory=dict, hash=False
    )  # as written in the file


@dataclass(frozen=True)
class Routine:
    slug: str
    name: str
    purpose: str
    when_to_offer: str
    positions: tuple[str, ...]
    total_seconds: int
    steps: tuple[RoutineStep, ...]
    order: int = 0


@dataclass(frozen=True)
class SafetyTexts:
    stop_rule: str
    usual_definition: str
    general_note: str
    cautions: Mapping[str, str] = field(hash=False)
    evidence_types: Mapping[str, str] = field(hash=False)


@dataclass(frozen=True)
class ThemeColours:
    background: str
    figure: str
    figure_far: str
    accent: str
    props: str
    arrow: str
    text: str


@dataclass(frozen=True)
class Palette:
    light: ThemeColours
    dark: ThemeColours


@dataclass(frozen=True)
class Texts:
    """``texts.json``. ``raw`` keeps every block as parsed JSON (read-only), e.g.
    ``raw["breaks"]["messages"]``, ``raw["red_flags"]``, ``raw["journal_measures"]``,
    ``raw["onboarding_screen"]``, ``raw["plan_6_weeks"]``, ``raw["swaps"]``, ``raw["screens"]``.
    YAML integer keys (``anchors``, ``break_routine_by_length``) are strings in JSON."""

    safety: SafetyTexts
    palette: Palette
    raw: Mapping[str, JSONValue] = field(hash=False)

    def block(self, name: str) -> Mapping[str, JSONValue]:
        value: Mapping[str, JSONValue] = self.raw[name]
        return value


@dataclass(frozen=True)
class Catalogue:
    drills: Mapping[str, Drill] = field(hash=False)  # in brief order
    routines: Mapping[str, Routine] = field(hash=False)  # in brief order
    texts: Texts

    def drill(self, slug: str) -> Drill:
        return self.drills[slug]

    def routine(self, slug: str) -> Routine:
        return self.routines[slug]

    def stop_rule_text(self, drill: Drill) -> str:
        return self.texts.safety.stop_rule

    def caution_texts(self, drill: Drill) -> tuple[str, ...]:
        return tuple(self.texts.safety.cautions[c] for c in drill.cautions)
