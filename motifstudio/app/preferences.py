"""User preferences (stored with ``QSettings``) and the Preferences dialog.

:class:`Preferences` is a typed wrapper: every value is read defensively (a
hand-edited or older settings file can never crash the app) and written
straight back.  By default the settings live in an INI file,
:func:`~motifstudio.app.paths.settings_file` (``<data>/settings.ini``), not in
the Windows registry, so tests (``MOTIFSTUDIO_DATA_DIR``) and portable
installs keep their own.

:class:`PreferencesDialog` applies every change at once (there is no OK /
Cancel): choosing a language stores it and emits ``languageChanged(code)``,
which the application answers by installing the translators; open windows
then get a ``LanguageChange`` event and re-translate themselves.

Examples
--------
>>> prefs = Preferences()                             # doctest: +SKIP
>>> prefs.add_recent_file("C:/felt/ram.motif")        # doctest: +SKIP
>>> prefs.recent_files()                              # doctest: +SKIP
['C:/felt/ram.motif']
"""
from __future__ import annotations

import os
from typing import Any, Optional, Union

from PySide6.QtCore import (QByteArray, QEvent, QLocale, QSettings, QStandardPaths, Qt, QUrl,
                            Signal)
from PySide6.QtGui import QColor, QDesktopServices, QPalette
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem,
                               QVBoxLayout, QWidget)

from .paths import data_dir, settings_file

__all__ = ["LANGUAGES", "LANGUAGE_NAMES", "MAX_RECENT", "AUTOSAVE_CHOICES_S", "Preferences",
           "PreferencesDialog", "resolve_language"]

PathLike = Union[str, "os.PathLike[str]"]

#: Language choices; ``"system"`` follows the computer's language.
LANGUAGES = ("system", "en", "ru", "ky", "uz")
#: Each language in its own words (never translated).
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "ky": "Кыргызча", "uz": "Oʻzbekcha"}
MAX_RECENT = 10
DEFAULT_AUTOSAVE_S = 60
AUTOSAVE_RANGE_S = (10, 3600)
#: The autosave periods offered in the dialog.
AUTOSAVE_CHOICES_S = (30, 60, 120, 300, 600)

_K_LANGUAGE = "ui/language"
_K_SHOW_ADVANCED = "ui/show_advanced"
_K_RECENT = "files/recent"
_K_LAST_DIR = "files/last_open_dir"
_K_AUTOSAVE = "autosave/interval_s"
_K_GEOMETRY = "window/geometry"
_K_STATE = "window/state"
_K_CATALOGUE = "archive/catalogue_path"
_K_TOUR = "ui/tour_shown"


def resolve_language(preference: str, system: Optional[QLocale] = None) -> str:
    """The language to use: *preference*, or for ``"system"`` the computer's language
    if Motif Studio has it, else ``"en"``."""
    if preference in LANGUAGE_NAMES:
        return preference
    locale = system or QLocale.system()
    for name in [locale.name(), *locale.uiLanguages()]:
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGE_NAMES:
            return code
    return "en"


def _norm_key(path: str) -> str:
    return os.path.normcase(os.path.normpath(path))


class Preferences:
    """Typed access to the user's settings.

    Parameters
    ----------
    settings : QSettings, optional
        Default: an INI file at :func:`~motifstudio.app.paths.settings_file`.
    """

    def __init__(self, settings: Optional[QSettings] = None):
        self._settings = settings if settings is not None else QSettings(
            os.fspath(settings_file()), QSettings.Format.IniFormat)

    @property
    def settings(self) -> QSettings:
        return self._settings

    def sync(self) -> None:
        """Write pending changes to disk (Qt also does this on its own)."""
        self._settings.sync()

    # -------------------------------------------------------------- helpers
    def _get(self, key: str, default: Any, kind: type) -> Any:
        try:
            value = self._settings.value(key, default, type=kind)
        except (TypeError, ValueError, RuntimeError):
            return default
        return default if value is None else value

    # -------------------------------------------------------------- language
    @property
    def language(self) -> str:
        """``'system'``, ``'en'``, ``'ru'``, ``'ky'`` or ``'uz'``."""
        value = self._get(_K_LANGUAGE, "system", str)
        return value if value in LANGUAGES else "system"

    @language.setter
    def language(self, code: str) -> None:
        if code not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, got {code!r}")
        self._settings.setValue(_K_LANGUAGE, code)

    # -------------------------------------------------------------- recent files
    def _stored_recent(self) -> list[str]:
        value = self._get(_K_RECENT, [], list)
        if isinstance(value, str):
            value = [value]
        return [v for v in value if isinstance(v, str) and v.strip()]

    def recent_files(self) -> list[str]:
        """Recent projects, most recent first, at most 10; files that no longer exist are
        left out (but remembered, in case a flash drive is only unplugged)."""
        return [p for p in self._stored_recent() if os.path.isfile(p)][:MAX_RECENT]

    def add_recent_file(self, path: PathLike) -> None:
        """Put *path* first in the recent list (once), keeping at most 10."""
        path = os.path.abspath(os.fspath(path))
        key = _norm_key(path)
        rest = [p for p in self._stored_recent() if _norm_key(p) != key]
        self._settings.setValue(_K_RECENT, [path, *rest][:MAX_RECENT])

    add_recent = add_recent_file

    def remove_recent_file(self, path: PathLike) -> None:
        key = _norm_key(os.path.abspath(os.fspath(path)))
        self._settings.setValue(_K_RECENT,
                                [p for p in self._stored_recent() if _norm_key(p) != key])

    def clear_recent_files(self) -> None:
        self._settings.setValue(_K_RECENT, [])

    # -------------------------------------------------------------- autosave
    @property
    def autosave_interval_s(self) -> int:
        """Seconds between autosaves (default 60, kept within 10…3600)."""
        value = self._settings.value(_K_AUTOSAVE, DEFAULT_AUTOSAVE_S)
        try:
            value = int(str(value).strip())
        except (TypeError, ValueError):
            return DEFAULT_AUTOSAVE_S
        lo, hi = AUTOSAVE_RANGE_S
        return min(hi, max(lo, value))

    @autosave_interval_s.setter
    def autosave_interval_s(self, seconds: int) -> None:
        lo, hi = AUTOSAVE_RANGE_S
        self._settings.setValue(_K_AUTOSAVE, int(min(hi, max(lo, int(seconds)))))

    # -------------------------------------------------------------- folders, options
    @property
    def last_open_dir(self) -> str:
        """The folder the last file was opened from; default the Pictures folder."""
        value = self._get(_K_LAST_DIR, "", str)
        if value and os.path.isdir(value):
            return value
        pictures = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.PicturesLocation)
        return pictures if pictures and os.path.isdir(pictures) else os.path.expanduser("~")

    @last_open_dir.setter
    def last_open_dir(self, folder: PathLike) -> None:
        self._settings.setValue(_K_LAST_DIR, os.path.abspath(os.fspath(folder)))

    @property
    def show_advanced(self) -> bool:
        """Show the advanced options in the panels (default off)."""
        return bool(self._get(_K_SHOW_ADVANCED, False, bool))

    @show_advanced.setter
    def show_advanced(self, on: bool) -> None:
        self._settings.setValue(_K_SHOW_ADVANCED, bool(on))

    @property
    def tour_shown(self) -> bool:
        """Whether the first-run tour was shown (it is shown once)."""
        return bool(self._get(_K_TOUR, False, bool))

    @tour_shown.setter
    def tour_shown(self, on: bool) -> None:
        self._settings.setValue(_K_TOUR, bool(on))

    @property
    def catalogue_path(self) -> str:
        """The archive's catalogue file ("" = the default one in the data folder).
        A team can point every laptop at one shared file."""
        return str(self._get(_K_CATALOGUE, "", str))

    @catalogue_path.setter
    def catalogue_path(self, path: PathLike) -> None:
        self._settings.setValue(_K_CATALOGUE, os.fspath(path) if path else "")

    # -------------------------------------------------------------- window
    def _get_bytes(self, key: str) -> bytes:
        value = self._get(key, QByteArray(), QByteArray)
        return bytes(value.data()) if isinstance(value, QByteArray) else b""

    def window_geometry(self) -> bytes:
        """``QMainWindow.saveGeometry()`` bytes; empty if never saved."""
        return self._get_bytes(_K_GEOMETRY)

    def window_state(self) -> bytes:
        """``QMainWindow.saveState()`` bytes (docks, toolbars); empty if never saved."""
        return self._get_bytes(_K_STATE)

    def save_window(self, geometry: Union[bytes, QByteArray],
                    state: Union[bytes, QByteArray, None] = None) -> None:
        """Store ``saveGeometry()`` and (optionally) ``saveState()``."""
        self._settings.setValue(_K_GEOMETRY, QByteArray(bytes(geometry)))
        if state is not None:
            self._settings.setValue(_K_STATE, QByteArray(bytes(state)))


# ------------------------------------------------------------------ the dialog
class PreferencesDialog(QDialog):
    """Language, autosave and display options; every change applies at once.

    Signals
    -------
    languageChanged(str)
        A language code from :data:`LANGUAGES`, already stored.
    autosaveIntervalChanged(int)
        Seconds, already stored.
    showAdvancedChanged(bool)
        Already stored.
    """

    languageChanged = Signal(str)
    autosaveIntervalChanged = Signal(int)
    showAdvancedChanged = Signal(bool)

    def __init__(self, preferences: Preferences, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self._prefs = preferences
        self.setObjectName("PreferencesDialog")
        self.setMinimumWidth(460)

        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES.get(code, ""), code)
        self._language_note = QLabel(self)
        self._language_note.setWordWrap(True)
        self._language_note.setObjectName("note")

        self.autosave_combo = QComboBox(self)
        self.autosave_combo.setObjectName("autosaveCombo")
        self._autosave_note = QLabel(self)
        self._autosave_note.setWordWrap(True)
        self._autosave_note.setObjectName("note")

        self.advanced_check = QCheckBox(self)
        self.advanced_check.setChecked(preferences.show_advanced)

        self._data_label = QLabel(self)
        self._data_label.setWordWrap(True)
        self._data_label.setObjectName("note")
        self._data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_data_button = QPushButton(self)
        self.open_data_button.clicked.connect(self._open_data_folder)

        for note in (self._language_note, self._autosave_note, self._data_label):
            _make_note(note)

        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.setVerticalSpacing(6)
        self._form.setHorizontalSpacing(14)
        self._language_label = QLabel(self)
        self._autosave_label = QLabel(self)
        self._display_label = QLabel(self)
        self._data_title = QLabel(self)
        self._form.addRow(self._language_label, self.language_combo)
        self._form.addRow("", self._language_note)
        self._form.addItem(_spacer(self))
        self._form.addRow(self._autosave_label, self.autosave_combo)
        self._form.addRow("", self._autosave_note)
        self._form.addItem(_spacer(self))
        self._form.addRow(self._display_label, self.advanced_check)
        self._form.addItem(_spacer(self))
        data_row = QHBoxLayout()
        data_row.addWidget(self._data_label, 1)
        data_row.addWidget(self.open_data_button, 0, Qt.AlignmentFlag.AlignTop)
        self._form.addRow(self._data_title, data_row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(14)
        layout.addLayout(self._form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._retranslate()
        self._select_language(preferences.language)
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.autosave_combo.currentIndexChanged.connect(self._autosave_chosen)
        self.advanced_check.toggled.connect(self._advanced_toggled)

    # -------------------------------------------------------------- texts
    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self._language_label.setText(self.tr("Language:"))
        self.language_combo.setItemText(0, self.tr("Same as the computer"))
        self._language_note.setText(self.tr("The language changes at once, no restart needed."))
        self._autosave_label.setText(self.tr("Autosave:"))
        self._autosave_note.setText(self.tr(
            "Unsaved work is kept safe at this interval. If Motif Studio closes unexpectedly, "
            "it offers the work back next time."))
        self._display_label.setText(self.tr("Panels:"))
        self.advanced_check.setText(self.tr("Show advanced options"))
        self._data_title.setText(self.tr("Data folder:"))
        self._data_label.setText(self.tr("Logs, settings and recovered work are kept in {path}")
                                 .format(path=os.fspath(data_dir())))
        self.open_data_button.setText(self.tr("Open folder"))
        self._fill_autosave()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _autosave_text(self, seconds: int) -> str:
        if seconds % 60 == 0:
            minutes = seconds // 60
            if minutes == 1:
                return self.tr("Every minute")
            # n >= 2 here, so the English reads right without a translation;
            # %n with a count lets translators give every plural form.
            return self.tr("Every %n minutes", "", minutes)
        return self.tr("Every %n seconds", "", seconds)

    def _fill_autosave(self) -> None:
        current = self._prefs.autosave_interval_s
        choices = sorted(set(AUTOSAVE_CHOICES_S) | {current})
        self.autosave_combo.blockSignals(True)
        self.autosave_combo.clear()
        for seconds in choices:
            self.autosave_combo.addItem(self._autosave_text(seconds), seconds)
        self.autosave_combo.setCurrentIndex(choices.index(current))
        self.autosave_combo.blockSignals(False)

    def _select_language(self, code: str) -> None:
        index = self.language_combo.findData(code)
        self.language_combo.blockSignals(True)
        self.language_combo.setCurrentIndex(max(0, index))
        self.language_combo.blockSignals(False)

    # -------------------------------------------------------------- changes
    def _language_chosen(self, index: int) -> None:
        code = self.language_combo.itemData(index)
        if code not in LANGUAGES or code == self._prefs.language:
            return
        self._prefs.language = code
        self.languageChanged.emit(code)

    def _autosave_chosen(self, index: int) -> None:
        seconds = self.autosave_combo.itemData(index)
        if not isinstance(seconds, int) or seconds == self._prefs.autosave_interval_s:
            return
        self._prefs.autosave_interval_s = seconds
        self.autosaveIntervalChanged.emit(self._prefs.autosave_interval_s)

    def _advanced_toggled(self, on: bool) -> None:
        self._prefs.show_advanced = on
        self.showAdvancedChanged.emit(bool(on))

    def _open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(os.fspath(data_dir())))


def _spacer(parent: QWidget) -> QSpacerItem:
    return QSpacerItem(0, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)


def _make_note(label: QLabel) -> None:
    """A smaller, softer explanatory line that still reads well in light and dark themes."""
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    pal = label.palette()
    text, window = pal.color(QPalette.ColorRole.WindowText), pal.color(QPalette.ColorRole.Window)
    mix = QColor(*(round(0.68 * a + 0.32 * b) for a, b in
                   zip(text.getRgb()[:3], window.getRgb()[:3])))
    pal.setColor(QPalette.ColorRole.WindowText, mix)
    label.setPalette(pal)
