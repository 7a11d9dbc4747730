"""SHA-256 checks of a data folder against its ``SHA256SUMS`` (``sha256sum`` format)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from cnnviz.errors import DataError, reason
from cnnviz.translatable import QT_TRANSLATE_NOOP

SUMS_FILE = "SHA256SUMS"


def verify_sums(folder: Path, paths: dict[str, Path], bundled: bool, strict: bool) -> None:
    """Check the SHA-256 of each file against ``folder/SHA256SUMS``."""
    sums_path = folder / SUMS_FILE
    sums = read_sums(sums_path)
    for path in paths.values():
        expected = sums.get(path.name)
        if expected is None:
            if strict:
                raise DataError(QT_TRANSLATE_NOOP(
                    "Errors", "{path}: not listed in {sums}, cannot verify it"),
                    path=path, sums=sums_path)
            continue
        try:
            with open(path, "rb") as f:
                actual = hashlib.file_digest(f, "sha256").hexdigest()
        except OSError as exc:
            raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: cannot read: {reason}"),
                            path=path, reason=reason(exc)) from None
        if actual != expected and bundled:
            raise DataError(QT_TRANSLATE_NOOP(
                "Errors", "{path}: SHA-256 mismatch for bundled file: expected {expected}, "
                          "got {actual}; reinstall cnnviz"),
                path=path, expected=expected, actual=actual)
        if actual != expected:
            raise DataError(QT_TRANSLATE_NOOP(
                "Errors", "{path}: SHA-256 mismatch with {sums}: expected {expected}, got "
                          "{actual}; download the file again"),
                path=path, sums=sums_path, expected=expected, actual=actual)


def read_sums(sums_path: Path) -> dict[str, str]:
    """Parse a ``sha256sum``-format file into {file name: lowercase hex digest}."""
    try:
        text = sums_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError(QT_TRANSLATE_NOOP(
            "Errors", "{path}: no such file; cannot verify checksums"), path=sums_path) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(QT_TRANSLATE_NOOP("Errors", "{path}: cannot read: {reason}"),
                        path=sums_path, reason=reason(exc)) from None
    sums = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        digest, sep, name = line.partition(" ")
        name = name[1:] if name[:1] in (" ", "*") else name
        if not sep or len(digest) != 64 or not name:
            raise DataError(QT_TRANSLATE_NOOP(
                "Errors", "{path}: line {number} is not '<sha256>  <file name>'"),
                path=sums_path, number=number)
        sums[name] = digest.lower()
    return sums
