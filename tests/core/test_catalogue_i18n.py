"""Catalogue translations (hipdesk/core/catalogue/i18n/*.json) and the mechanism applying them.

German (``de``) must be complete: every user-facing text of the English catalogue has a
non-empty translation, no stale keys, cues stay short, placeholders and numbers survive, the
promise-language rule of tests/test_safety_language.py holds (plus German promise words), and
the translated catalogue validates like the English one.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import re
import shutil
from collections.abc import Iterator, Mapping
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from hipdesk.core.catalogue import (
    Catalogue,
    available_languages,
    catalogue_language,
    load_catalogue,
    load_catalogue_from,
    load_source_catalogue,
    missing_translations,
    set_catalogue_language,
)
from hipdesk.core.catalogue import validate as catalogue_validate
from hipdesk.core.catalogue.translate import (
    load_translations,
    normalize_language,
    source_texts,
    stale_translations,
    translate_catalogue,
    translate_raw_texts,
)

PACKAGE = Path(str(resources.files("hipdesk.core.catalogue")))
DE_FILE = PACKAGE / "i18n" / "de.json"
MAX_GERMAN_CUE = 90
DRILL_TEXTS = ("name", "easier", "harder", "alt_text")
DRILL_LISTS = ("cues", "common_mistakes")
ROUTINE_TEXTS = ("name", "purpose", "when_to_offer")


def _safety_rule() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "test_safety_language.py"
    spec = importlib.util.spec_from_file_location("_safety_language_rule", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SAFETY = _safety_rule()


@pytest.fixture(scope="module")
def en() -> Catalogue:
    return load_catalogue("en")


@pytest.fixture(scope="module")
def de() -> Catalogue:
    return load_catalogue("de")


@pytest.fixture(scope="module")
def table() -> dict[str, str]:
    data: dict[str, str] = json.loads(DE_FILE.read_text(encoding="utf-8"))
    return data


# --- completeness ---------------------------------------------------------------------------


def _english_keys(cat: Catalogue) -> Iterator[tuple[str, str]]:
    """Walk the English records' text fields directly (independent of source_texts)."""
    for slug, d in cat.drills.items():
        for name in DRILL_TEXTS:
            yield f"drills.{slug}.{name}", getattr(d, name)
        for name in DRILL_LISTS:
            for i, text in enumerate(getattr(d, name)):
                yield f"drills.{slug}.{name}[{i}]", text
    for slug, r in cat.routines.items():
        for name in ROUTINE_TEXTS:
            yield f"routines.{slug}.{name}", getattr(r, name)
    yield "texts.safety_text.stop_rule", cat.texts.safety.stop_rule
    yield "texts.safety_text.general_note", cat.texts.safety.general_note
    for cid, text in cat.texts.safety.cautions.items():
        yield f"texts.safety_text.cautions.{cid}", text
    flags = cat.texts.block("red_flags")
    for tier in ("emergency_now", "see_clinician_soon"):
        yield f"texts.red_flags.{tier}.heading", flags[tier]["heading"]
        yield f"texts.red_flags.{tier}.action", flags[tier]["action"]
        for item in flags[tier]["items"]:
            yield f"texts.red_flags.{tier}.items.{item['id']}.text", item["text"]
    yield "texts.red_flags.footer", flags["footer"]
    screen = cat.texts.block("onboarding_screen")
    for block in ("questions", "extra_questions"):
        for q in screen[block]:
            yield f"texts.onboarding_screen.{block}.{q['id']}.text", q["text"]
    screens = cat.texts.block("screens")
    for name in ("flare_day", "trend_band_label", "psfs_question", "psfs_attribution"):
        yield f"texts.screens.{name}", screens[name]
    for i, text in enumerate(screens["psfs_examples"]):
        yield f"texts.screens.psfs_examples[{i}]", text
    for i, text in enumerate(cat.texts.block("breaks")["messages"]):
        yield f"texts.breaks.messages[{i}]", text


def test_german_covers_every_user_facing_field(en: Catalogue, table: dict[str, str]) -> None:
    walked = dict(_english_keys(en))
    assert len(walked) > 300
    assert set(walked) <= set(source_texts(en)), "source_texts misses a user-facing field"
    missing = [key for key in source_texts(en) if not table.get(key, "").strip()]
    assert missing == []
    assert missing_translations("de") == []


def test_no_stale_keys_in_german(en: Catalogue, table: dict[str, str]) -> None:
    assert sorted(set(table) - set(source_texts(en))) == []
    assert stale_translations("de") == []


IDENTIFIER = re.compile(r"^([a-z0-9_]+|#[0-9A-Fa-f]{6})$")
#: texts.json fields that are developer notes or rules, never shown (brief: "everything else is
#: data"). A new user-facing field must go into translate.TEXT_FIELDS instead.
DATA_NOTES = (
    "safety_text.usual_definition", "safety_text.evidence_types.", "plan_6_weeks.",
    "journal_measures.when_asked", "onboarding_screen.extra_questions.",
    "onboarding_screen.scoring.", "onboarding_screen.effects.rise_stiff_2", "red_flags.shown.",
    "breaks.break_routine_by_length.", "breaks.escalation", "swaps.", "screens._source",
)  # fmt: skip


def _leaves(value: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[str, Any]]:
    if isinstance(value, Mapping):
        for k, v in value.items():
            yield from _leaves(v, (*path, k))
    elif isinstance(value, tuple | list):
        for i, v in enumerate(value):
            yield from _leaves(v, (*path, i))
    elif isinstance(value, str):
        yield ".".join(map(str, path)), value


def test_every_texts_string_is_translated_or_data(en: Catalogue, de: Catalogue) -> None:
    english, german = dict(_leaves(en.texts.raw)), dict(_leaves(de.texts.raw))
    assert english.keys() == german.keys()
    untranslated = [p for p, text in english.items() if german[p] == text]
    unexplained = [
        p for p in untranslated if not IDENTIFIER.match(english[p]) and not p.startswith(DATA_NOTES)
    ]
    assert unexplained == []


# --- the German texts -----------------------------------------------------------------------


def test_german_cues_are_short(table: dict[str, str]) -> None:
    long = {k: len(v) for k, v in table.items() if ".cues[" in k and len(v) > MAX_GERMAN_CUE}
    assert long == {}


def test_texts_are_trimmed_and_single_line(table: dict[str, str]) -> None:
    bad = [k for k, v in table.items() if v != v.strip() or "\n" in v or "  " in v]
    assert bad == []


PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\w")


def test_placeholders_and_numbers_are_preserved(en: Catalogue, table: dict[str, str]) -> None:
    """{minutes}-style placeholders must survive; so must every number (doses, safety)."""
    for key, english in source_texts(en).items():
        german = table[key]
        assert sorted(PLACEHOLDER.findall(german)) == sorted(PLACEHOLDER.findall(english)), key
        assert sorted(re.findall(r"\d+", german)) == sorted(re.findall(r"\d+", english)), key


def test_quoted_messages_keep_their_instruction(de: Catalogue) -> None:
    """For fields holding an instruction plus a quoted message, only the message changes."""
    extra = {q["id"]: q for q in de.texts.block("onboarding_screen")["extra_questions"]}
    effect = extra["morning_long"]["effect"]
    assert effect.startswith("if yes: show '") and "Steifheit" in effect
    snooze = de.texts.block("breaks")["after_max_snoozes"]
    assert snooze == "Offer Start or Skip only; text: 'Kein Problem, wir melden uns später wieder.'"


GERMAN_ALWAYS = re.compile(
    r"\b(heil(t|en|end|ende|ung|ungen)|geheilt|garantier(t|te|en)|garantie|kurier(t|te|en)"
    r"|auskurier\w*)\b|\d+\s*(%|prozent)\s*weniger\s+schmerz",
    re.IGNORECASE,
)
GERMAN_TREAT = re.compile(r"\b(behandel(t|n|e|st|te|ten)|behandlung(en)?)\b", re.IGNORECASE)
GERMAN_NEGATION = r"\b(nicht|nie|niemals|kein|keine|keinen|keiner|keinem|keines|nichts|weder)\b"
_NEG_BEFORE = re.compile(GERMAN_NEGATION + r"(\W+\w+){0,5}\W+$", re.IGNORECASE)
_NEG_AFTER = re.compile(r"^(\W+\w+){0,2}?\W+" + GERMAN_NEGATION, re.IGNORECASE)


def german_problems(text: str) -> list[str]:
    """The English rule plus German promise words. "behandelt" and friends need a denial in the
    same sentence: a negation up to five words before (as in English) or, because German puts
    it after the verb ("Die App behandelt nicht"), up to three words after."""
    found = list(SAFETY.problems(text)) + [m.group(0) for m in GERMAN_ALWAYS.finditer(text)]
    for m in GERMAN_TREAT.finditer(text):
        before = re.split(r"[.!?;:]\s", text[: m.start()])[-1]
        after = re.split(r"[.!?;:](\s|$)", text[m.end() :])[0]
        if not (_NEG_BEFORE.search(before) or _NEG_AFTER.search(after)):
            found.append(m.group(0))
    return found


def test_no_promise_language_in_german(table: dict[str, str]) -> None:
    hits = [f"{k}: {found}" for k, v in table.items() for found in german_problems(v)]
    assert hits == []


@pytest.mark.parametrize(
    "text",
    [
        "Diese Übung heilt deinen Rücken.",
        "Die Heilung beginnt hier.",
        "Garantiert schmerzfrei in zwei Wochen.",
        "Rückenschmerzen endlich kuriert!",
        "Nutzer berichten von 30 % weniger Schmerzen.",
        "Diese Routine behandelt Ischias.",
        "Keine Sorge? Dann behandelt dich diese Übung.",
    ],
)
def test_german_rule_catches_promises(text: str) -> None:
    assert german_problems(text)


@pytest.mark.parametrize(
    "text",
    [
        "Diese App kann nichts diagnostizieren oder behandeln.",
        "hipdesk behandelt nicht und stellt keine Diagnosen.",
        "Das ist keine Behandlung, sondern ein Wohlfühlprogramm.",
        "Heilbronn, Geheimnis, Kurve, Garten",
    ],
)
def test_german_rule_allows_denials_and_lookalikes(text: str) -> None:
    assert german_problems(text) == []


# --- the mechanism --------------------------------------------------------------------------


def _translated_tree(root: Path, table: Mapping[str, str]) -> None:
    """Write the catalogue's JSON files with the table's texts filled in."""
    shutil.copytree(PACKAGE / "drills", root / "drills")
    shutil.copytree(PACKAGE / "routines", root / "routines")
    for kind, fields in (("drills", DRILL_TEXTS + DRILL_LISTS), ("routines", ROUTINE_TEXTS)):
        for path in (root / kind).glob("*.json"):
            data = json.loads(path.read_text(encoding="utf-8"))
            for name in fields:
                key = f"{kind}.{data['slug']}.{name}"
                if isinstance(data[name], list):
                    data[name] = [table[f"{key}[{i}]"] for i in range(len(data[name]))]
                else:
                    data[name] = table[key]
            path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    texts = json.loads((PACKAGE / "texts.json").read_text(encoding="utf-8"))
    translated = translate_raw_texts(texts, table)
    (root / "texts.json").write_text(json.dumps(translated, ensure_ascii=False), encoding="utf-8")


def test_german_catalogue_validates_like_english(
    tmp_path: Path, table: dict[str, str], de: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The German texts pass the English validator (cues allowed up to 90 characters), and the
    validated result is exactly what load_catalogue("de") returns."""
    monkeypatch.setattr(catalogue_validate, "MAX_CUE_CHARS", MAX_GERMAN_CUE + 1)
    _translated_tree(tmp_path, table)
    validated = load_catalogue_from(tmp_path)
    assert dict(validated.drills) == dict(de.drills)
    assert dict(validated.routines) == dict(de.routines)
    assert validated.texts == de.texts
    assert list(validated.drills) == list(de.drills)


def test_only_texts_change(en: Catalogue, de: Catalogue) -> None:
    assert list(de.drills) == list(en.drills) and list(de.routines) == list(en.routines)
    for slug, d in de.drills.items():
        e = en.drills[slug]
        assert d.name != e.name and d.cues != e.cues, slug
        assert len(d.cues) == len(e.cues) and len(d.common_mistakes) == len(e.common_mistakes)
        back = {n: getattr(e, n) for n in DRILL_TEXTS + DRILL_LISTS}
        assert dataclasses.replace(d, **back) == e
    for slug, r in de.routines.items():
        back = {n: getattr(en.routines[slug], n) for n in ROUTINE_TEXTS}
        assert dataclasses.replace(r, **back) == en.routines[slug]
    assert de.texts.palette == en.texts.palette
    assert de.texts.safety.evidence_types == en.texts.safety.evidence_types
    assert de.texts.safety.usual_definition == en.texts.safety.usual_definition
    assert de.texts.safety.cautions.keys() == en.texts.safety.cautions.keys()
    assert de.stop_rule_text(de.drill("glute_bridge")).startswith("Hör sofort auf")
    assert de.texts.raw["safety_text"]["stop_rule"] == de.texts.safety.stop_rule


def test_languages_are_normalized_and_cached(en: Catalogue, de: Catalogue) -> None:
    assert "de" in available_languages() and available_languages()[0] == "en"
    assert normalize_language("de_DE.UTF-8") == "de" and normalize_language("de-AT") == "de"
    assert normalize_language(None) == normalize_language("C") == "en"
    assert load_catalogue("de_DE") is de and load_catalogue("DE") is de
    assert load_catalogue("xx") is en and load_catalogue("") is en
    assert load_catalogue() is en and load_catalogue() is load_catalogue()
    assert load_catalogue("en") is load_source_catalogue()


def test_default_language_for_the_no_argument_call(en: Catalogue, de: Catalogue) -> None:
    before = catalogue_language()
    try:
        assert set_catalogue_language("de_CH") == "de"
        assert load_catalogue() is de
        assert set_catalogue_language("fr") == "en"
        assert load_catalogue() is en
    finally:
        set_catalogue_language(before)
    assert catalogue_language() == before


def test_missing_keys_fall_back_to_english(en: Catalogue) -> None:
    table = {"drills.dead_bug.name": "Toter Käfer", "drills.dead_bug.cues[1]": "  "}
    cat = translate_catalogue(en, table)
    assert cat.drill("dead_bug").name == "Toter Käfer"
    assert cat.drill("dead_bug").cues == en.drill("dead_bug").cues  # blank → English
    assert cat.drill("glute_bridge") == en.drill("glute_bridge")
    assert cat.texts.safety.stop_rule == en.texts.safety.stop_rule
    assert translate_catalogue(en, {}) is en
    assert missing_translations("en") == []
    assert len(missing_translations("xx")) == len(source_texts(en))
    assert load_translations("xx") == {}
