"""Interface language: installs hipdesk's and Qt's own translators before widgets are built.

``install_translator(app, "system")`` follows ``QLocale.system()``; any other value is a language
code ("de", "de_AT", "en"). Cheap on purpose (two small files, no catalogue): it runs at start-up.
Catalogue texts (drills, routines, safety) are translated by the catalogue itself, not here.
Changing the language later needs a restart: built widgets keep the words they were given.
"""

from __future__ import annotations

import logging
import re
from datetime import date, datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
RESOURCE_PREFIX = ":/i18n/hipdesk_"

# Installed translators, kept referenced (Qt does not own them) so remove_translators() works.
_installed: list[QTranslator] = []


def resolve_language(language: str) -> str:
    """The two-letter code to use: "system" → the system locale's language."""
    value = (language or "system").strip()
    system = value.lower() == "system"
    name = QLocale.system().name() if system else value.replace("-", "_")  # "de_DE", "C"
    code = name.split("_")[0].lower()
    return code if code.isalpha() and len(code) in (2, 3) else SOURCE_LANGUAGE


def install_translator(app: QCoreApplication, language: str) -> str:
    """Install the translators for ``language`` and return the language code in use.

    English (the source language) or a language hipdesk has no translation for installs nothing
    and returns "en". Calling it again replaces what an earlier call installed.
    """
    remove_translators(app)
    code = resolve_language(language)
    if code == SOURCE_LANGUAGE:
        _set_locale(SOURCE_LANGUAGE)
        return SOURCE_LANGUAGE
    ours = QTranslator(app)
    if not ours.load(f"{RESOURCE_PREFIX}{code}.qm"):
        log.info("no hipdesk translation for %r; using English", code)
        _set_locale(SOURCE_LANGUAGE)
        return SOURCE_LANGUAGE
    app.installTranslator(ours)
    _set_locale(code)
    _installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", qt_dir):  # standard dialog buttons, context menus
        app.installTranslator(qt)
        _installed.append(qt)
    log.info("interface language: %s", code)
    return code


def _set_locale(code: str) -> None:
    """Day and month names (``QLocale()``) follow the interface language; the system's own
    locale is kept when it already has that language (its region's conventions)."""
    system = QLocale.system()
    same = system.name().split("_")[0].lower() == code or (
        code == SOURCE_LANGUAGE and system.language() == QLocale.Language.C
    )
    QLocale.setDefault(system if same else QLocale(code))


def remove_translators(app: QCoreApplication) -> None:
    """Take out every translator ``install_translator`` put in (tests; a language switch);
    the default locale goes back to the system's."""
    QLocale.setDefault(QLocale.system())
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()


# ---- dates and the drill tempo texts -----------------------------------------------------


def locale_date(day: date, fmt: str) -> str:
    """``day`` in a QLocale format ("ddd d MMM yyyy") with the app language's day and month
    names (``install_translator`` sets the default locale)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def locale_datetime(moment: datetime, fmt: str) -> str:
    """``moment`` (naive or aware, shown as is) in a QLocale format such as "d MMM yyyy, HH:mm"."""
    return QLocale().toString(
        QDateTime(
            QDate(moment.year, moment.month, moment.day),
            QTime(moment.hour, moment.minute, moment.second),
        ),
        fmt,
    )


def _tr(text: str) -> str:
    return QCoreApplication.translate("Tempo", text)


#: The catalogue's tempo words (English data: the player times its parts from them). Shown
#: through these; a word not listed here is shown as it is.
TEMPO_MOVES: dict[str, str] = {
    "up": QT_TRANSLATE_NOOP("Tempo", "up"),
    "down": QT_TRANSLATE_NOOP("Tempo", "down"),
    "back": QT_TRANSLATE_NOOP("Tempo", "back"),
    "return": QT_TRANSLATE_NOOP("Tempo", "return"),
    "pause": QT_TRANSLATE_NOOP("Tempo", "pause"),
    "hold": QT_TRANSLATE_NOOP("Tempo", "hold"),
    "open": QT_TRANSLATE_NOOP("Tempo", "open"),
    "close": QT_TRANSLATE_NOOP("Tempo", "close"),
    "out": QT_TRANSLATE_NOOP("Tempo", "out"),
    "tilt": QT_TRANSLATE_NOOP("Tempo", "tilt"),
    "release": QT_TRANSLATE_NOOP("Tempo", "release"),
    "lift": QT_TRANSLATE_NOOP("Tempo", "lift"),
    "lower": QT_TRANSLATE_NOOP("Tempo", "lower"),
    "over": QT_TRANSLATE_NOOP("Tempo", "over"),
    "round": QT_TRANSLATE_NOOP("Tempo", "round"),
    "foot out": QT_TRANSLATE_NOOP("Tempo", "foot out"),
    "foot in": QT_TRANSLATE_NOOP("Tempo", "foot in"),
    "down and rest": QT_TRANSLATE_NOOP("Tempo", "down and rest"),
    "lower and rest": QT_TRANSLATE_NOOP("Tempo", "lower and rest"),
}
#: Breathing parts ("in 4 s, out 6 s").
TEMPO_BREATHS: dict[str, str] = {
    "in": QT_TRANSLATE_NOOP("TempoBreath", "in"),
    "out": QT_TRANSLATE_NOOP("TempoBreath", "out"),
}
#: Whole pieces of a tempo text that are not "<seconds> s <move>".
TEMPO_PHRASES: dict[str, str] = {
    "hold": QT_TRANSLATE_NOOP("Tempo", "hold"),
    "ease in": QT_TRANSLATE_NOOP("Tempo", "ease in"),
    "ease out": QT_TRANSLATE_NOOP("Tempo", "ease out"),
    "breathe slowly": QT_TRANSLATE_NOOP("Tempo", "breathe slowly"),
    "then hold and breathe": QT_TRANSLATE_NOOP("Tempo", "then hold and breathe"),
    "easy": QT_TRANSLATE_NOOP("Tempo", "easy"),
    "relaxed pace": QT_TRANSLATE_NOOP("Tempo", "relaxed pace"),
    "let the knees sink": QT_TRANSLATE_NOOP("Tempo", "let the knees sink"),
    "no pushing": QT_TRANSLATE_NOOP("Tempo", "no pushing"),
    "relax into it": QT_TRANSLATE_NOOP("Tempo", "relax into it"),
    "breathe out": QT_TRANSLATE_NOOP("Tempo", "breathe out"),
    "settle in": QT_TRANSLATE_NOOP("Tempo", "settle in"),
}
_SECONDS_MOVE = re.compile(r"^(\d+) s (.+)$")
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^in (\d+) s$"), QT_TRANSLATE_NOOP("Tempo", "in {n} s")),
    (re.compile(r"^out (\d+) s$"), QT_TRANSLATE_NOOP("Tempo", "out {n} s")),
    (re.compile(r"^about (\d+) s each$"), QT_TRANSLATE_NOOP("Tempo", "about {n} s each")),
    (re.compile(r"^ease in over (\d+) s$"), QT_TRANSLATE_NOOP("Tempo", "ease in over {n} s")),
    (
        re.compile(r"^(\d+) slow circles each way$"),
        QT_TRANSLATE_NOOP("Tempo", "{n} slow circles each way"),
    ),
    (re.compile(r"^(\d+) circles one way$"), QT_TRANSLATE_NOOP("Tempo", "{n} circles one way")),
    (re.compile(r"^(\d+) the other$"), QT_TRANSLATE_NOOP("Tempo", "{n} the other")),
)


def tempo_word(label: str, *, breaths: bool = False) -> str:
    """One tempo part's word ("up", "foot out"; "in"/"out" of a breath) in the app language."""
    if breaths and label in TEMPO_BREATHS:
        return QCoreApplication.translate("TempoBreath", TEMPO_BREATHS[label])
    return _tr(TEMPO_MOVES[label]) if label in TEMPO_MOVES else label


def _tempo_piece(piece: str) -> str:
    if piece in TEMPO_PHRASES:
        return _tr(TEMPO_PHRASES[piece])
    for pattern, template in _PATTERNS:
        m = pattern.match(piece)
        if m:
            return _tr(template).format(n=m.group(1))
    m = _SECONDS_MOVE.match(piece)
    if m and m.group(2) in TEMPO_MOVES:
        return _tr("{seconds} s {move}").format(seconds=m.group(1), move=tempo_word(m.group(2)))
    return piece


def tempo_text(text: str) -> str:
    """A drill's tempo text ("2 s down, 2 s up") for display in the app language; the
    English data itself stays as it is (the player times its parts from it)."""
    if text in TEMPO_PHRASES:
        return _tr(TEMPO_PHRASES[text])
    return ", ".join(_tempo_piece(p.strip()) for p in text.split(","))
