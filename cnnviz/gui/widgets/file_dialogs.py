"""File dialogs that open where the last one left off.

Each dialog once started in the folder cnnviz was started from, so a lecturer who saved
a checkpoint in ``~/lecture`` had to find that folder again to open a scenario or to
export a view. Every file dialog of the window now starts in the folder of the last file
chosen in any of them (the working folder before the first).
"""

from __future__ import annotations

from pathlib import Path

from cnnviz.gui.qt import QtWidgets

_last: list[Path] = []     # the folder of the last file chosen, once there is one


def folder() -> Path:
    """Where the next dialog starts."""
    return _last[-1] if _last else Path.cwd()


def _chosen(path: str) -> str:
    if path:
        _last[:] = [Path(path).resolve().parent]
    return path


def open_path(parent, title: str, filters: str) -> str:
    """A file to open ("" when cancelled)."""
    path, _ = QtWidgets.QFileDialog.getOpenFileName(parent, title, str(folder()), filters)
    return _chosen(path)


def save_path(parent, title: str, name: str, filters: str) -> str:
    """A file to write, proposed as ``name`` in the last folder ("" when cancelled)."""
    path, _ = QtWidgets.QFileDialog.getSaveFileName(parent, title, str(folder() / name),
                                                    filters)
    return _chosen(path)
