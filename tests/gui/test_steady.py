"""Widgets of fixed size for texts and ranges that change on every frame."""

from cnnviz.gui.qt import QtGui
from cnnviz.gui.widgets.steady import SteadyLabel, SteadySpinBox


def _font(label, points):
    f = QtGui.QFont(label.font())
    f.setPointSizeF(points)
    return f


def test_label_grows_for_longer_texts_and_never_shrinks(qtbot):
    label = SteadyLabel("step 9")
    qtbot.addWidget(label)
    small = label.size()
    assert label.minimumSize() == label.maximumSize() == small    # fixed: asks no layout
    label.setText("step 1,234,567 · epoch 12")
    grown = label.size()
    assert grown.width() > small.width()
    assert label.sizeHint().width() <= grown.width()
    label.setText("step 1")
    assert label.size() == grown


def test_label_room_and_font_change(qtbot):
    label = SteadyLabel("1", room="step 999,999 · live")
    qtbot.addWidget(label)
    width = label.fontMetrics().horizontalAdvance("step 999,999 · live")
    assert label.width() >= width
    label.setFont(_font(label, label.font().pointSizeF() * 2))    # presentation mode
    assert label.width() >= label.fontMetrics().horizontalAdvance("step 999,999 · live")
    assert label.width() > width * 1.5
    label.setFont(_font(label, label.font().pointSizeF() / 4))    # measured afresh
    assert label.width() < width


def test_spin_box_keeps_its_size_when_the_range_changes(qtbot):
    spin = SteadySpinBox(digits=7)
    qtbot.addWidget(spin)
    size = spin.size()
    assert spin.minimumSize() == spin.maximumSize() == size
    for top in (10, 12_345, 9_999_999):
        spin.setRange(0, top)
        assert spin.size() == size
    spin.setValue(9_999_999)
    assert spin.value() == 9_999_999 and spin.maximum() == 9_999_999
    spin.setFont(_font(spin, spin.font().pointSizeF() * 2))
    assert spin.width() > size.width() and spin.maximum() == 9_999_999
