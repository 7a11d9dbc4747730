"""Redraw a view only while it is on show: changes to a hidden page just mark it stale."""

from __future__ import annotations


class RefreshWhenShown:
    """Mixin (before the Qt widget class) for a view with a ``refresh()`` method.

    Call :meth:`changed` when the data changed: it redraws at once if the view is
    visible, else when it is next shown.
    """

    _stale = True

    def changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Redraw; subclasses draw and then call this (or clear ``_stale`` themselves)."""
        self._stale = False
