"""Data-level translation of the catalogue's user-facing texts (pure Python, no Qt).

English is the source: the JSON files of this package. ``i18n/<language>.json`` (one file per
language, e.g. ``i18n/de.json``) maps a stable key to the translated text::

    "drills.glute_bridge.name": "Beckenheben",
    "drills.glute_bridge.cues[0]": "Leg dich auf den Rücken, …",
    "routines.starter_5.purpose": "…",
    "texts.safety_text.stop_rule": "…",
    "texts.red_flags.emergency_now.items.saddle_numbness": "…",
    "texts.breaks.messages[3]": "…"

Keys follow the English data: ``drills.<slug>.<field>`` and ``routines.<slug>.<field>``; list
entries are ``field[i]``; in ``texts.json`` the key is ``texts.`` plus the JSON path, where a
list of objects with an ``id`` uses the id instead of the index. :func:`source_texts` lists
every translatable key with its English text (:data:`TEXT_FIELDS` says which texts.json fields
are user-facing; ids, numbers, tempos and developer notes are data and never translated).

Two texts.json fields are instructions that *contain* a message in single quotes
(``"if yes: show 'Long-lasting …'"``, ``"… text: 'No problem, …'"``): for those the key holds
only the quoted message and the instruction around it stays as it is.

:func:`load_catalogue` returns the same dataclasses with the translated text; a missing or
empty key falls back to English and :func:`missing_translations` reports it.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from importlib import resources
from types import MappingProxyType
from typing import cast

from hipdesk.core.catalogue.loader import freeze, load_source_catalogue
from hipdesk.core.catalogue.model import Catalogue, Drill, JSONValue, Routine, SafetyTexts, Texts
from hipdesk.core.catalogue.validate import CatalogueError

SOURCE_LANGUAGE = "en"
_LANGUAGE_RE = re.compile(r"^[a-z]{2,3}$")
_QUOTED = re.compile(r"(?:show|text:) '(.+)'")

#: The user-facing fields of texts.json as JSON paths. ``*`` is every key of an object (keys
#: starting with ``_`` are notes), ``[]`` every entry of a list (key ``[i]``), ``{}`` every
#: object of a list by its ``id`` (key ``.<id>``). A path ending in ``'…'`` names a field whose
#: quoted message is the translatable part (see the module docstring).
TEXT_FIELDS: tuple[str, ...] = (
    "safety_text.stop_rule",
    "safety_text.general_note",
    "safety_text.cautions.*",
    "journal_measures.*.question",
    "journal_measures.*.anchors.*",
    "onboarding_screen.questions.{}.text",
    "onboarding_screen.extra_questions.{}.text",
    "onboarding_screen.extra_questions.{}.effect'…'",
    "onboarding_screen.effects.*.label",
    "red_flags.*.heading",
    "red_flags.*.action",
    "red_flags.*.items.{}.text",
    "red_flags.footer",
    "breaks.rhythm_30_15.note",
    "breaks.pre_warning_text",
    "breaks.after_max_snoozes'…'",
    "breaks.messages.[]",
    "breaks.seated_prompt_link",
    "screens.flare_day",
    "screens.onboarding_screen_intro",
    "screens.onboarding_hip_focused_wording",
    "screens.trend_band_label",
    "screens.psfs_question",
    "screens.psfs_anchors.*",
    "screens.psfs_examples.[]",
    "screens.psfs_attribution",
)

_DRILL_TEXTS = ("name", "easier", "harder", "alt_text")
_DRILL_LISTS = ("cues", "common_mistakes")
_ROUTINE_TEXTS = ("name", "purpose", "when_to_offer")

Path = tuple[str | int, ...]


# --- languages ------------------------------------------------------------------------------


def normalize_language(language: str | None) -> str:
    """``"de_DE.UTF-8"``, ``"de-AT"``, ``"DE"`` → ``"de"``; ``None``, ``""``, ``"C"`` → ``"en"``."""
    if not language:
        return SOURCE_LANGUAGE
    code = re.split(r"[-_.@]", language.strip().lower(), maxsplit=1)[0]
    return code if _LANGUAGE_RE.match(code) else SOURCE_LANGUAGE


@functools.cache
def available_languages() -> tuple[str, ...]:
    """``"en"`` followed by every language with an ``i18n/<code>.json`` file, sorted."""
    folder = resources.files("hipdesk.core.catalogue") / "i18n"
    codes = sorted(
        n.name.removesuffix(".json")
        for n in (folder.iterdir() if folder.is_dir() else ())
        if n.name.endswith(".json") and _LANGUAGE_RE.match(n.name.removesuffix(".json"))
    )
    return (SOURCE_LANGUAGE, *(c for c in codes if c != SOURCE_LANGUAGE))


_default_language = SOURCE_LANGUAGE


def set_catalogue_language(language: str | None) -> str:
    """Make ``language`` the one :func:`load_catalogue` uses when called without an argument.

    Returns the code actually used: ``"en"`` when there is no catalogue translation for it.
    Call it once in the composition root, before any screen reads the catalogue.
    """
    global _default_language
    code = normalize_language(language)
    _default_language = code if code in available_languages() else SOURCE_LANGUAGE
    return _default_language


def catalogue_language() -> str:
    """The language :func:`load_catalogue` uses without an argument (``"en"`` by default)."""
    return _default_language


@functools.cache
def load_translations(language: str) -> Mapping[str, str]:
    """The key → text table of ``i18n/<language>.json``; empty for English or no file.

    Raises :class:`CatalogueError` when the file is not a JSON object of strings.
    """
    code = normalize_language(language)
    if code == SOURCE_LANGUAGE:
        return MappingProxyType({})
    source = f"i18n/{code}.json"
    node = resources.files("hipdesk.core.catalogue") / "i18n" / f"{code}.json"
    if not node.is_file():
        return MappingProxyType({})
    try:
        data = json.loads(node.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CatalogueError(source, "", f"cannot read: {exc}") from None
    if not isinstance(data, dict):
        raise CatalogueError(source, "", "must be an object of key → text")
    for key, value in data.items():
        if not isinstance(value, str):
            raise CatalogueError(source, key, "must be a string")
    return MappingProxyType(cast(dict[str, str], data))


# --- which texts are translatable -----------------------------------------------------------


def _expand(node: JSONValue, segs: Sequence[str], path: Path, key: str) -> Iterator[
    tuple[str, Path, str]
]:  # fmt: skip
    if not segs:
        if isinstance(node, str):
            yield key, path, node
        return
    seg, rest = segs[0], segs[1:]
    if seg in ("[]", "{}"):
        if isinstance(node, Sequence) and not isinstance(node, str):
            for i, item in enumerate(node):
                if seg == "[]":
                    yield from _expand(item, rest, (*path, i), f"{key}[{i}]")
                elif isinstance(item, Mapping) and isinstance(item.get("id"), str):
                    yield from _expand(item, rest, (*path, i), f"{key}.{item['id']}")
    elif isinstance(node, Mapping):
        names = [k for k in node if not k.startswith("_")] if seg == "*" else [seg]
        for name in names:
            if name in node:
                yield from _expand(node[name], rest, (*path, name), f"{key}.{name}")


def _text_slots(raw: Mapping[str, JSONValue]) -> Iterator[tuple[str, Path, str, bool]]:
    """(key, JSON path, English text, quoted?) for every user-facing field of texts.json."""
    for spec in TEXT_FIELDS:
        quoted = spec.endswith("'…'")
        segs = spec.removesuffix("'…'").split(".")
        for key, path, text in _expand(raw, segs, (), "texts"):
            if not quoted:
                yield key, path, text, False
            elif match := _QUOTED.search(text):
                yield key, path, match.group(1), True


def source_texts(cat: Catalogue) -> dict[str, str]:
    """Every translatable key with its English text, in catalogue order."""
    out: dict[str, str] = {}
    for slug, d in cat.drills.items():
        for name in _DRILL_TEXTS:
            out[f"drills.{slug}.{name}"] = getattr(d, name)
        for name in _DRILL_LISTS:
            for i, text in enumerate(getattr(d, name)):
                out[f"drills.{slug}.{name}[{i}]"] = text
    for slug, r in cat.routines.items():
        for name in _ROUTINE_TEXTS:
            out[f"routines.{slug}.{name}"] = getattr(r, name)
    for key, _path, text, _quoted in _text_slots(cat.texts.raw):
        out[key] = text
    return out


# --- applying a table -----------------------------------------------------------------------


def _lookup(table: Mapping[str, str], key: str, english: str) -> str:
    text = table.get(key, "")
    return text if text.strip() else english


def _drill(d: Drill, table: Mapping[str, str]) -> Drill:
    def tr(name: str, english: str) -> str:
        return _lookup(table, f"drills.{d.slug}.{name}", english)

    def tr_all(name: str, texts: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(tr(f"{name}[{i}]", t) for i, t in enumerate(texts))

    return dataclasses.replace(
        d,
        name=tr("name", d.name),
        easier=tr("easier", d.easier),
        harder=tr("harder", d.harder),
        alt_text=tr("alt_text", d.alt_text),
        cues=tr_all("cues", d.cues),
        common_mistakes=tr_all("common_mistakes", d.common_mistakes),
    )


def _routine(r: Routine, table: Mapping[str, str]) -> Routine:
    def tr(name: str, english: str) -> str:
        return _lookup(table, f"routines.{r.slug}.{name}", english)

    return dataclasses.replace(
        r,
        name=tr("name", r.name),
        purpose=tr("purpose", r.purpose),
        when_to_offer=tr("when_to_offer", r.when_to_offer),
    )


def _thaw(value: JSONValue) -> JSONValue:
    if isinstance(value, Mapping):
        return {k: _thaw(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [_thaw(v) for v in value]
    return value


def translate_raw_texts(raw: Mapping[str, JSONValue], table: Mapping[str, str]) -> JSONValue:
    """A mutable copy of texts.json (as parsed) with the table's texts filled in."""
    out = _thaw(raw)
    for key, path, english, quoted in list(_text_slots(raw)):
        text = _lookup(table, key, english)
        parent = out
        for seg in path[:-1]:
            parent = parent[seg]
        if quoted:
            whole: str = parent[path[-1]]
            match = _QUOTED.search(whole)
            assert match is not None
            text = whole[: match.start(1)] + text + whole[match.end(1) :]
        parent[path[-1]] = text
    return out


def _texts(texts: Texts, table: Mapping[str, str]) -> Texts:
    raw = translate_raw_texts(texts.raw, table)
    s = raw["safety_text"]
    safety = SafetyTexts(
        stop_rule=s["stop_rule"],
        usual_definition=texts.safety.usual_definition,
        general_note=s["general_note"],
        cautions=MappingProxyType(dict(s["cautions"])),
        evidence_types=texts.safety.evidence_types,
    )
    return Texts(safety=safety, palette=texts.palette, raw=freeze(raw))


def translate_catalogue(cat: Catalogue, table: Mapping[str, str]) -> Catalogue:
    """``cat`` with every text the table has; anything else stays English."""
    if not table:
        return cat
    return Catalogue(
        drills=MappingProxyType({s: _drill(d, table) for s, d in cat.drills.items()}),
        routines=MappingProxyType({s: _routine(r, table) for s, r in cat.routines.items()}),
        texts=_texts(cat.texts, table),
    )


# --- public entry points --------------------------------------------------------------------


@functools.cache
def _localized(code: str) -> Catalogue:
    return translate_catalogue(load_source_catalogue(), load_translations(code))


def load_catalogue(language: str | None = None) -> Catalogue:
    """The packaged catalogue in ``language`` (validated once, cached per language).

    ``None`` means :func:`catalogue_language` (English unless :func:`set_catalogue_language`
    was called). Locale names work (``"de_DE"``); a language without a file gives English.
    """
    code = _default_language if language is None else normalize_language(language)
    return _localized(code if code in available_languages() else SOURCE_LANGUAGE)


def missing_translations(language: str) -> list[str]:
    """Keys without a (non-empty) translation in ``language``, in catalogue order."""
    code = normalize_language(language)
    if code == SOURCE_LANGUAGE:
        return []
    table = load_translations(code)
    return [k for k in source_texts(load_source_catalogue()) if not table.get(k, "").strip()]


def stale_translations(language: str) -> list[str]:
    """Keys in ``i18n/<language>.json`` that the English catalogue does not have."""
    known = source_texts(load_source_catalogue())
    return sorted(k for k in load_translations(language) if k not in known)
