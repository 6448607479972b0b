"""Typed settings: defaults, validation, persistence."""

from __future__ import annotations

import pytest

from hipdesk.store.journal import Journal
from hipdesk.store.settings import SPECS, SettingError, Settings, parse_text, validate


def test_defaults(journal: Journal) -> None:
    s = Settings(journal)
    values = dict(s.items())
    assert values["breaks.threshold_minutes"] == 30
    assert values["breaks.break_minutes"] == 2
    assert values["breaks.snooze_minutes"] == 10
    assert values["player.get_ready_seconds"] == 5
    assert values["ui.theme"] == "system"
    assert values["work_hours"]["mon"] == ["09:00-17:30"] and values["work_hours"]["sun"] == []
    assert set(values) == set(SPECS)
    for key, spec in SPECS.items():
        assert validate(key, spec.default) == spec.default


def test_set_get_persists(journal: Journal) -> None:
    s = Settings(journal)
    assert s.set("breaks.threshold_minutes", 45) == 45
    s.set("ui.theme", "dark")
    s.set("work_hours", {"mon": ["08:00-12:00", "13:00-17:00"]})
    again = Settings(journal)
    assert again.get("breaks.threshold_minutes") == 45
    assert again.get("work_hours")["mon"] == ["08:00-12:00", "13:00-17:00"]
    assert again.get("work_hours")["tue"] == []
    again.reset("ui.theme")
    assert again.get("ui.theme") == "system"
    assert again.stored() == {"breaks.threshold_minutes": 45, "work_hours": again.get("work_hours")}


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("breaks.threshold_minutes", 95, "breaks.threshold_minutes: 95 is out of range 20–90"),
        ("breaks.threshold_minutes", "30", "expected a whole number"),
        ("breaks.break_minutes", 4, "4 is out of range 1–3"),
        ("breaks.snooze_minutes", 7, "7 is not one of 5 | 10"),
        ("quiet.dnd", 1, "quiet.dnd: expected true or false"),
        ("ui.theme", "blue", "ui.theme: 'blue' is not one of system | light | dark"),
        ("ui.language", "Deutsch!", "is not 'system' or a language code"),
        ("quiet.meeting_apps", ["zoom", ""], "quiet.meeting_apps[1]: must not be empty"),
        ("work_hours", {"mon": ["17:00-09:00"]}, "work_hours.mon[0]: 17:00-09:00 ends before"),
        ("work_hours", {"mon": ["9-5"]}, "is not a range like"),
        ("work_hours", {"mon": ["09:00-12:00", "11:00-13:00"]}, "overlaps"),
        ("work_hours", {"funday": []}, "work_hours.funday: is not one of mon"),
        ("nope.key", 1, "nope.key: unknown setting"),
    ],
)
def test_invalid_values_are_refused(
    journal: Journal, key: str, value: object, message: str
) -> None:
    s = Settings(journal)
    with pytest.raises(SettingError) as err:
        s.set(key, value)
    assert message in str(err.value)
    assert s.stored() == {}


def test_parse_text_from_the_command_line() -> None:
    assert parse_text("breaks.threshold_minutes", "45") == 45
    assert parse_text("quiet.dnd", "off") is False
    assert parse_text("quiet.dnd", "true") is True
    assert parse_text("ui.theme", "dark") == "dark"
    assert parse_text("quiet.meeting_apps", '["zoom"]') == ["zoom"]
    with pytest.raises(SettingError, match="expected a whole number, got 'abc'"):
        parse_text("breaks.threshold_minutes", "abc")
    with pytest.raises(SettingError, match="unknown setting"):
        parse_text("x", "1")


def test_hand_edited_bad_value_falls_back_to_default(journal: Journal) -> None:
    journal.conn.execute("INSERT INTO settings (key, value) VALUES ('ui.theme', '\"pink\"')")
    journal.conn.execute("INSERT INTO settings (key, value) VALUES ('future.key', '1')")
    journal.conn.commit()
    assert Settings(journal).get("ui.theme") == "system"
