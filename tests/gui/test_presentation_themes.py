"""Presentation mode, themes and the presenter clicker's Page Down without scenes."""

from collections import Counter

import numpy as np
import pytest

from cnnviz.gui.presentation import factor_for
from cnnviz.gui.qt import QtCore, QtGui, QtWidgets, pg
from cnnviz.gui.themes import THEME_TABLE


def fonts(window):
    """Point sizes of the application and of every widget, and the pyqtgraph tick fonts."""
    # sorted: Qt may list a scroll area's two scroll-bar containers in either order after
    # the bars have been shown and hidden (the pages sit in scroll areas)
    widgets = sorted((w.objectName(), w.font().pointSizeF())
                     for w in window.findChildren(QtWidgets.QWidget))
    ticks = [a.style["tickFont"] for v in window.findChildren(pg.GraphicsView)
             for a in v.items() if isinstance(a, pg.AxisItem)]
    return QtWidgets.QApplication.font().pointSizeF(), widgets, ticks


def legends(window):
    """The widths of the training plots' legends."""
    plots = (window.training.loss_plot, window.training.accuracy_plot)
    return [p.getPlotItem().legend.width() for p in plots]


def test_presentation_scales_fonts_hides_the_dock_and_leaving_restores_all(window, qtbot):
    app_pt, widgets, ticks = fonts(window)
    grid = window.inspector.findChild(pg.GraphicsView)
    state = window.windowState()
    strip_min = window.strip.minimumSizeHint().width()
    assert window.dock.isVisible()
    legend_widths = legends(window)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_F11)
    assert window.lecture.presentation.active
    assert window.actions_by_name["action_presentation"].isChecked()
    assert window.windowState() & QtCore.Qt.WindowState.WindowFullScreen
    assert not window.dock.isVisible()
    k = window.lecture.presentation.scale
    assert k == factor_for(window.screen().availableGeometry().height()) > 1.2
    assert QtWidgets.QApplication.font().pointSizeF() == pytest.approx(k * app_pt)
    sizes = dict(widgets)
    assert window.phase_label.font().pointSizeF() == pytest.approx(k * sizes["phase_label"])
    assert window.inspector.header.font().pointSizeF() == pytest.approx(
        k * sizes["inspector_header"])
    scaled = [a for a in grid.items() if isinstance(a, pg.AxisItem)
              and not isinstance(a.parentItem(), pg.ColorBarItem)]
    for axis in scaled:
        assert axis.style["tickFont"].pointSizeF() >= k * 9
    # the strip measures its blocks again, so it drops detail instead of clipping text
    qtbot.waitUntil(lambda: window.strip.minimumSizeHint().width() > 1.15 * strip_min)
    qtbot.keyClick(window, QtCore.Qt.Key.Key_F11)
    assert not window.lecture.presentation.active
    assert window.windowState() == state and window.dock.isVisible()
    # the application font reaches the widgets through posted events
    qtbot.waitUntil(lambda: fonts(window) == (app_pt, widgets, ticks))
    qtbot.waitUntil(lambda: window.strip.minimumSizeHint().width() == strip_min)
    # the loss and accuracy legends close up again (they kept presentation mode's spacing)
    assert legends(window) == pytest.approx(legend_widths, abs=1)


def test_fonts_grow_less_on_a_screen_of_800_lines():
    assert factor_for(1080) == 1.5 and factor_for(1200) == 1.5
    assert factor_for(800) == factor_for(768) == 1.25


def backgrounds(window):
    return [v.backgroundBrush().color().name() for v in window.findChildren(pg.GraphicsView)
            if v.isVisible()]


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
    axes = [a for v in window.findChildren(pg.GraphicsView) if v.isVisible()
            for a in v.items() if isinstance(a, pg.AxisItem)]
    assert axes and all(a.textPen().color().lightness() > 128 for a in axes
                        if a.textPen().color().hsvSaturation() < 30)
    window.inspector.tabs.setCurrentIndex(1)     # plots shown while dark
    qtbot.waitUntil(lambda: "#ffffff" not in backgrounds(window))
    window.inspector.tabs.setCurrentIndex(0)
    window.actions_by_name["action_theme_light"].trigger()
    assert QtWidgets.QApplication.palette().color(QtGui.QPalette.ColorRole.Window) == light_palette
    assert backgrounds(window) == light_plots
    window.inspector.tabs.setCurrentIndex(1)     # and those shown again in light
    qtbot.waitUntil(lambda: THEME_TABLE["dark"].background not in backgrounds(window))


def test_the_legends_boxes_come_back_white_after_dark_and_light(window):
    """After Dark and then Light the loss and accuracy legends stood in grey boxes (the
    light theme's text colour inverted), where they had been white."""
    def boxes():
        return [item.brush().color().name(QtGui.QColor.NameFormat.HexArgb)
                for v in window.findChildren(pg.GraphicsView) if v.isVisible()
                for item in v.items() if isinstance(item, pg.LegendItem)]

    light = boxes()
    assert light and all(b.endswith("ffffff") for b in light)
    window.actions_by_name["action_theme_dark"].trigger()
    assert all(QtGui.QColor(b).lightness() < 128 for b in boxes())
    window.actions_by_name["action_theme_light"].trigger()
    assert boxes() == light


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


def mean_lightness(path):
    img = QtGui.QImage(str(path))
    values = [img.pixelColor(x, y).lightness() for x in range(0, img.width(), 16)
              for y in range(0, img.height(), 16)]
    return img.width(), img.height(), sum(values) / len(values)


def test_screenshot_in_dark_and_in_presentation_mode(tmp_path):
    from cnnviz.cli import main

    light, dark = tmp_path / "light.png", tmp_path / "dark.png"
    assert main(["screenshot", "--out", str(light), "--page", "pooling_lab"]) == 0
    assert main(["screenshot", "--out", str(dark), "--page", "pooling_lab", "--theme", "dark",
                 "--present", "--size", "1920x1080"]) == 0
    w, h, lo = mean_lightness(dark)
    assert (w, h) == (1920, 1080)
    assert lo < 0.6 * mean_lightness(light)[2]


def test_command_line_options_of_the_window(window, tmp_path):
    from cnnviz.gui.app import _lecture_options, build_parser

    args = build_parser().parse_args(["--theme", "dark", "--present",
                                      "--scenario", str(tmp_path / "none.json")])
    _lecture_options(window, args)
    assert "none.json" in window.last_error
    assert window.lecture.themes.name == "dark" and window.lecture.presentation.active
    window.lecture.presentation.set_active(False)
    window.lecture.themes.apply("light")


def test_a_checkpoint_that_cannot_be_opened_at_start_is_named_on_the_terminal(
        window, tmp_path, capsys):
    """The dialog naming it went once dismissed, and nothing said that the network on
    show was a new one and not the file's."""
    from cnnviz.gui.app import _open_network, build_parser

    bad = tmp_path / "lecture.npz"
    bad.write_text("not a checkpoint")
    step = window.controller.session.step
    _open_network(window, build_parser().parse_args(["--checkpoint", str(bad)]))
    err = capsys.readouterr().err
    assert "lecture.npz" in window.last_error and "lecture.npz" in err
    assert "new network" in err and "Traceback" not in err
    assert window.controller.session.step == step
    _open_network(window, build_parser().parse_args([]))      # nothing asked, nothing said
    assert capsys.readouterr().err == ""


def test_numbers_on_heat_map_cells_keep_their_colour_in_dark(window, qtbot):
    page = window.show_page("evaluation_page")
    qtbot.waitUntil(lambda: page.report is not None, timeout=60000)
    texts = page.findChild(pg.GraphicsView).items()

    def colours():
        return [(t.toPlainText(), t.color.name()) for t in texts if isinstance(t, pg.TextItem)]

    light = colours()
    window.lecture.themes.apply("dark")
    dark = colours()
    window.lecture.themes.apply("light")
    assert [t for t, _ in dark] == [t for t, _ in light]
    cells = [(a, b) for a, b in zip(light, dark) if a[0].isdigit()]
    assert cells and all(a == b for a, b in cells)
    assert QtGui.QColor(dict(dark)["accuracy"]).lightness() > 128   # beside the map


def test_language_switch_in_presentation_mode_with_scenes(window, qtbot):
    """The lecture's menus, clicker keys and scene list come back in the new language, and
    presentation mode stays on (leaving it still restores the window)."""
    from cnnviz.gui import i18n

    lecture = window.lecture
    lecture.scenes.add_current()
    lecture.presentation.set_active(True)
    try:
        window.findChild(QtGui.QAction, "action_language_ru").trigger()
        assert lecture.presentation.active and window.dock.isHidden()
        acts = [a for a in window.actions() if a.objectName() == "action_presentation"]
        assert len(acts) == 1 and acts[0].shortcut().toString() == "F11"
        assert window.actions_by_name["action_presentation"].isChecked()
        assert lecture.scene_label.text() == "Сцена 1/1" and lecture.scenes.windowTitle() == "Сцены"
        window.actions_by_name["action_next"].trigger()          # the clicker still works
        lecture.presentation.set_active(False)
        assert not window.dock.isHidden()
    finally:
        window.findChild(QtGui.QAction, "action_language_en").trigger()
    assert i18n.current() == "en" and lecture.scenes.windowTitle() == "Scenes"


def test_a_theme_chosen_before_the_window_is_shown_reaches_its_plots(window, qtbot):
    """As with ``cnnviz --theme dark``: the theme is applied, then the window shown."""
    window.hide()
    window.lecture.themes.apply("dark")
    try:
        window.show()
        qtbot.waitUntil(lambda: all(v.backgroundBrush().color().lightness() < 128
                                    for v in window.findChildren(pg.GraphicsView)
                                    if v.isVisible()))
    finally:
        window.lecture.themes.apply("light")


def test_axis_labels_set_again_after_a_restyle_turn_light_in_dark(window, qtbot):
    """The health page labels its heat maps' axes when a layer is chosen: after the
    theme's restyle, so the labels came back dark on the dark plot."""
    from cnnviz.gui.widgets.heat_over_steps import HeatOverSteps

    window.lecture.themes.apply("dark")
    try:
        page = window.show_page("health_page")
        heat = page.findChildren(HeatOverSteps)[0]
        qtbot.waitUntil(lambda: heat.backgroundBrush().color().lightness() < 128)
        heat.set_axes("bin", "training step")
        window.lecture.themes.restyle()
        for side in ("left", "bottom"):
            color = QtGui.QColor(heat.plot.getAxis(side).labelStyle["color"])
            assert color.lightness() > 128, (side, color.name())
    finally:
        window.lecture.themes.apply("light")


def test_the_inspector_captions_are_readable_in_dark(window, qtbot):
    """The forward caption had a fixed near-black colour and the backward one was purple:
    both hard to read on the dark page."""
    window.lecture.themes.apply("dark")
    try:
        for tab, caption in enumerate((window.inspector.forward_caption,
                                       window.inspector.backward_caption)):
            window.inspector.tabs.setCurrentIndex(tab)
            qtbot.waitUntil(lambda: caption.text() != "")
            qtbot.wait(50)      # the new palette reaches the widgets
            image = caption.grab().toImage()
            pixels = Counter(image.pixelColor(x, y).name() for x in range(image.width())
                             for y in range(image.height()))
            background = QtGui.QColor(pixels.most_common(1)[0][0]).lightness()
            lightest = max(QtGui.QColor(p).lightness() for p in pixels)
            assert background < 100 and lightest > 200, (caption.text(), background)
    finally:
        window.inspector.tabs.setCurrentIndex(0)
        window.lecture.themes.apply("light")


def test_messages_about_bad_entries_read_in_both_themes(window, qtbot):
    """The labs' red messages were a dark red, at a contrast of 1.9 to 1 on dark grey."""
    from cnnviz.gui.labs.page_parts import show_message

    lab = window.show_page("convolution_lab")
    lab.settings.krows.setValue(7)          # a 7x7 kernel in valid mode on a 5x5 input
    assert lab.message.isVisible() and lab.message.text()
    pool = window.findChild(QtWidgets.QWidget, "pooling_lab")
    show_message(pool.error_label, "a message")

    def text_and_window(label):
        pal = label.palette()
        return (pal.color(QtGui.QPalette.ColorRole.WindowText),
                pal.color(QtGui.QPalette.ColorRole.Window))

    try:
        for theme in ("dark", "light"):
            window.lecture.themes.apply(theme)
            for label in (lab.message, pool.error_label):
                qtbot.waitUntil(lambda: (text_and_window(label)[1].lightness() < 128)
                                == (theme == "dark"))
                text, back = text_and_window(label)
                assert text.red() > 150 and text.green() < 150    # still red
                assert abs(text.lightness() - back.lightness()) > 60, (theme, text.name())
    finally:
        window.lecture.themes.apply("light")


def test_a_language_switch_in_presentation_mode_stays_full_screen_without_the_dock(
        window, qtbot):
    """The rebuilt training dock was hidden only later, by the window's layout, after
    presentation mode had looked at it: it came back at the large font, made the window
    taller than the screen and ended full screen."""
    presentation = window.lecture.presentation
    full = QtCore.Qt.WindowState.WindowFullScreen
    presentation.set_active(True)
    try:
        window.findChild(QtGui.QAction, "action_language_ru").trigger()
        qtbot.wait(200)        # the layout of the new widgets is done by then
        assert window.dock.isHidden() and window.windowState() & full
        presentation.set_active(False)
        qtbot.waitUntil(lambda: not window.dock.isHidden())
        assert not window.windowState() & full
    finally:
        presentation.set_active(False)
        window.findChild(QtGui.QAction, "action_language_en").trigger()


def test_the_network_page_fits_1280_pixels_in_russian_presentation(russian, window, qtbot):
    """Under X11 the inspector's one-line header ("C5 · свёртка 5x5, valid · tanh ·
    16@5x5 → 120@1x1") beside its controls made the window 1360 pixels wide; the header
    now wraps onto a second line instead."""
    presentation = window.lecture.presentation
    presentation.factor = 1.25
    window.select_layer("C5")
    presentation.set_active(True)
    try:
        qtbot.wait(50)
        header = window.inspector.header
        assert header.minimumSizeHint().width() < header.sizeHint().width() / 2
        assert window.minimumSizeHint().width() <= 1280
    finally:
        presentation.set_active(False)


def test_the_strip_grows_with_presentation_fonts_and_keeps_its_thumbnails(window, qtbot):
    """At 1280x800 the larger texts once squeezed the thumbnails under them to 57 pixels
    and cut the bottom of C3's and S4's mosaics off; the strip now grows with its texts."""
    from cnnviz.gui.views.network_strip import MOSAIC_HEIGHT, MOSAIC_LEAST

    def thumbnails():
        QtWidgets.QApplication.processEvents()
        blocks = [window.strip.findChild(QtWidgets.QWidget, f"block_{name}")
                  for name in window.strip.block_names()]
        for block in blocks:    # each mosaic whole inside its block, under its texts
            assert block.rect().contains(block.mosaic.geometry()), block.objectName()
            assert block.mosaic.geometry().top() > block.labels[-1].geometry().bottom()
        return min(block.mosaic.height() for block in blocks)

    window.setWindowState(QtCore.Qt.WindowState.WindowNoState)
    window.resize(1280, 800)
    qtbot.wait(50)
    least = window.strip.minimumHeight()
    assert MOSAIC_LEAST <= thumbnails() <= MOSAIC_HEIGHT
    presentation = window.lecture.presentation
    presentation.factor = 1.25      # a projector of 800 lines
    presentation.set_active(True)
    try:
        window.setWindowState(QtCore.Qt.WindowState.WindowNoState)
        window.resize(1280, 800)
        qtbot.waitUntil(lambda: window.strip.minimumHeight() > least)   # measured again
        assert thumbnails() >= MOSAIC_LEAST
    finally:
        presentation.set_active(False)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.strip.minimumHeight() == least)
    assert thumbnails() >= MOSAIC_LEAST


def test_the_training_panel_and_the_strip_can_be_shown_or_hidden_from_view(window, qtbot):
    """Presentation mode hid the loss curves and the prediction with no way to show them,
    and on 800 lines the strip left the inspector little room."""
    acts = window.actions_by_name
    presentation = window.lecture.presentation
    presentation.set_active(True)
    try:
        assert not window.dock.isVisible()
        acts["action_show_training"].trigger()
        qtbot.waitUntil(window.dock.isVisible)
        assert presentation.active
        before = window.inspector.height()
        acts["action_show_strip"].setChecked(True)    # as the View menu shows it
        acts["action_show_strip"].trigger()           # unticked: hidden
        qtbot.waitUntil(lambda: window.inspector.height() > before + 100)
        assert window.strip.isHidden()
        view = acts["action_show_strip"].associatedObjects()[-1]
        view.aboutToShow.emit()
        assert not acts["action_show_strip"].isChecked()
        assert acts["action_show_training"].isChecked()
        acts["action_show_strip"].trigger()
        qtbot.waitUntil(window.strip.isVisible)
        acts["action_show_training"].trigger()        # hidden again while presenting...
        assert window.dock.isHidden()
    finally:
        presentation.set_active(False)
    assert window.dock.isHidden()                     # ...stays hidden after it
    # a language switch builds a new dock and strip: they keep what View chose
    acts["action_show_strip"].setChecked(True)
    acts["action_show_strip"].trigger()
    window.findChild(QtGui.QAction, "action_language_ru").trigger()
    try:
        assert window.dock.isHidden() and window.strip.isHidden()
    finally:
        window.findChild(QtGui.QAction, "action_language_en").trigger()
    window.actions_by_name["action_show_training"].trigger()
    window.actions_by_name["action_show_strip"].setChecked(False)
    window.actions_by_name["action_show_strip"].trigger()
    assert not window.dock.isHidden() and not window.strip.isHidden()


def test_typed_matrices_grow_with_presentation_fonts_and_never_scroll(window, show_page,
                                                                     qtbot):
    """With presentation mode's larger font a 4x4 editor kept the size it had: its
    headers grew, its last column was cut and scroll bars appeared (the Pooling page at
    1280x800)."""
    from cnnviz.gui.widgets.matrix_editor import MatrixEditor

    page = show_page("pooling_lab")
    editors = page.findChildren(MatrixEditor)
    assert editors

    def cells_fit(ed):
        h, w = ed.array().shape
        need_w = ed.verticalHeader().width() + sum(ed.columnWidth(c) for c in range(w))
        need_h = ed.horizontalHeader().height() + sum(ed.rowHeight(r) for r in range(h))
        text = max(ed.fontMetrics().horizontalAdvance(ed.item(r, c).text())
                   for r in range(h) for c in range(w))
        return (ed.viewport().width() >= need_w - ed.verticalHeader().width() - 1
                and ed.viewport().height() >= need_h - ed.horizontalHeader().height() - 1
                and min(ed.columnWidth(c) for c in range(w)) > text)

    before = [ed.columnWidth(0) for ed in editors]
    window.lecture.presentation.set_active(True)
    try:
        qtbot.waitUntil(lambda: all(cells_fit(ed) for ed in editors))
        assert not any(ed.horizontalScrollBar().isVisible() for ed in editors)
    finally:
        window.lecture.presentation.set_active(False)
    qtbot.waitUntil(lambda: [ed.columnWidth(0) for ed in editors] == before)


def test_a_full_bar_keeps_its_whole_label_inside_the_plot(qtbot):
    """"100%" over a full bar was cut in half when presentation mode enlarged the labels
    of a plot 140 pixels high (the Draw page at 1280x800)."""
    from cnnviz.gui.qt import QtGui
    from cnnviz.gui.widgets.probability_bars import ProbabilityBars

    bars = ProbabilityBars()
    qtbot.addWidget(bars)
    bars.resize(700, 170)
    bars.show()
    qtbot.waitExposed(bars)
    probs = np.eye(10)[3]
    for size in (10, 15, 20):
        bars.set_probabilities(probs, tuple(range(10)))
        for t in bars._texts:
            t.setFont(QtGui.QFont(t.textItem.font().family(), size))
        bars.set_probabilities(probs, tuple(range(10)))
        qtbot.wait(10)
        view = bars.getPlotItem().getViewBox()
        label = bars._texts[3]
        top_of_label = label.mapRectToScene(label.boundingRect()).top()
        assert top_of_label >= view.sceneBoundingRect().top() - 0.5, size


def test_the_strip_thumbnails_take_the_blocks_colour_in_both_themes(window, qtbot):
    """The gaps of a block's thumbnails are the block's own colour, in dark as in light."""
    from cnnviz.gui.views.strip_parts import _Block

    def gaps():
        return {b.name: (b.mosaic.background.name(), b.fill().name())
                for b in window.strip.findChildren(_Block)}

    assert all(bg == fill for bg, fill in gaps().values())
    assert {bg for bg, _ in gaps().values()} <= {"#ffffff"} | {
        b.fill().name() for b in window.strip.findChildren(_Block) if b.active}
    window.actions_by_name["action_theme_dark"].trigger()
    qtbot.waitUntil(lambda: all(QtGui.QColor(bg).lightness() < 128 for bg, _ in gaps().values()))
    assert all(bg == fill for bg, fill in gaps().values())
    block = window.strip.findChild(_Block, "block_C1")
    image = block.mosaic.grab().toImage()
    corner = QtGui.QColor(image.pixel(0, 0))       # beside the picture: the block's colour
    assert corner.name() == block.fill().name()
    window.actions_by_name["action_theme_light"].trigger()
    qtbot.waitUntil(lambda: all(QtGui.QColor(bg).lightness() >= 128 for bg, _ in gaps().values()))
    assert all(bg == fill for bg, fill in gaps().values())


def test_every_label_and_button_on_show_grows_in_presentation_mode(window, qtbot):
    """A style sheet with a font property pins a widget's font, and presentation mode then
    left it at its old size: the timeline's "step … · live" did. On every page, every
    label and button on show grows by the presentation factor."""
    texts = (QtWidgets.QLabel, QtWidgets.QAbstractButton)
    for page in range(window.pages.count()):
        window.pages.setCurrentIndex(page)
        qtbot.wait(20)
        before = {id(w): (w, w.font().pointSizeF())
                  for w in window.findChildren(QtWidgets.QWidget)
                  if isinstance(w, texts) and w.isVisible() and w.font().pointSizeF() > 0}
        assert len(before) > 5, window.pages.tabText(page)
        window.lecture.presentation.set_active(True, keep_window=True)
        try:
            k = window.lecture.presentation.scale
            qtbot.wait(20)
            small = [(window.pages.tabText(page), w.objectName() or type(w).__name__,
                      getattr(w, "text", lambda: "")(), pt, w.font().pointSizeF())
                     for w, pt in before.values()
                     if w.isVisible() and w.font().pointSizeF() < 0.99 * k * pt]
            assert not small, small
        finally:
            window.lecture.presentation.set_active(False)


def test_a_page_first_shown_in_presentation_mode_gets_its_large_text(window, qtbot):
    """The Health page makes its figures when first shown: made in presentation mode,
    they kept the usual text, and got the large one only after leaving and entering."""
    presentation = window.lecture.presentation
    presentation.factor = 2.0
    presentation.set_active(True)
    try:
        page = window.show_page("health_page")
        qtbot.waitUntil(page.isVisible)
        axis = page.grad_plot.getPlotItem().getAxis("bottom")
        assert axis.style["tickFont"].pointSizeF() >= 2 * 9
    finally:
        presentation.set_active(False)
    assert axis.style["tickFont"] is None or axis.style["tickFont"].pointSizeF() < 12
