"""No promise language in anything a user can read (content-brief.md section 1).

Scanned: every string in the catalogue's JSON files, every string literal in hipdesk/ui/*.py
and hipdesk/services/*.py (notification texts; docstrings are skipped: nobody sees them), and
translation files (*.ts) when they exist.

The rule. Banned outright: "cure", "heal", "guarantee" (any form), "N% less pain" or "per cent
less pain", "fix your back". "Treat" (treat/treats/treated/treating/treatment) is banned unless
the sentence denies it: one of not/never/no/nor/cannot/n't comes before it in the same sentence,
at most five words earlier ("It does not diagnose or treat anything" passes; "This treats your
back pain" fails; "Not sure? Treat yourself" fails, because the sentence ended in between).
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "hipdesk"

ALWAYS = re.compile(
    r"\b(cur(e|es|ed|ing)|heal(s|ed|ing|th-?giving)?|guarantee(s|d)?|fix(es|ing)? your back)\b"
    r"|\d+\s*(%|per ?cent)\s*less pain",
    re.IGNORECASE,
)
TREAT = re.compile(r"\btreat(s|ed|ing|ment|ments)?\b", re.IGNORECASE)
NEGATION = re.compile(r"(\b(not|never|no|nor|cannot)\b|n't\b)(\W+\w+){0,5}\W+$", re.IGNORECASE)


def problems(text: str) -> list[str]:
    found = [m.group(0) for m in ALWAYS.finditer(text)]
    for m in TREAT.finditer(text):
        sentence = re.split(r"[.!?;:]\s", text[: m.start()])[-1]
        if not NEGATION.search(sentence):
            found.append(m.group(0))
    return found


def _json_strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _json_strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _json_strings(v)


def _literals(path: Path) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                docstrings.add(id(body[0].value))
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and (id(node) not in docstrings)
        ):
            yield node.value


def user_visible() -> Iterator[tuple[str, str]]:
    for path in sorted((PKG / "core" / "catalogue").rglob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict):  # evidence labels are internal, never shown (brief sec. 1)
            data = {k: v for k, v in data.items() if k != "evidence_types"}
            if isinstance(data.get("safety_text"), dict):
                data["safety_text"] = {
                    k: v for k, v in data["safety_text"].items() if k != "evidence_types"
                }
        for text in _json_strings(data):
            yield str(path.relative_to(PKG.parent)), text
    for folder in ("ui", "services"):
        for path in sorted((PKG / folder).rglob("*.py")):
            if path.name == "rc_resources.py":
                continue
            for text in _literals(path):
                yield str(path.relative_to(PKG.parent)), text
    for path in sorted(PKG.parent.rglob("*.ts")):
        if "node_modules" not in path.parts and ".venv" not in path.parts:
            yield str(path), path.read_text(encoding="utf-8", errors="replace")


def test_no_promise_language_anywhere() -> None:
    hits = [f"{where}: {found} in {text[:80]!r}"
            for where, text in user_visible() for found in problems(text)]  # fmt: skip
    assert hits == []


def test_scan_covers_the_catalogue_and_the_ui() -> None:
    where = {w for w, _t in user_visible()}
    assert "hipdesk/core/catalogue/texts.json" in where
    assert "hipdesk/ui/pain_form.py" in where and "hipdesk/ui/help.py" in where


@pytest.mark.parametrize(
    "text",
    [
        "This app will cure your back.",
        "Stretches that heal the hip",
        "Guaranteed results",
        "Users report 30% less pain",
        "Three moves to fix your back",
        "This treats sciatica.",
        "Not sure what to do? Treat yourself to a walk.",
        "A treatment plan for you",
    ],
)
def test_rule_catches_promises(text: str) -> None:
    assert problems(text)


@pytest.mark.parametrize(
    "text",
    [
        "It does not diagnose or treat anything.",
        "hipdesk never treats or diagnoses.",
        "This is wellness guidance, not treatment.",
        "It can't treat or assess you.",
        "Procurement, secured, healthy, curve, treaty",
    ],
)
def test_rule_allows_denials_and_lookalikes(text: str) -> None:
    assert problems(text) == []
