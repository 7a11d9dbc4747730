"""Where the bundled resources live, installed or in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent
#: where the resources are looked for, in this order
CANDIDATES = (_PKG / "resources", _PKG.parent / "resources")


def resources_dir() -> Path:
    """The folder holding the bundled data (``mnist/``) and checkpoints.

    A wheel carries the top-level ``resources/`` folder as ``cnnviz/resources``; a source
    checkout or an editable install finds it beside the package.
    """
    for candidate in CANDIDATES:
        if (candidate / "mnist").is_dir():
            return candidate
    raise FileNotFoundError(
        f"cnnviz's bundled resources are missing: looked in {CANDIDATES[0]} and "
        f"{CANDIDATES[1]}; reinstall cnnviz"
    )
