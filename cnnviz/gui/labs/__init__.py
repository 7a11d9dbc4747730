"""The labs: pages of the main window that take one idea of the lecture apart.

Each entry of ``LAB_PAGES`` is ``(tab title, factory)``; ``factory(window)`` builds the
page (a QWidget with a unique object name) for a :class:`~cnnviz.gui.MainWindow`, from
which it may read ``window.data`` and ``window.controller``. The labs compute nothing
themselves: their numbers come from :mod:`cnnviz.labs`, which asks the core.
"""

from __future__ import annotations


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


LAB_PAGES: list = [
    ("Convolution", _convolution),
    ("Pooling", _pooling),
    ("Backprop", _backprop),
    ("Multi-channel", _multichannel),
]
