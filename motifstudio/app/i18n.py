"""Interface languages: English (built in), Russian, Kyrgyz and Uzbek (Latin) catalogues.

The catalogues are Qt Linguist files (``i18n/motifstudio_<lang>.ts``)
compiled to ``.qm`` by ``make translations`` (pyside6-lrelease); the
compiled files ship with the package.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

LANGUAGES = {"en": "English", "ru": "Русский", "ky": "Кыргызча", "uz": "Oʻzbekcha"}
I18N_DIR = Path(__file__).resolve().parent / "i18n"

_installed: list[QTranslator] = []


def resolve(language: str) -> str:
    """'system' -> the system language if we have it, else English."""
    if language in LANGUAGES:
        return language
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def install(language: str, app: Optional[QCoreApplication] = None) -> str:
    """Install the translators for *language* ('system', 'en', 'ru', 'ky', 'uz'); returns the code."""
    app = app or QCoreApplication.instance()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    code = resolve(language)
    if code == "en":
        return code
    ours = QTranslator(app)
    if ours.load(str(I18N_DIR / f"motifstudio_{code}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no interface catalogue for %s", code)
    # Qt's own strings (standard buttons, dialogs) where Qt ships them (ru, uz; not ky).
    qt = QTranslator(app)
    if qt.load(QLocale(code), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return code
