"""Give the keyboard back to the page after a number is typed into a field.

The window's transport keys are single letters (F, B, U, N, E, P) and Space. A spin box
or line edit that has the focus takes those keys for itself, so after typing a learning
rate or a probe index the keys seemed dead, and clicking beside the field did not help.
Here Enter or Escape in a one-line field hands the focus to the page in front, and a
click on an empty part of a page or of the training dock takes it there too. Escape
drops what was typed into a number field: the field shows its value again, and leaving
it does not take the typed number.
"""

from __future__ import annotations

from typing import Callable

from cnnviz.gui.qt import QtCore, QtGui, QtWidgets

#: how long after the field lets go its range is said, and for how long it shows
AFTER_FOCUS_MS, HINT_MS = 100, 4000

_GIVE_BACK = {QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter, QtCore.Qt.Key.Key_Escape}
_FIELDS = (QtWidgets.QAbstractSpinBox, QtWidgets.QLineEdit)
#: the events the filter acts on; every other one (the fields' paints while training,
#: 25 a second and more) passes at once
_WATCHED = {QtCore.QEvent.Type.ShortcutOverride, QtCore.QEvent.Type.FocusIn,
            QtCore.QEvent.Type.FocusOut, QtCore.QEvent.Type.KeyPress}


class KeysBack(QtCore.QObject):
    """Watches the one-line fields under a widget; ``home()`` is where the focus goes."""

    def __init__(self, home: Callable[[], QtWidgets.QWidget | None], parent=None):
        super().__init__(parent)
        self._home = home

    def watch(self, root: QtWidgets.QWidget) -> None:
        """Watch every field under ``root`` (not the editors inside tables, whose Enter
        moves to the next cell)."""
        for field in [f for kind in _FIELDS for f in root.findChildren(kind)]:
            if not _in_table(field):
                field.installEventFilter(self)

    @staticmethod
    def click_focus(*widgets: QtWidgets.QWidget) -> None:
        """A click on an empty part of ``widgets`` takes the focus out of a field."""
        for widget in widgets:
            widget.setFocusPolicy(QtCore.Qt.FocusPolicy.ClickFocus)

    def eventFilter(self, obj, event) -> bool:
        if event.type() not in _WATCHED:
            return False
        if event.type() == QtCore.QEvent.Type.ShortcutOverride and event.key() in _GIVE_BACK:
            # Enter and Escape are the field's: the labs' pages have Return as a shortcut
            # (play the animation), which took Enter from ε and from a typed stride
            event.accept()
            return True
        if event.type() == QtCore.QEvent.Type.FocusIn and _plain_text(obj):
            obj.setProperty(_KEPT, obj.text())   # what Escape goes back to
        if (event.type() == QtCore.QEvent.Type.KeyPress
                and isinstance(obj, QtWidgets.QAbstractSpinBox) and event.text().isprintable()
                and event.text().strip()):
            # a key the field refuses ("-" where no number is negative, "5" above the
            # highest) left it as it was with no word: say what it takes
            line = obj.lineEdit()
            before = (line.text(), line.cursorPosition(), line.selectedText())
            QtCore.QTimer.singleShot(0, self, lambda box=obj, was=before: _say_range(box, was))
        if isinstance(obj, QtWidgets.QAbstractSpinBox) and (
                event.type() == QtCore.QEvent.Type.FocusOut
                or (event.type() == QtCore.QEvent.Type.KeyPress
                    and event.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter))):
            # a number typed out of range ("5" for the learning rate) is put back to the
            # value when the field lets go, with no word: say why
            result = obj.validate(obj.lineEdit().text(), 0)
            state = result[0] if isinstance(result, tuple) else result
            if state != QtGui.QValidator.State.Acceptable:
                # once the focus has moved (Enter gives it to the page): a tooltip shown
                # now went with the focus change, before anyone could read it
                QtCore.QTimer.singleShot(AFTER_FOCUS_MS, self,
                                         lambda box=obj: _say_range(box, None))
        if event.type() == QtCore.QEvent.Type.KeyPress and event.key() in _GIVE_BACK:
            if event.key() == QtCore.Qt.Key.Key_Escape:
                _drop_typed(obj)
            # after the field has taken its value (Enter) or dropped the edit (Escape)
            QtCore.QTimer.singleShot(0, self, lambda field=obj: self._give_back(field))
        return False

    def _give_back(self, field: QtWidgets.QWidget) -> None:
        focus = QtWidgets.QApplication.focusWidget()
        home = self._home()
        if home is not None and focus is not None and (focus is field
                                                       or field.isAncestorOf(focus)):
            home.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)


def _say_range(box: QtWidgets.QAbstractSpinBox, before: tuple | None) -> None:
    """Beside ``box``, the numbers it takes, if the key just pressed did nothing at all
    (``before``: text, cursor and selection before the key, for "." that only moved the
    cursor past the point is a key taken; None: say it in any case)."""
    try:
        line = box.lineEdit()
        if (before is not None
                and (line.text(), line.cursorPosition(), line.selectedText()) != before) \
                or not hasattr(box, "minimum"):
            return
        text = QtCore.QCoreApplication.translate("KeysBack", "Allowed: from {0} to {1}").format(
            box.textFromValue(box.minimum()), box.textFromValue(box.maximum()))
        # kept while the mouse moves within the window, and for a few seconds
        window = QtCore.QRect(box.mapFrom(box.window(), QtCore.QPoint(0, 0)),
                              box.window().size())
        QtWidgets.QToolTip.showText(box.mapToGlobal(QtCore.QPoint(0, box.height())), text, box,
                                    window, HINT_MS)
    except RuntimeError:   # the field went before the event loop came back
        return


def _drop_typed(field: QtWidgets.QWidget) -> None:
    """Show a field's value again in place of what was typed. With keyboard tracking
    off (the window's number fields) a typed number only counts once Enter is pressed
    or the focus leaves, and a text field (the gradient check's ε) takes its text when
    the focus leaves; the focus is about to leave: without this, Escape would take the
    number it was pressed to drop."""
    if isinstance(field, (QtWidgets.QSpinBox, QtWidgets.QDoubleSpinBox)) \
            and not field.keyboardTracking():
        blocked = field.blockSignals(True)
        field.setValue(field.value())   # rewrites the text; the value is unchanged
        field.blockSignals(blocked)
    elif _plain_text(field) and field.property(_KEPT) is not None:
        field.setText(field.property(_KEPT))


_KEPT = "cnnviz_text_before_typing"


def _plain_text(widget) -> bool:
    """A one-line text field of its own (not the line inside a spin box)."""
    return isinstance(widget, QtWidgets.QLineEdit) and not isinstance(
        widget.parentWidget(), QtWidgets.QAbstractSpinBox)


def _in_table(widget: QtWidgets.QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QtWidgets.QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False
