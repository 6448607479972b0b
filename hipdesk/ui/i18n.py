"""Interface language: installs hipdesk's and Qt's own translators before widgets are built.

``install_translator(app, "system")`` follows ``QLocale.system()``; any other value is a language
code ("de", "de_AT", "en"). Cheap on purpose (two small files, no catalogue): it runs at start-up.
Catalogue texts (drills, routines, safety) are translated by the catalogue itself, not here.
Changing the language later needs a restart: built widgets keep the words they were given.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

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
        return SOURCE_LANGUAGE
    ours = QTranslator(app)
    if not ours.load(f"{RESOURCE_PREFIX}{code}.qm"):
        log.info("no hipdesk translation for %r; using English", code)
        return SOURCE_LANGUAGE
    app.installTranslator(ours)
    _installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", qt_dir):  # standard dialog buttons, context menus
        app.installTranslator(qt)
        _installed.append(qt)
    log.info("interface language: %s", code)
    return code


def remove_translators(app: QCoreApplication) -> None:
    """Take out every translator ``install_translator`` put in (tests; a language switch)."""
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()
