"""The window's language: English (the source strings) or Russian (the lecture's own).

The language comes from ``--lang``, else from the system locale (``LANG=ru_RU.UTF-8``
gives Russian). Translations are Qt ``.qm`` files compiled from
``resources/translations/cnnviz_<lang>.ts`` by ``tools/translations.py``.
"""

from __future__ import annotations

import string

from cnnviz.errors import ConfigError, Message
from cnnviz.gui.qt import QtCore
from cnnviz.resources import resources_dir

LANGUAGES = {"en": "English", "ru": "Русский"}
_installed: list[QtCore.QTranslator] = []   # Qt does not own them: keep them alive


def choose(lang: str | None) -> str:
    """``lang`` checked ("auto" or None: the system locale's language if cnnviz has it)."""
    if lang in (None, "", "auto"):
        system = QtCore.QLocale.system().name().split("_")[0]
        return system if system in LANGUAGES else "en"
    if lang not in LANGUAGES:
        raise ConfigError(f"--lang {lang!r} is not one of {', '.join(LANGUAGES)} or auto")
    return lang


def install(app: QtCore.QCoreApplication, lang: str | None) -> str:
    """Translate ``app`` into ``lang`` (replacing any earlier choice); returns the language."""
    lang = choose(lang)
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if lang != "en":
        path = resources_dir() / "translations" / f"cnnviz_{lang}.qm"
        translator = QtCore.QTranslator()
        if not translator.load(str(path)):
            raise ConfigError(f"{path}: the {LANGUAGES[lang]} translation cannot be read")
        app.installTranslator(translator)
        _installed.append(translator)
        # Qt's own dialogs (File > Open, the buttons of message boxes) from Qt's file
        qt_own = QtCore.QTranslator()
        if qt_own.load(f"qtbase_{lang}",
                       QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    return lang


def current() -> str:
    """The language installed last ("en" when none is)."""
    if not _installed:
        return "en"
    return _installed[0].language().split("_")[0] or "en"


_GROUPING = {"ru": QtCore.QLocale.Language.Russian}
_locales: dict[str, QtCore.QLocale] = {}   # made once a language: grouped() runs every frame


def grouped(n: int) -> str:
    """A whole number with the digits grouped as the window's language writes them:
    "9,380" in English, "9 380" in Russian (where "9,380" reads as nine and a fraction)."""
    lang = current()
    locale = _locales.get(lang)
    if locale is None:
        locale = _locales[lang] = QtCore.QLocale(
            _GROUPING.get(lang, QtCore.QLocale.Language.English))
    return locale.toString(int(n))


def error_text(error) -> str:
    """An error (a ``CnnvizError``, a :class:`~cnnviz.errors.Message` or any exception or
    text) in the user's language: the template is translated, then each value that is a
    message itself, then the values are filled in."""
    message = getattr(error, "message", error)
    if isinstance(message, Message):
        return _translated(message)
    return str(message)


def _translated(message: Message) -> str:
    text = QtCore.QCoreApplication.translate(message.context, message.template)
    if not message.values:
        return text
    values = {k: _translated(v) if isinstance(v, Message) else v
              for k, v in message.values.items()}
    try:
        return _GroupedFormatter().format(text, **values)
    except (KeyError, IndexError, ValueError):   # a translation that lost a placeholder
        return str(message)


class _GroupedFormatter(string.Formatter):
    """``{n:,}`` grouped as the window's language groups digits: "1,048,576" in English,
    "1 048 576" in Russian (where the commas read as decimal commas)."""

    def format_field(self, value, format_spec: str) -> str:
        text = super().format_field(value, format_spec)
        if "," in format_spec and current() != "en":
            sep = grouped(1000)[1:-3] or ","   # the locale's own group separator
            text = text.replace(",", sep)
        return text
