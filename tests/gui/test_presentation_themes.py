"""Presentation mode, themes and the presenter clicker's Page Down without scenes."""

import pytest

from cnnviz.gui.qt import QtCore, QtGui, QtWidgets, pg
from cnnviz.gui.themes import THEME_TABLE


def fonts(window):
    """Point sizes of the application and of every widget, and the pyqtgraph tick fonts."""
    widgets = {id(w): w.font().pointSizeF() for w in window.findChildren(QtWidgets.QWidget)}
    ticks = {id(a): a.style["tickFont"] for v in window.findChildren(pg.GraphicsView)
             for a in v.items() if isinstance(a, pg.AxisItem)}
    return QtWidgets.QApplication.font().pointSizeF(), widgets, ticks


def test_presentation_scales_fonts_hides_the_dock_and_leaving_restores_all(window, qtbot):
    app_pt, widgets, ticks = fonts(window)
    grid = window.inspector.findChild(pg.GraphicsView)
    state = window.windowState()
    assert window.dock.isVisible()
    qtbot.keyClick(window, QtCore.Qt.Key.Key_F11)
    assert window.lecture.presentation.active
    assert window.actions_by_name["action_presentation"].isChecked()
    assert window.windowState() & QtCore.Qt.WindowState.WindowFullScreen
    assert not window.dock.isVisible()
    assert QtWidgets.QApplication.font().pointSizeF() == pytest.approx(1.5 * app_pt)
    assert window.phase_label.font().pointSizeF() == pytest.approx(1.5 * widgets[id(window.phase_label)])
    assert window.inspector.header.font().pointSizeF() == pytest.approx(
        1.5 * widgets[id(window.inspector.header)])
    scaled = [a for a in grid.items() if isinstance(a, pg.AxisItem)
              and not isinstance(a.parentItem(), pg.ColorBarItem)]
    for axis in scaled:
        assert axis.style["tickFont"].pointSizeF() >= 1.5 * 9
    qtbot.keyClick(window, QtCore.Qt.Key.Key_F11)
    assert not window.lecture.presentation.active
    assert window.windowState() == state and window.dock.isVisible()
    assert fonts(window) == (app_pt, widgets, ticks)


def backgrounds(window):
    return [v.backgroundBrush().color().name() for v in window.findChildren(pg.GraphicsView)]


def test_theme_changes_the_palette_and_plots_and_back(window, qtbot):
    light_palette = QtWidgets.QApplication.palette().color(QtGui.QPalette.ColorRole.Window)
    light_plots = backgrounds(window)
    assert "#ffffff" in light_plots
    window.actions_by_name["action_theme_dark"].trigger()
    dark = THEME_TABLE["dark"]
    assert window.lecture.themes.name == "dark"
    pal = QtWidgets.QApplication.palette()
    assert pal.color(QtGui.QPalette.ColorRole.Window).name() == dark.window
    assert pal.color(QtGui.QPalette.ColorRole.WindowText).name() == dark.text
    assert "#ffffff" not in backgrounds(window)
    assert dark.background in backgrounds(window)
    axes = [a for v in window.findChildren(pg.GraphicsView) for a in v.items()
            if isinstance(a, pg.AxisItem)]
    assert axes and all(a.textPen().color().lightness() > 128 for a in axes
                        if a.textPen().color().hsvSaturation() < 30)
    window.actions_by_name["action_theme_light"].trigger()
    assert QtWidgets.QApplication.palette().color(QtGui.QPalette.ColorRole.Window) == light_palette
    assert backgrounds(window) == light_plots


def test_a_page_first_shown_in_dark_gets_dark_plots(window, qtbot):
    window.lecture.themes.apply("dark")
    page = window.show_page("health_page")
    qtbot.waitUntil(lambda: all(v.backgroundBrush().color().lightness() < 128
                                for v in page.findChildren(pg.GraphicsView)))
    window.lecture.themes.apply("light")


def test_page_down_without_scenes_steps_forward_then_backward_then_update(window, qtbot):
    blocks = [b.name for b in window.controller.session.net.blocks]
    seen = []
    for _ in range(2 * len(blocks) + 1):
        seen.append(window.controller.phase)
        qtbot.keyClick(window, QtCore.Qt.Key.Key_PageDown)
    expected = ([f"Forward {b}" for b in blocks] + [f"Backward {b}" for b in reversed(blocks)]
                + ["Update"])
    assert seen == expected
    assert window.controller.session.step == 1
