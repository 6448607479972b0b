from __future__ import annotations

from PySide6.QtCore import Qt

from hipdesk.core.catalogue import load_catalogue
from hipdesk.core.models import PsfsActivity, PsfsScore
from hipdesk.store.journal import Journal
from hipdesk.ui.psfs import PsfsPanel, psfs_due

TEXTS = load_catalogue().texts


def test_name_rate_archive_by_keyboard(qtbot, app_paths, fake_clock) -> None:  # type: ignore[no-untyped-def]
    with Journal.open(app_paths.journal, fake_clock, backup_dir=app_paths.backup_dir) as j:
        panel = PsfsPanel(j, fake_clock, TEXTS)
        qtbot.addWidget(panel)
        panel.show()
        panel.refresh()
        today = fake_clock.now().date()
        assert not psfs_due(j, today)
        qtbot.keyClick(panel.new_name, Qt.Key.Key_Return)
        assert "name" in panel.error.label.text() and j.count(PsfsActivity) == 0
        for name in ("putting on socks", "sitting through a meeting", "getting out of the car"):
            qtbot.keyClicks(panel.new_name, name)
            qtbot.keyClick(panel.new_name, Qt.Key.Key_Return)
        assert len(panel.scores) == 3 and psfs_due(j, today)
        assert TEXTS.block("screens")["psfs_attribution"] in [
            w.text() for w in panel.findChildren(type(panel.due))
        ]
        panel.save_scores()
        assert "Rate every activity" in panel.error.label.text() and j.count(PsfsScore) == 0
        for spin in panel.scores.values():
            spin.setFocus()
            spin.selectAll()
            qtbot.keyClicks(spin, "6")
        assert panel.save_scores()
        assert j.count(PsfsScore) == 3 and not psfs_due(j, today)
        panel.archive(j.records(PsfsActivity)[0])
        assert len(panel.scores) == 2 and j.count(PsfsActivity) == 3
