"""``cnnviz screenshot``: render the main window without a screen, after N training steps."""

from __future__ import annotations

import os
from pathlib import Path

from cnnviz.errors import CnnvizError

LAYERS = ("C1", "S2", "C3", "S4", "C5", "F6", "OUT")


def screenshot(out: str | Path, steps: int = 0, layer: str = "C1", pretrained: bool = False,
               data_dir: str | None = None, size: tuple[int, int] = (1280, 800),
               probe: int = 0, tab: str = "forward", page: str = "network",
               lang: str = "en", theme: str = "light", present: bool = False) -> Path:
    """Build the window offscreen, train ``steps`` batches, select ``layer``, save a PNG/SVG."""
    if layer not in LAYERS:
        raise CnnvizError(f"--layer {layer!r} is not one of {', '.join(LAYERS)}")
    if tab not in ("forward", "backward"):
        raise CnnvizError(f"--tab must be forward or backward, not {tab!r}")
    if steps < 0:
        raise CnnvizError(f"--steps must be >= 0, not {steps}")
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from cnnviz.core.tuning import tune
    from cnnviz.data import load
    from cnnviz.gui.app import make_app
    from cnnviz.gui.presentation import factor_for
    from cnnviz.gui.qt import QtCore
    from cnnviz.gui.widgets.export_menu import export_view
    from cnnviz.gui.main_window import MainWindow

    from cnnviz.gui import i18n

    tune()
    app = make_app()
    i18n.install(app, lang)
    window = MainWindow(load(data_dir), probe_index=probe)
    try:
        if pretrained and not window.open_pretrained():
            raise CnnvizError(window.last_error)
        for _ in range(steps):
            window.controller.train_batch()
        window.lecture.themes.apply(theme)
        presentation = window.lecture.presentation
        presentation.factor = factor_for(size[1])   # as on a projector of that size
        presentation.set_active(present)
        window.setWindowState(QtCore.Qt.WindowState.WindowNoState)   # the size asked for
        window.resize(*size)
        window.select_layer(layer)
        window.inspector.tabs.setCurrentIndex(0 if tab == "forward" else 1)
        try:
            shown = window.show_page(page)
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
        return export_view(window, out)
    finally:
        window.lecture.presentation.set_active(False)   # the app's font, palette and maps
        window.lecture.themes.apply("light")
        window.close()
        window.deleteLater()
        app.processEvents()
