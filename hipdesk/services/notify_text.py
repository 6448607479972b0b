"""Words of the break prompt, shared by the desktop notification and the prompt window.

Kept in one place so every backend says the same thing (ui-style "Words": sentence case, numbers
with units, friendly, no nagging). Pure functions: cheap to test.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hipdesk.core.breaks import Prompt

PREFERRED_SNOOZE = 10  # the design's "Snooze 10 min"; otherwise the longest offered


def minutes_text(seconds: float) -> str:
    minutes = max(1, int(seconds // 60))
    if minutes == 1:
        return QCoreApplication.translate("NotifyText", "1 minute")
    return QCoreApplication.translate("NotifyText", "{minutes} minutes").format(minutes=minutes)


def prompt_title(prompt: Prompt) -> str:
    sat, break_minutes = minutes_text(prompt.sitting_seconds), prompt.break_minutes
    if prompt.escalated:
        return QCoreApplication.translate(
            "NotifyText", "Still sitting after {sitting} — {minutes}-minute hip break?"
        ).format(sitting=sat, minutes=break_minutes)
    return QCoreApplication.translate(
        "NotifyText", "You've been sitting {sitting} — {minutes}-minute hip break?"
    ).format(sitting=sat, minutes=break_minutes)


def prompt_body(prompt: Prompt) -> str:
    if prompt.escalated:
        return QCoreApplication.translate(
            "NotifyText", "A few easy moves at your desk, whenever you're ready."
        )
    return QCoreApplication.translate("NotifyText", "A few easy moves at your desk.")


def snooze_minutes(prompt: Prompt) -> int | None:
    """The snooze length to offer, or None when snoozing is not allowed right now."""
    if not prompt.can_snooze or not prompt.snooze_minutes:
        return None
    if PREFERRED_SNOOZE in prompt.snooze_minutes:
        return PREFERRED_SNOOZE
    return max(prompt.snooze_minutes)


def actions(prompt: Prompt) -> list[tuple[str, str]]:
    """(action key, label) pairs; the key encodes what `parse_action_key` gives back."""
    result = [("start", QCoreApplication.translate("NotifyText", "Start"))]
    snooze = snooze_minutes(prompt)
    if snooze is not None:
        result.append(
            (
                f"snooze:{snooze}",
                QCoreApplication.translate("NotifyText", "Snooze {minutes} min").format(
                    minutes=snooze
                ),
            )
        )
    if prompt.can_skip:
        result.append(("skip", QCoreApplication.translate("NotifyText", "Skip")))
    return result


def parse_action_key(key: str) -> tuple[str, int] | None:
    """("start"|"snooze"|"skip", minutes) for one of our keys; None for anything else."""
    if key in ("start", "skip"):
        return key, 0
    name, _, value = key.partition(":")
    if name == "snooze" and value.isdigit() and int(value) > 0:
        return "snooze", int(value)
    return None
