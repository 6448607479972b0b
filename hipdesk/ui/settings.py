"""Settings page: breaks, working hours, quiet modes, sound and voice, start-up, appearance,
and the data card (folder and moving it, backups, export/import, reset; ``settings_data.py``).

Every change is validated by the store (``Settings.set``) the moment a field is finished and
takes effect at once: ``setting_changed(key, value)`` tells the composition root, which applies
the theme, autostart and the break policy. A bad value shows an inline message beside its field
and nothing is saved. The store is imported lazily: this page is built before the first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hipdesk import __version__
from hipdesk.ui.hours_editor import HoursEditor, friendly_error
from hipdesk.ui.journal_widgets import (
    InlineMessage,
    JournalLike,
    card,
    journal_source,
    muted,
    store_error_text,
)
from hipdesk.ui.settings_data import Confirm, DataCard, PathChooser
from hipdesk.ui.theme import Colours

if TYPE_CHECKING:
    from hipdesk.store.settings import Settings

# Keys "Reset to defaults" puts back: the user's preferences, not the record of having seen the
# safety page or finished set-up.
PREFERENCE_PREFIXES = ("breaks.", "work_hours", "quiet.", "sound.", "voice.", "autostart", "ui.")


class SettingsBody(QWidget):
    setting_changed = Signal(str, object)
    restore_requested = Signal(object)  # Path of the backup; the lead closes, restores, reopens
    data_folder_moved = Signal(object)  # Path of the copied, verified folder; the lead switches
    journal_imported = Signal(object)  # ImportResult; pages showing entries should refresh

    def __init__(
        self,
        data_dir: Path,
        journal: JournalLike = None,
        *,
        backup_dir: Path | None = None,
        app_version: str = __version__,
        confirm: Confirm | None = None,
        choose_save_path: PathChooser | None = None,
        choose_open_path: PathChooser | None = None,
        choose_csv_folder: PathChooser | None = None,
        choose_move_target: PathChooser | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal_source(journal)
        self._loading = False
        self._loaded = False
        self.messages: dict[str, InlineMessage] = {}
        self._readers: dict[str, Callable[[], Any]] = {}
        self._writers: dict[str, Callable[[Any], None]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        self.not_open = muted(self.tr("Settings appear here once the journal is open."))
        layout.addWidget(self.not_open)

        self.fields = QWidget()
        f = QVBoxLayout(self.fields)
        f.setContentsMargins(0, 0, 0, 0)
        f.setSpacing(16)
        layout.addWidget(self.fields)

        breaks, b = card(self.tr("Breaks"))
        form = QFormLayout()
        b.addLayout(form)
        self.threshold = self._spin(
            form,
            "breaks.threshold_minutes",
            self.tr("Sit before a break"),
            20,
            90,
            self.tr(" min"),
            step=5,
        )
        self.break_minutes = self._combo(
            form,
            "breaks.break_minutes",
            self.tr("Break length"),
            [(1, self.tr("1 min")), (2, self.tr("2 min")), (3, self.tr("3 min"))],
        )
        self.prewarn = self._spin(
            form,
            "breaks.prewarn_seconds",
            self.tr("Warn before a break"),
            0,
            300,
            self.tr(" s"),
            step=15,
        )
        self.snooze = self._combo(
            form,
            "breaks.snooze_minutes",
            self.tr("Snooze for"),
            [(5, self.tr("5 min")), (10, self.tr("10 min"))],
        )
        self.max_snoozes = self._spin(
            form, "breaks.max_snoozes", self.tr("Snoozes in a row"), 0, 5, ""
        )
        self.natural = self._spin(
            form,
            "breaks.natural_break_minutes",
            self.tr("Idle time that counts as a break"),
            1,
            15,
            self.tr(" min"),
        )
        f.addWidget(breaks)

        hours, h = card(self.tr("Working hours"))
        h.addWidget(muted(self.tr("Break prompts appear only inside these hours.")))
        self.hours = HoursEditor()
        h.addWidget(self.hours)
        self._readers["work_hours"] = self.hours.value
        self._writers["work_hours"] = self.hours.set_value
        self.messages["work_hours"] = self.hours.error
        self.hours.edited.connect(lambda: self.commit("work_hours"))
        f.addWidget(hours)

        quiet, q = card(self.tr("Quiet times"))
        form = QFormLayout()
        q.addLayout(form)
        self.quiet_fullscreen = self._check(
            form, "quiet.fullscreen", self.tr("No prompts over full-screen apps")
        )
        self.quiet_dnd = self._check(form, "quiet.dnd", self.tr("No prompts in Do Not Disturb"))
        self.meeting_apps = self._line(
            form,
            "quiet.meeting_apps",
            self.tr("No prompts while these run"),
            "zoom, teams, webex",
            read=lambda t: [p.strip() for p in t.split(",")] if t.strip() else [],
            write=", ".join,
        )
        f.addWidget(quiet)

        other, o = card(self.tr("Sound, voice and start-up"))
        form = QFormLayout()
        o.addLayout(form)
        self.sound = self._check(form, "sound.enabled", self.tr("Beeps in routines and prompts"))
        self.voice = self._check(form, "voice.enabled", self.tr("Spoken cues in routines"))
        self.autostart = self._check(form, "autostart", self.tr("Start hipdesk when I log in"))
        f.addWidget(other)

        look, lk = card(self.tr("Appearance and language"))
        form = QFormLayout()
        lk.addLayout(form)
        self.theme = self._combo(
            form,
            "ui.theme",
            self.tr("Theme"),
            [
                ("system", self.tr("Same as the system")),
                ("light", self.tr("Light")),
                ("dark", self.tr("Dark")),
            ],
        )
        self.reduce_motion = self._check(form, "ui.reduce_motion", self.tr("Fewer animations"))
        self.language = self._line(
            form, "ui.language", self.tr("Language"), self.tr("system, or a code such as de")
        )
        f.addWidget(look)

        self.data = DataCard(
            data_dir,
            self._journal,
            backup_dir=backup_dir,
            app_version=app_version,
            confirm=confirm,
            choose_save_path=choose_save_path,
            choose_open_path=choose_open_path,
            choose_csv_folder=choose_csv_folder,
            choose_move_target=choose_move_target,
        )
        self.data.reset_requested.connect(self.reset_to_defaults)
        self.data.restore_requested.connect(self.restore_requested)
        self.data.data_folder_moved.connect(self.data_folder_moved)
        self.data.imported.connect(self._imported)
        layout.addWidget(self.data)  # outside `fields`: the folder is known before the journal
        layout.addStretch(1)
        self.fields.setEnabled(False)

    # field builders (each registers how to read, write and report its key) -----------------
    def _row(self, form: QFormLayout, key: str, label: str, widget: QWidget) -> None:
        # Short numbers and choices at their natural width; text fields take the row.
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        message = InlineMessage()
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(4)
        v.addWidget(widget)
        v.addWidget(message)
        widget.setAccessibleName(label)
        form.addRow(label, box)
        self.messages[key] = message

    def _spin(
        self, form: QFormLayout, key: str, label: str, lo: int, hi: int, suffix: str, step: int = 1
    ) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(lo, hi)
        spin.setSingleStep(step)
        spin.setSuffix(suffix)
        spin.setKeyboardTracking(False)  # commit the finished number, not every digit
        self._row(form, key, label, spin)
        self._readers[key], self._writers[key] = spin.value, spin.setValue
        spin.valueChanged.connect(lambda _v: self.commit(key))
        return spin

    def _combo(
        self, form: QFormLayout, key: str, label: str, items: list[tuple[Any, str]]
    ) -> QComboBox:
        combo = QComboBox()
        for data, text in items:
            combo.addItem(text, data)
        self._row(form, key, label, combo)
        self._readers[key] = combo.currentData
        self._writers[key] = lambda v: combo.setCurrentIndex(max(0, combo.findData(v)))
        combo.currentIndexChanged.connect(lambda _i: self.commit(key))
        return combo

    def _check(self, form: QFormLayout, key: str, label: str) -> QCheckBox:
        box = QCheckBox(label)
        self._row(form, key, "", box)
        box.setAccessibleName(label)
        self._readers[key], self._writers[key] = box.isChecked, box.setChecked
        box.toggled.connect(lambda _b: self.commit(key))
        return box

    def _line(
        self,
        form: QFormLayout,
        key: str,
        label: str,
        placeholder: str,
        read: Callable[[str], Any] = str.strip,
        write: Callable[[Any], str] = str,
    ) -> QLineEdit:
        line = QLineEdit()
        line.setPlaceholderText(placeholder)
        self._row(form, key, label, line)
        self._readers[key] = lambda: read(line.text())
        self._writers[key] = lambda v: line.setText(write(v))
        line.editingFinished.connect(lambda: self.commit(key))
        return line

    # store ----------------------------------------------------------------------------------
    def _settings(self) -> Settings | None:
        journal = self._journal()
        if journal is None:
            return None
        from hipdesk.store.settings import Settings

        return Settings(journal)

    def refresh(self) -> bool:
        """Load every field from the store; False while the journal is not open."""
        settings = self._settings()
        self.not_open.setVisible(settings is None)
        self.fields.setEnabled(settings is not None)
        if settings is None:
            return False
        values = dict(settings.items())  # one read of the table for every field
        self._loading = True
        try:
            for key, write in self._writers.items():
                write(values[key])
                self.messages[key].clear()
        finally:
            self._loading = False
        self.data.refresh()
        self._loaded = True
        return True

    def commit(self, key: str) -> bool:
        """Validate and save one field; on a problem show it inline and save nothing."""
        if self._loading:
            return False
        settings = self._settings()
        if settings is None:
            return False
        from hipdesk.core.models import ValidationError
        from hipdesk.store.db import JournalError

        try:
            value = settings.set(key, self._readers[key]())
        except ValidationError as exc:
            self.messages[key].show_message(friendly_error(exc.field, exc.detail))
            return False
        except JournalError as exc:
            self.messages[key].show_message(store_error_text(exc))
            return False
        self.messages[key].clear()
        self.setting_changed.emit(key, value)
        return True

    def reset_to_defaults(self) -> None:
        settings = self._settings()
        if settings is None:
            return
        from hipdesk.store.settings import SPECS

        keys = [k for k in SPECS if k.startswith(PREFERENCE_PREFIXES)]
        for key in keys:
            settings.reset(key)
        self.refresh()
        values = dict(settings.items())
        for key in keys:
            self.setting_changed.emit(key, values[key])

    def set_data_dir(self, data_dir: Path, backup_dir: Path | None = None) -> None:
        """After the app switched to a moved data folder (see ``data_folder_moved``)."""
        self.data.set_data_dir(data_dir, backup_dir)

    def _imported(self, result: Any) -> None:
        """An import may bring settings: show them and let the app apply them."""
        if getattr(result, "settings", 0):
            self.refresh()
            settings = self._settings()
            if settings is not None:
                values = dict(settings.items())
                for key in self._writers:
                    self.setting_changed.emit(key, values[key])
        self.journal_imported.emit(result)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self.refresh()
        super().showEvent(event)

    def apply_colours(self, colours: Colours) -> None:
        self.data.apply_colours(colours)
