"""The labs: pages of the main window that take one idea of the lecture apart.

Each entry of ``LAB_PAGES`` is ``(tab title, factory)``; ``factory(window)`` builds the
page (a QWidget with a unique object name) for a :class:`~cnnviz.gui.MainWindow`, from
which it may read ``window.data`` and ``window.controller``. The labs compute nothing
themselves: their numbers come from :mod:`cnnviz.labs`, which asks the core.
"""

from __future__ import annotations

from cnnviz.gui.qt import QT_TRANSLATE_NOOP


def _convolution(window):
    from cnnviz.gui.labs.convolution_lab import ConvolutionLab

    return ConvolutionLab(window)


def _pooling(window):
    from cnnviz.gui.labs.pooling_page import PoolingPage

    return PoolingPage(window)


def _backprop(window):
    from cnnviz.gui.labs.backprop_page import BackpropPage

    return BackpropPage(window)


def _multichannel(window):
    from cnnviz.gui.labs.multichannel_page import MultiChannelPage

    return MultiChannelPage(window)


def _draw(window):
    from cnnviz.gui.labs import draw_page

    return draw_page.make_page(window)


def _evaluation(window):
    from cnnviz.gui.labs import eval_page

    return eval_page.make_page(window)


def _health(window):
    from cnnviz.gui.views.health_page import health_page

    return health_page(window)


# titles are translated by the main window, in its context
LAB_PAGES: list = [
    (QT_TRANSLATE_NOOP("MainWindow", "Convolution"), _convolution),
    (QT_TRANSLATE_NOOP("MainWindow", "Pooling"), _pooling),
    (QT_TRANSLATE_NOOP("MainWindow", "Backprop"), _backprop),
    (QT_TRANSLATE_NOOP("MainWindow", "Multi-channel"), _multichannel),
    (QT_TRANSLATE_NOOP("MainWindow", "Draw"), _draw),
    (QT_TRANSLATE_NOOP("MainWindow", "Evaluation"), _evaluation),
    (QT_TRANSLATE_NOOP("MainWindow", "Health"), _health),
]
