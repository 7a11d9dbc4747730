"""Where the bundled resources live, installed or in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The folder holding the bundled data (``mnist/``) and checkpoints.

    A wheel carries the top-level ``resources/`` folder as ``cnnviz/resources``; a source
    checkout or an editable install finds it beside the package.
    """
    for candidate in (_PKG / "resources", _PKG.parent / "resources"):
        if (candidate / "mnist").is_dir():
            return candidate
    raise FileNotFoundError(
        f"cnnviz's bundled resources are missing: looked in {_PKG / 'resources'} and "
        f"{_PKG.parent / 'resources'}; reinstall cnnviz"
    )
