"""LinesLabel: room for the texts it has shown at its width, no more and no less."""

from cnnviz.gui.qt import QtWidgets
from cnnviz.gui.widgets.labels import LinesLabel

LONG = ("dE/dX_j = Σ_i dE/dY_i *full K_ij (*: convolution, full) · dE/dK_ij = X_j ⋆ dE/dY_i "
        "(valid correlation) · dE/dB_i = Σ dE/dY_i") * 2
SHORT = "Y = W X + B"


def test_it_keeps_room_for_the_longest_text_and_gives_it_back_when_widened(qtbot):
    host = QtWidgets.QWidget()
    qtbot.addWidget(host)
    label = LinesLabel(2, host)
    host.resize(300, 400)
    label.resize(300, 10)
    host.show()
    qtbot.waitExposed(host)
    least = label.minimumHeight()
    assert least >= 2 * label.fontMetrics().lineSpacing()
    label.setText(LONG)
    tall = label.minimumHeight()
    assert tall == label.heightForWidth(300) > least     # it wraps to many lines
    label.setText(SHORT)
    assert label.minimumHeight() == tall                 # a short text keeps the room
    label.resize(280, label.height())        # the texts beside it moved: room only grows
    assert label.minimumHeight() == max(tall, label.heightForWidth(280))
    host.resize(3000, 400)                   # the window widened: LONG fits in two lines
    label.resize(3000, label.height())
    QtWidgets.QApplication.processEvents()
    assert label.minimumHeight() == least
    host.resize(300, 400)                    # narrow again: LONG was seen
    label.resize(300, label.height())
    QtWidgets.QApplication.processEvents()
    assert label.minimumHeight() == tall
