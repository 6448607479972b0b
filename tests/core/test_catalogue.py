"""The drill catalogue: every data file loads and validates; broken data names file and field."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from hipdesk.core.catalogue import (
    FRONT_KEYS,
    SIDE_KEYS,
    Catalogue,
    CatalogueError,
    load_catalogue,
    load_catalogue_from,
    parse_drill,
    timed_seconds,
)

PACKAGE = Path(str(resources.files("hipdesk.core.catalogue")))
BRIEF = Path(__file__).resolve().parents[3] / "shared" / "design" / "content-brief.md"


@pytest.fixture(scope="module")
def cat() -> Catalogue:
    return load_catalogue()


@pytest.fixture
def data_copy(tmp_path: Path) -> Iterator[Path]:
    """A writable copy of the packaged data for corrupting one file at a time."""
    root = tmp_path / "catalogue"
    root.mkdir()
    shutil.copytree(PACKAGE / "drills", root / "drills")
    shutil.copytree(PACKAGE / "routines", root / "routines")
    shutil.copy(PACKAGE / "texts.json", root / "texts.json")
    yield root


def edit(path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def drill_data(slug: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((PACKAGE / "drills" / f"{slug}.json").read_text("utf-8"))
    return data


# --- the packaged catalogue -------------------------------------------------------------


def test_counts_and_order(cat: Catalogue) -> None:
    assert len(cat.drills) == 31
    assert len(cat.routines) == 8
    assert next(iter(cat.drills)) == "hip_cars_standing"  # brief order, not alphabetical
    assert list(cat.routines)[:2] == ["desk_break", "desk_break_seated"]
    assert len(list((PACKAGE / "drills").glob("*.json"))) == 31
    assert len(list((PACKAGE / "routines").glob("*.json"))) == 8


def test_loader_is_cached(cat: Catalogue) -> None:
    assert load_catalogue() is cat


def test_every_drill_file_validates_on_its_own(cat: Catalogue) -> None:
    cautions = cat.texts.safety.cautions
    for path in sorted((PACKAGE / "drills").glob("*.json")):
        drill = parse_drill(
            json.loads(path.read_text("utf-8")), f"drills/{path.name}", cautions=cautions,
            evidence_types=cat.texts.safety.evidence_types, expected_slug=path.stem,
        )  # fmt: skip
        assert drill == cat.drill(path.stem)


def test_drill_rules_hold(cat: Catalogue) -> None:
    for drill in cat.drills.values():
        assert len(drill.cues) >= 3 and all(len(c) < 80 for c in drill.cues)
        assert drill.stop_rule == "standard" and cat.stop_rule_text(drill)
        assert drill.default_seconds == timed_seconds(drill.dose, drill.sides)
        if drill.sided:  # both sides timed
            assert drill.default_seconds >= 2 * drill.dose.work_seconds
        assert all(cat.caution_texts(drill))
        assert drill.evidence in cat.texts.safety.evidence_types


def test_routine_totals_and_references(cat: Catalogue) -> None:
    for routine in cat.routines.values():
        summed = sum(s.seconds + s.rest_after_seconds for s in routine.steps)
        assert abs(routine.total_seconds - summed) <= 5
        assert routine.steps[-1].rest_after_seconds == 0
        for step in routine.steps:
            assert step.drill in cat.drills
            assert step.seconds == timed_seconds(step.dose, cat.drill(step.drill).sides)


def test_dose_override_is_retimed(cat: Catalogue) -> None:
    step = cat.routine("starter_5").steps[3]  # glute_bridge with {sets: 1, reps: 6}
    assert step.drill == "glute_bridge" and dict(step.overrides) == {"sets": 1, "reps": 6}
    assert (step.dose.sets, step.dose.reps, step.dose.rep_seconds) == (1, 6, 6)
    assert step.dose.tempo == cat.drill("glute_bridge").dose.tempo
    assert step.seconds == 50  # 6 × 6 = 36 + 10 get-ready → 50


def test_texts_blocks(cat: Catalogue) -> None:
    texts = cat.texts
    assert texts.safety.stop_rule.startswith("Stop now if pain spreads down a leg")
    assert set(texts.safety.cautions) >= {"hip_replacement_6m", "balance", "dizziness"}
    assert texts.palette.light.accent == "#21867A" and texts.palette.dark.background == "#1C2226"
    assert len(texts.block("breaks")["messages"]) == 10
    assert len(texts.block("red_flags")["emergency_now"]["items"]) == 6
    assert texts.block("journal_measures")["pain_back"]["anchors"]["10"] == "worst pain imaginable"
    assert texts.block("onboarding_screen")["answers"]["often"] == 2
    assert texts.block("plan_6_weeks")["week_1"]["daily"] == ("starter_5",)


def test_core_package_does_not_import_qt() -> None:
    code = (
        "import sys; from hipdesk.core.catalogue import load_catalogue; load_catalogue(); "
        "assert not [m for m in sys.modules if m.startswith('PySide6')]"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# --- keyframes and the delta rule -------------------------------------------------------


def test_every_keyframe_is_complete(cat: Catalogue) -> None:
    for drill in cat.drills.values():
        for kf in (*drill.keyframes, *drill.keyframes_front):
            keys = SIDE_KEYS if kf.view == "side" else FRONT_KEYS
            assert set(kf.angles) == set(keys), drill.slug
            assert kf.ground and kf.desc


def test_delta_rule_inherits_unchanged_keys(cat: Catalogue) -> None:
    first, second = cat.drill("glute_bridge").keyframes
    assert second["trunk"] == -115 and second["hip_l"] == 0  # given
    assert second["elbow"] == first["elbow"] == 0  # inherited
    assert second["spine"] == 0  # optional key, default
    breathing = cat.drill("crook_breathing").keyframes
    assert (breathing[0].breath, breathing[1].breath) == ("in", "out")
    assert breathing[1].angles == breathing[0].angles
    assert breathing[1].ground == breathing[0].ground
    # later keyframes inherit from the previous one, not the first
    sit = cat.drill("sit_to_stand").keyframes
    assert sit[2]["elbow"] == 100 and [str(c) for c in sit[1].ground] == ["buttocks@chair", "feet"]
    assert [str(c) for c in sit[2].ground] == ["feet"]
    kneel = cat.drill("half_kneel_hip_flexor").keyframes
    assert (kneel[0]["spine"], kneel[1]["spine"]) == (0, 5)


def test_front_keyframes_take_hip_and_trunk_from_side(cat: Catalogue) -> None:
    drill = cat.drill("seated_hip_rotation")
    front = drill.keyframes_front
    assert front[0]["hip_l"] == drill.keyframes[0]["hip_l"] == 90
    assert front[0]["trunk"] == 0 and front[0]["arm_l"] == 0
    assert front[2]["rot_l"] == -30 and front[2]["knee_l"] == 90
    assert drill.default_view == "front"
    assert cat.drill("hip_cars_standing").keyframes_front[0]["hip_l"] == 90  # given in front


def test_side_lying_drills_use_front_view(cat: Catalogue) -> None:
    for slug in ("side_plank_knees", "clamshell"):
        drill = cat.drill(slug)
        assert drill.keyframes[0].view == "front" and not drill.keyframes_front
        assert drill.default_view == "front" and drill.keyframes_for("front") == drill.keyframes
        assert drill.keyframes_for("side") == ()
    head = cat.drill("clamshell").keyframes[0].ground[1]
    assert (head.part, head.on) == ("head", "arm_r")


def test_contacts_and_mirroring(cat: Catalogue) -> None:
    kf = cat.drill("hip_cars_standing").keyframes[0]
    grip = kf.ground[1]
    assert (grip.part, grip.on, grip.base, grip.side) == ("hand_r", "chair", "hand", "r")
    mirrored = kf.mirrored()
    assert mirrored["hip_r"] == kf["hip_l"] and mirrored["shoulder_l"] == kf["shoulder_r"]
    assert [str(c) for c in mirrored.ground] == ["foot_l", "hand_l@chair"]


def test_only_the_90_90_and_seated_figure4_widen_the_rotation_limit(cat: Catalogue) -> None:
    drill = cat.drill("ninety_ninety_switch")
    assert drill.joint_limits["rot"] == (-90, 90) and drill.joint_limits_reason
    assert drill.keyframes_front[1]["rot_l"] == -90
    figure4 = cat.drill("seated_figure4")
    assert figure4.joint_limits["rot"] == (-75, 45) and "knee" in figure4.joint_limits_reason
    assert min(k["rot_l"] for k in figure4.keyframes_front) == -75
    others = [d.slug for d in cat.drills.values() if d.joint_limits]
    assert others == ["ninety_ninety_switch", "seated_figure4"]


def test_arm_conventions_follow_the_brief(cat: Catalogue) -> None:
    """Brief 11 and the drills' own text: arms crossed, a hand on the belly, hands on hips,
    hands under the low back."""
    expected = {
        "sit_to_stand": "crossed",
        "hip_hinge_wall": "crossed",
        "crook_breathing": "hand_on_belly",
        "standing_pelvic_circles": "hands_on_hips",
        "half_kneel_hip_flexor": "hands_on_hips",
        "mcgill_curl_up": "hands_under_back",
    }
    for drill in cat.drills.values():
        frames = (*drill.keyframes, *drill.keyframes_front)
        want = expected.get(drill.slug, "free")
        assert {k.arms for k in frames} == {want}, drill.slug  # delta rule: inherited
        assert {k.arms for k in drill.keyframes_for("front")} <= {want}
    # The front list takes the arms of the first side keyframe, like hip and trunk.
    assert cat.drill("standing_pelvic_circles").keyframes_front[0].arms == "hands_on_hips"
    assert cat.drill("sit_to_stand").keyframes[0].mirrored().arms == "crossed"


def test_pelvis_arrows_and_key_poses(cat: Catalogue) -> None:
    arrows = {d.slug: d.arrow for d in cat.drills.values() if d.arrow != "limb"}
    assert arrows == {
        "pelvic_tilt": "pelvis_tilt",
        "standing_pelvic_circles": "pelvis_circle",
        "side_plank_knees": "hips",
    }
    poses = {d.slug: d.key_pose for d in cat.drills.values() if d.key_pose is not None}
    assert poses == {"prone_hip_rotation": 0, "mcgill_curl_up": 1}
    into = {d.slug for d in cat.drills.values() if d.key_arrow == "into"}
    assert into == {"mcgill_curl_up", "clamshell", "supine_figure4", "side_plank_knees"}


def test_ankle_on_knee_contacts(cat: Catalogue) -> None:
    for slug in ("seated_figure4", "supine_figure4"):
        crossed = [c for c in cat.drill(slug).keyframes_front[1].ground if c.on == "knee_r"]
        assert [(c.part, c.base, c.side) for c in crossed] == [("foot_l", "foot", "l")]
        assert str(crossed[0].mirrored()) == "foot_r@knee_l"


# --- broken data ------------------------------------------------------------------------


def expect_error(root: Path, pattern: str) -> None:
    with pytest.raises(CatalogueError, match=pattern):
        load_catalogue_from(root)


def test_missing_field_names_file_and_field(data_copy: Path) -> None:
    edit(data_copy / "drills" / "glute_bridge.json", lambda d: d.pop("alt_text"))
    expect_error(data_copy, r"^drills/glute_bridge\.json: alt_text: required field is missing$")


def test_bad_reps(data_copy: Path) -> None:
    edit(data_copy / "drills" / "glute_bridge.json", lambda d: d["dose"].update(reps=0))
    expect_error(data_copy, r"^drills/glute_bridge\.json: dose\.reps: must be a positive integer")


def test_unknown_drill_in_routine(data_copy: Path) -> None:
    edit(data_copy / "routines" / "starter_5.json", lambda r: r["steps"][1].update(drill="nope"))
    expect_error(data_copy, r"^routines/starter_5\.json: steps\[1\]\.drill: unknown drill 'nope'")


def test_angle_out_of_range(data_copy: Path) -> None:
    edit(data_copy / "drills" / "dead_bug.json", lambda d: d["keyframes"][1].update(knee_l=170))
    expect_error(data_copy, r"^drills/dead_bug\.json: keyframes\[1\]\.knee_l: 170 is outside")


def test_front_angle_out_of_range(data_copy: Path) -> None:
    edit(data_copy / "drills" / "supine_butterfly.json",
         lambda d: d["keyframes_front"][1].update(rot_l=-70))  # fmt: skip
    expect_error(data_copy, r"supine_butterfly\.json: keyframes_front\[1\]\.rot_l: -70 is outside")


def test_bad_total(data_copy: Path) -> None:
    edit(data_copy / "routines" / "bedtime_8.json", lambda r: r.update(total_seconds=490))
    expect_error(data_copy, r"^routines/bedtime_8\.json: total_seconds: declared 490 but .* 480$")


def test_total_within_five_seconds_is_accepted(data_copy: Path) -> None:
    edit(data_copy / "routines" / "bedtime_8.json", lambda r: r.update(total_seconds=485))
    assert load_catalogue_from(data_copy).routine("bedtime_8").total_seconds == 485


def test_step_seconds_must_follow_the_timing_rule(data_copy: Path) -> None:
    edit(data_copy / "routines" / "desk_break.json", lambda r: r["steps"][0].update(seconds=55))
    expect_error(data_copy, r"desk_break\.json: steps\[0\]\.seconds: is 55 but .* gives 60")


def test_per_side_drill_must_be_timed_for_both_sides(data_copy: Path) -> None:
    edit(data_copy / "drills" / "clamshell.json", lambda d: d.update(default_seconds=45))
    expect_error(data_copy, r"clamshell\.json: default_seconds: is 45 .*both sides must be timed")


def test_bad_json_and_slug_mismatch(data_copy: Path) -> None:
    (data_copy / "drills" / "bird_dog.json").write_text("{", encoding="utf-8")
    expect_error(data_copy, r"^drills/bird_dog\.json: invalid JSON at line 1")
    edit(data_copy / "drills" / "pelvic_tilt.json", lambda d: d.update(slug="tilt"))
    (data_copy / "drills" / "bird_dog.json").unlink()
    expect_error(data_copy, r"pelvic_tilt\.json: slug: 'tilt' does not match the file name")


def test_unknown_caution_and_texts_reference(data_copy: Path) -> None:
    edit(data_copy / "drills" / "clamshell.json", lambda d: d["cautions"].append("nope"))
    expect_error(data_copy, r"^drills/clamshell\.json: cautions\[1\]: unknown value 'nope'")


def test_plan_must_name_known_routines(data_copy: Path) -> None:
    edit(data_copy / "texts.json", lambda t: t["plan_6_weeks"]["week_1"].update(daily=["x"]))
    expect_error(data_copy, r"^texts\.json: plan_6_weeks\.week_1\.daily: unknown name 'x'")


@pytest.mark.parametrize(
    ("change", "pattern"),
    [
        (
            lambda d: d["cues"].__delitem__(slice(1, None)),
            r"^t\.json: cues: needs at least 3 entries, has 1$",
        ),
        (lambda d: d["cues"].__setitem__(0, "x" * 80), r"^t\.json: cues\[0\]: is 80 characters"),
        (lambda d: d.update(stop_rule="none"), r"^t\.json: stop_rule: unknown value 'none'"),
        (lambda d: d.update(group="yoga"), r"^t\.json: group: unknown value 'yoga'"),
        (lambda d: d.update(position="upside_down"), r"^t\.json: position: unknown value"),
        (lambda d: d.update(props=["sofa"]), r"^t\.json: props\[0\]: unknown value 'sofa'"),
        (lambda d: d["keyframes"][0].pop("elbow"), r"keyframes\[0\]\.elbow: required in the first"),
        (
            lambda d: d["keyframes"][1].update(abd_l=3),
            r"keyframes\[1\]\.abd_l: not a side-view key",
        ),
        (
            lambda d: d["keyframes"][0].update(ground=["wings"]),
            r"ground\[0\]: unknown contact part",
        ),
        (lambda d: d["keyframes"][1].update(ground=["hands@table"]), r"not in the drill's props"),
        (lambda d: d["dose"].update(type="jumps"), r"^t\.json: dose\.type: unknown value 'jumps'"),
        (lambda d: d.update(extra=1), r"^t\.json: extra: unknown field$"),
        (
            lambda d: d["keyframes"][0].update(arms="folded"),
            r"^t\.json: keyframes\[0\]\.arms: unknown value 'folded'; expected one of "
            r"\['crossed', 'free', 'hand_on_belly', 'hands_on_hips', 'hands_under_back'\]$",
        ),
        (
            lambda d: d["keyframes"][0].update(arms="crossed"),  # bird dog rests on its hands
            r"^t\.json: keyframes\[0\]\.arms: 'crossed' places the hands on the body, but "
            r"ground rests on 'hands'$",
        ),
        (  # the ground inherited from keyframe 0 (delta rule) counts too
            lambda d: (d["keyframes"][1].pop("ground"), d["keyframes"][1].update(arms="crossed")),
            r"^t\.json: keyframes\[1\]\.arms: 'crossed' .* ground rests on 'hands'$",
        ),
        (lambda d: d.update(arrow="spiral"), r"^t\.json: arrow: unknown value 'spiral'"),
        (lambda d: d.update(key_pose=2), r"^t\.json: key_pose: is 2 but the side view has 2 "),
        (lambda d: d.update(key_pose=-1), r"^t\.json: key_pose: must be an integer >= 0$"),
        (lambda d: d.update(key_arrow="out"), r"^t\.json: key_arrow: unknown value 'out'"),
        (
            lambda d: d["keyframes"][1].update(ground=["knee_r", "foot_l@knee_l"]),
            r"keyframes\[1\]\.ground\[1\]: 'foot_l' cannot rest on its own leg",
        ),
        (
            lambda d: d["keyframes"][1].update(ground=["knee_r", "hand_l@knee_r"]),
            r"keyframes\[1\]\.ground\[1\]: only foot may rest on 'knee_r'$",
        ),
    ],
)
def test_single_drill_dict_errors(change: Callable[[dict[str, Any]], Any], pattern: str) -> None:
    data = drill_data("bird_dog")
    change(data)
    with pytest.raises(CatalogueError, match=pattern):
        parse_drill(data, "t.json")


def test_joint_limit_override_needs_a_reason_and_may_only_widen() -> None:
    data = drill_data("ninety_ninety_switch")
    data["joint_limits"].pop("reason")
    with pytest.raises(CatalogueError, match=r"joint_limits\.reason: must be a non-empty"):
        parse_drill(data, "t.json")
    data = drill_data("ninety_ninety_switch")
    data["joint_limits"]["rot"] = [-10, 10]
    with pytest.raises(CatalogueError, match=r"joint_limits\.rot: may only widen"):
        parse_drill(data, "t.json")


# --- user-facing text matches the brief -------------------------------------------------

# Documented fixes (see the report): data fields changed on purpose, not text.
DOCUMENTED_FIXES = {
    ("childs_pose", "props"),
    ("side_plank_knees", "keyframes"),
    ("ninety_ninety_switch", "keyframes_front"),
}
SCALARS = ("name", "easier", "harder", "alt_text")
LISTS = ("cues", "common_mistakes")


def _unquote(text: str) -> str:
    text = text.strip()
    return text[1:-1] if len(text) > 1 and text[0] == text[-1] == '"' else text


def _brief_blocks(brief: str) -> dict[str, str]:
    blocks = re.findall(r"```yaml\n(.*?)```", brief, re.S)
    return {m.group(1): b for b in blocks if (m := re.search(r"^slug: (\S+)$", b, re.M))}


def _norm(text: str) -> str:
    return " ".join(text.replace("*", "").split())


def _strings(value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            if not key.startswith("_"):
                yield from _strings(item, f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _strings(item, f"{path}[{i}]")
    elif isinstance(value, str) and " " in value:
        yield path, value


@pytest.mark.skipif(not BRIEF.is_file(), reason=f"content brief not found at {BRIEF}")
def test_user_facing_text_matches_the_brief() -> None:
    """Reads ../shared/design/content-brief.md (skipped when it is absent)."""
    brief = BRIEF.read_text(encoding="utf-8")
    blocks = _brief_blocks(brief)
    for folder in ("drills", "routines"):
        for path in sorted((PACKAGE / folder).glob("*.json")):
            data = json.loads(path.read_text("utf-8"))
            block = blocks[path.stem]
            for key in (*SCALARS, *LISTS, "purpose", "when_to_offer"):
                if key not in data:
                    continue
                if key in LISTS:
                    m = re.search(rf"^{key}:\n((?:  - .*\n)+)", block, re.M)
                    assert m, (path.stem, key)
                    expected = [_unquote(line[4:]) for line in m.group(1).splitlines()]
                else:
                    m = re.search(rf"^{key}: (.*)$", block, re.M)
                    assert m, (path.stem, key)
                    expected = _unquote(m.group(1))  # type: ignore[assignment]
                assert data[key] == expected, (path.stem, key)
            for kname in ("keyframes", "keyframes_front"):
                for kf in data.get(kname, []):
                    assert f'desc: "{kf["desc"]}"' in block, (path.stem, kname)
            for key in ("props", "dose", "sides", "group", "position", "total_seconds"):
                if key in data and (path.stem, key) not in DOCUMENTED_FIXES:
                    assert re.search(rf"^{key}: ", block, re.M), (path.stem, key)
    texts = json.loads((PACKAGE / "texts.json").read_text("utf-8"))
    flat = _norm(brief)
    for where, text in _strings(texts):
        assert _norm(text) in flat, f"texts.json{where}: {text!r} is not in the brief"


def test_records_are_hashable(cat: Catalogue) -> None:
    """Renderers may cache per drill or keyframe."""
    assert len({cat.drill(s) for s in cat.drills}) == 31
    assert hash(cat.drill("clamshell").keyframes[0]) == hash(cat.drill("clamshell").keyframes[0])
    assert hash(cat.routine("starter_5")) and hash(cat)
