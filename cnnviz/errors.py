"""Exceptions that cnnviz shows to its users, and their messages.

Every message names the file, value or shape at fault, so that the CLI and the GUI can
print it as it is, without a traceback. A message is a :class:`Message`: a template
marked with ``QT_TRANSLATE_NOOP("Errors", ...)`` plus named values. As a string it is
the English text (what the CLI prints and ``str(error)`` gives); the window translates
the template and each value that is itself a :class:`Message` (a word like "the forward
pass", or a reason) before it formats them.
"""

from __future__ import annotations

import errno
import os
import json
import zipfile
import zlib
from pathlib import Path

from cnnviz.translatable import QT_TRANSLATE_NOOP

CONTEXT = "Errors"


class Message(str):
    """English text formatted from ``template`` and ``values``; both kept for translation.

    With no values the template is the text as it is (braces in it need no doubling).
    """

    template: str
    values: dict
    context: str

    def __new__(cls, template: str, /, context: str = CONTEXT, **values):
        msg = super().__new__(cls, template.format(**values) if values else template)
        msg.template, msg.values, msg.context = str(template), values, context
        return msg

    def __reduce__(self):
        return _message, (self.template, self.context, self.values)

    def to_json(self) -> dict:
        """A JSON-able form (numbers stay numbers, other values become their text)."""
        return {"template": self.template, "context": self.context,
                "values": {k: _json_value(v) for k, v in self.values.items()}}

    @classmethod
    def from_json(cls, obj) -> "Message | str":
        """Inverse of :meth:`to_json`; a plain string stays as it is."""
        if not isinstance(obj, dict):
            return str(obj)
        values = {k: cls.from_json(v) if isinstance(v, dict) else v
                  for k, v in obj.get("values", {}).items()}
        return cls(str(obj["template"]), context=str(obj.get("context", CONTEXT)), **values)


def _message(template, context, values):
    return Message(template, context=context, **values)


def _json_value(v):
    if isinstance(v, Message):
        return v.to_json()
    if isinstance(v, bool) or v is None:
        return v
    if hasattr(v, "item") and getattr(v, "ndim", None) == 0:   # a NumPy scalar
        v = v.item()
    if isinstance(v, (int, float)):
        return v
    return str(v)


class CnnvizError(Exception):
    """Base of every error cnnviz reports to a user.

    ``CnnvizError(template, **values)``: ``str(error)`` is the English message and
    ``error.message`` the :class:`Message` the window translates.
    """

    #: the marker, for modules that import only their error classes
    QT_TRANSLATE_NOOP = staticmethod(QT_TRANSLATE_NOOP)

    def __init__(self, template: str, /, **values):
        self.message = template if isinstance(template, Message) and not values \
            else Message(template, **values)
        super().__init__(str(self.message))

    @property
    def template(self) -> str:
        return self.message.template

    @property
    def values(self) -> dict:
        return self.message.values

    def __reduce__(self):
        return _error, (type(self), self.message)


def _error(cls, message):
    return cls(message)


class DataError(CnnvizError):
    """A data file is missing, truncated, corrupt or does not match its partner."""


class CheckpointError(CnnvizError):
    """A checkpoint cannot be read, or does not fit the network."""


class ConfigError(CnnvizError, ValueError):
    """A hyperparameter or architecture option is out of range."""


class TrainingDiverged(CnnvizError):
    """The loss became NaN or infinite."""


def require_folder(path, error: type[CnnvizError]) -> None:
    """``error`` naming ``path`` when the folder it would be written to does not exist:
    a mistyped folder is refused, not made."""
    folder = Path(path).parent
    if not folder.is_dir():
        raise error(QT_TRANSLATE_NOOP("Errors", "{path}: the folder {folder} does not exist"),
                    path=path, folder=folder)


def word(text: str) -> Message:
    """A value that is a marked phrase, so that the window translates it too."""
    return Message(text)


#: the C library's own English texts (``os.strerror``), so that English stays as it was
_OS_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("Errors", "No such file or directory"),
    errno.EACCES: QT_TRANSLATE_NOOP("Errors", "Permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("Errors", "Operation not permitted"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Errors", "Is a directory"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Errors", "Not a directory"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Errors", "No space left on device"),
    errno.EROFS: QT_TRANSLATE_NOOP("Errors", "Read-only file system"),
    errno.EIO: QT_TRANSLATE_NOOP("Errors", "Input/output error"),
}


def reason(exc: BaseException) -> Message | str:
    """Why ``exc`` happened, as a value for a message: a marked phrase for the failures
    cnnviz expects (missing file, broken archive, bad JSON...), else the exception's own
    text."""
    if isinstance(exc, CnnvizError):
        return exc.message
    if isinstance(exc, OSError) and exc.errno in _OS_REASONS \
            and exc.strerror == os.strerror(exc.errno):
        return word(_OS_REASONS[exc.errno])
    if isinstance(exc, zipfile.BadZipFile):   # a phrase of cnnviz's own, or the plain one
        said = exc.args[0] if exc.args else None
        return said if isinstance(said, Message) else word(
            QT_TRANSLATE_NOOP("Errors", "not a zip archive"))
    if isinstance(exc, EOFError):
        return word(QT_TRANSLATE_NOOP("Errors", "the file ends early"))
    if isinstance(exc, zlib.error):
        return word(QT_TRANSLATE_NOOP("Errors", "the compressed data is corrupt"))
    if isinstance(exc, UnicodeDecodeError):
        return word(QT_TRANSLATE_NOOP("Errors", "not UTF-8 text"))
    if isinstance(exc, json.JSONDecodeError):
        return Message(QT_TRANSLATE_NOOP("Errors", "line {line}, column {column}"),
                       line=exc.lineno, column=exc.colno)
    if isinstance(exc, ValueError) and "pickle" in str(exc).lower():
        return word(QT_TRANSLATE_NOOP("Errors", "it holds Python objects (a pickle)"))
    if isinstance(exc, OSError):
        return exc.strerror or str(exc) or type(exc).__name__
    return str(exc) or type(exc).__name__
