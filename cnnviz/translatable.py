"""Translation markers for Qt-free modules.

``tools/translations.py`` extracts ``QT_TRANSLATE_NOOP("Context", "text")`` calls; the
GUI translates the text later with ``tr()`` in that context. Here the marker only returns
the text, so a module of ``cnnviz.labs`` can mark its titles without importing Qt.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (Qt's own name)
    """``text`` unchanged; ``context`` tells the extractor where it is translated."""
    return text
