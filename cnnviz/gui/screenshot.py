"""``cnnviz screenshot``: render the main window without a screen, after N training steps."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from cnnviz.errors import CnnvizError

LAYERS = ("C1", "S2", "C3", "S4", "C5", "F6", "OUT")


def screenshot(out: str | Path, steps: int = 0, layer: str | None = None,
               pretrained: bool = False, data_dir: str | None = None,
               size: tuple[int, int] = (1280, 800), probe: int = 0, tab: str | None = None,
               page: str | None = None, lang: str | None = None, theme: str | None = None,
               present: bool | None = None, scenario: str | Path | None = None) -> Path:
    """Build the window offscreen, train ``steps`` batches, select ``layer``, save a PNG/SVG.

    ``scenario``: open that scenario file first (its network, probe, page, layer, lab
    settings, theme, presentation mode and language), so that a prepared scene becomes a
    picture; the view options given besides it (layer, tab, page, theme, present, lang)
    win over its own. Without it they default to C1, forward, the network page, light, no
    presentation and English.
    """
    if layer is not None and layer not in LAYERS:
        raise CnnvizError(f"--layer {layer!r} is not one of {', '.join(LAYERS)}")
    if tab is not None and tab not in ("forward", "backward"):
        raise CnnvizError(f"--tab must be forward or backward, not {tab!r}")
    if steps < 0:
        raise CnnvizError(f"--steps must be >= 0, not {steps}")
    if scenario is not None and pretrained:
        raise CnnvizError("--pretrained and --scenario both choose the network: give one")
    if scenario is None:   # the usual view
        layer, tab, page = layer or "C1", tab or "forward", page or "network"
        theme, present = theme or "light", bool(present)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from cnnviz.core.tuning import tune
    from cnnviz.data import load
    from cnnviz.gui.app import scenario_language, make_app
    from cnnviz.gui.presentation import factor_for
    from cnnviz.gui.qt import QtCore
    from cnnviz.gui.widgets.export_menu import export_view
    from cnnviz.gui.main_window import MainWindow

    from cnnviz.gui import i18n, scenario_io

    tune()
    app = make_app()
    if lang is None:   # the scenario's language; English where it says auto or none
        lang = scenario_language(scenario) if scenario is not None else "en"
        lang = "en" if lang == "auto" else lang
    i18n.install(app, lang)
    window = MainWindow(load(data_dir), probe_index=probe)
    try:
        if pretrained and not window.open_pretrained():
            raise CnnvizError(window.last_error)
        if scenario is not None and not scenario_io.open_scenario(window, scenario):
            raise CnnvizError(window.last_error)
        for _ in range(steps):
            window.controller.train_batch()
        if theme is not None:
            window.lecture.themes.apply(theme)
        presentation = window.lecture.presentation
        if present is None:
            present = presentation.active            # as the scenario has it
        presentation.set_active(False)
        presentation.factor = factor_for(size[1])   # as on a projector of that size
        presentation.set_active(present)
        window.setWindowState(QtCore.Qt.WindowState.WindowNoState)   # the size asked for
        window.resize(*size)
        if layer is not None:
            window.select_layer(layer)
        if tab is not None:
            window.inspector.tabs.setCurrentIndex(0 if tab == "forward" else 1)
        try:
            shown = (window.show_page(page_name(window, page)) if page is not None
                     else window.pages.currentWidget())
        except KeyError as e:
            raise CnnvizError(f"--page: {e.args[0]}") from None
        window.show()
        if hasattr(shown, "prepare_screenshot"):   # e.g. draw a digit, run an evaluation
            shown.prepare_screenshot()
        for _ in range(5):
            app.processEvents()
        if window.size() != QtCore.QSize(*size):   # left full screen for its normal size
            window.resize(*size)
            for _ in range(5):
                app.processEvents()
        window.lecture.themes.restyle()   # plots the page built when it was first shown
        app.processEvents()
        got = window.size()
        if got != QtCore.QSize(*size):   # below its least size, say: said, not hidden
            least = window.minimumSizeHint()
            why = (f" (the least the window can be is {least.width()}x{least.height()})"
                   if least.width() > size[0] or least.height() > size[1] else "")
            print(f"cnnviz: the window cannot be {size[0]}x{size[1]} here; the picture is "
                  f"{got.width()}x{got.height()}{why}", file=sys.stderr)
        return export_view(window, out)
    finally:
        window.lecture.presentation.set_active(False)   # the app's font, palette and maps
        window.lecture.themes.apply("light")
        window.close()
        window.deleteLater()
        app.processEvents()


def page_name(window, name: str) -> str:
    """The page ``name`` is short for: a page's own name (``health_page``), or the part
    of it before its last ``_`` (``health``, ``convolution``, ``multichannel``)."""
    names = window.page_names()
    if name in names:
        return name
    short = [n for n in names if n.rsplit("_", 1)[0] == name]
    return short[0] if len(short) == 1 else name
