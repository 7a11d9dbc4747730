"""Lab settings in scenes, scenario files and across a change of language: each lab's
widgets come back with the values the user gave them, read from the widgets themselves."""

import json

import numpy as np
import pytest

from cnnviz.gui import scenario_io
from cnnviz.gui.labs.draw_page import DEMO_STROKES
from cnnviz.gui.qt import QtGui, QtWidgets
from cnnviz.labs.lab_state import LabStateError
from tests.gui.lab_helpers import type_matrix
from tests.gui.test_draw_page import draw


def page(window, name):
    return window.findChild(QtWidgets.QWidget, name)


def conv_values(window):
    lab = page(window, "convolution_lab")
    s = lab.settings
    return {"source": s.source.currentData(), "matrix": s.input_editor.array(),
            "size": (s.rows.value(), s.cols.value()), "digit": s.digit.value(),
            "preset": s.preset.currentData(), "kernel": s.kernel_editor.array(),
            "ksize": (s.krows.value(), s.kcols.value()), "op": s.op.currentData(),
            "mode": s.mode.currentData(), "fill": s.fill.currentData(),
            "stride": s.stride.value(), "dilation": s.dilation.value(),
            "tab": lab.tabs.currentIndex(), "position": lab.controls.position(),
            "cell": lab.view.output_grid.highlighted(), "output": lab.model.output.copy()}


def backprop_values(window):
    lab = page(window, "backprop_lab")
    return {**{f"editor {k}": e.array() for k, e in lab.editors.items()},
            "untied": lab.untied.isChecked(), "tab": lab.tabs.currentIndex(),
            "picked": lab.check_tab.picked, "eps": lab.check_tab.eps.text(),
            "position": lab.controls.position(), "summary": lab.summary.text(),
            "dk": lab.lab.dk.copy()}


def draw_values(window):
    lab = page(window, "draw_page")
    lab.recompute()
    return {"strokes": [list(s) for s in lab.canvas.strokes], "ink": lab.canvas.ink(),
            "backward_from": lab.seed_box.currentIndex(),
            "prediction": lab.prediction_label.text()}


def other_values(window):
    pool, mc = page(window, "pooling_lab"), page(window, "multichannel_view")
    return {"pool": (pool.source.currentData(), pool.kind.currentData(),
                     pool.window_size.value(), pool.stride.value(),
                     pool.dy_pattern.currentData(), pool.controls.position()),
            "pool x": pool.lab.x.copy(), "pool dy": pool.lab.dy.copy(),
            "mc": (mc.layer.currentText(), mc.map.value()),
            "cell": page(window, "evaluation_page").cell}


def same(a: dict, b: dict) -> list:
    """The keys whose values differ."""
    return [k for k in a if not (np.array_equal(a[k], b[k]) if isinstance(a[k], np.ndarray)
                                 else a[k] == b[k])]


def set_convolution(window, qtbot):
    """A typed 6x7 input, an even 4x4 kernel typed by hand, same mode, correlation,
    reflect, stride 2, the output cell (1, 2) on show."""
    lab = window.show_page("convolution_lab")
    s = lab.settings
    s.rows.setValue(6)
    s.cols.setValue(7)
    for (r, c), v in np.ndenumerate(np.arange(42.0).reshape(6, 7) % 5 - 2):
        s.input_editor.item(r, c).setText(str(v))
    s.krows.setValue(4)
    s.kcols.setValue(4)
    for (r, c), v in np.ndenumerate(np.arange(16.0).reshape(4, 4) - 7):
        s.kernel_editor.item(r, c).setText(str(v))
    s.mode.setCurrentIndex(s.mode.findData("same"))
    s.fill.setCurrentIndex(s.fill.findData("reflect"))
    s.stride.setValue(2)
    lab.view._on_output_clicked(1, 2)
    assert lab.view.output_grid.highlighted() == [(1, 2)] and lab.model.mode == "same"


def set_backprop(window):
    lab = window.show_page("backprop_lab")
    type_matrix(lab.editors["X"], np.arange(16.0).reshape(4, 4) - 5)
    type_matrix(lab.editors["K"], np.array([[1.0, -2], [0.5, 3]]))
    lab.untied.setChecked(True)
    type_matrix(lab.editors["B"], np.array([[1.0, 0, 2], [0, 0, 0], [0, 3, 0]]))
    lab.tabs.setCurrentWidget(lab.check_tab)
    lab.check_tab.eps.setText("0.001")
    lab.check_tab.pick("K", (1, 0))
    lab.tabs.setCurrentWidget(lab.dk_tab)
    lab.controls.set_position(2)


def set_draw(window):
    lab = window.show_page("draw_page")
    lab.canvas.clear()
    for stroke in DEMO_STROKES:
        draw(lab.canvas, stroke)
    lab.seed_box.setCurrentIndex(4)


def set_others(window):
    pool = window.show_page("pooling_lab")
    type_matrix(pool.x_editor, np.array([[1.0, 5, 2], [0, 3, 7], [4, 4, 1]]))
    pool.kind.setCurrentIndex(pool.kind.findData("avg"))
    pool.stride.setValue(1)
    pool.controls.set_position(3)
    mc = window.show_page("multichannel_view")
    mc.layer.setCurrentText("C1")
    mc.map.setValue(4)
    page(window, "evaluation_page").show_cell(3, 5)


def reset_labs(window):
    """Other values in every lab, as a lecture in between would leave them."""
    conv = page(window, "convolution_lab")
    conv.settings.set_preset("box")
    conv.settings.mode.setCurrentIndex(0)
    conv.settings.stride.setValue(1)
    conv.settings.rows.setValue(3)
    bp = page(window, "backprop_lab")
    type_matrix(bp.editors["K"], np.ones((3, 3)))
    bp.untied.setChecked(False)
    bp.tabs.setCurrentIndex(0)
    page(window, "draw_page").canvas.clear()
    page(window, "draw_page").seed_box.setCurrentIndex(0)


def test_scenes_with_lab_settings_come_back_from_a_file(window, qtbot, tmp_path):
    window.resize(1280, 800)
    scenes = window.lecture.scenes
    steps = ((set_convolution, conv_values), (set_backprop, backprop_values),
             (set_draw, draw_values))
    before = []
    for set_lab, values in steps:
        set_lab(window, qtbot) if set_lab is set_convolution else set_lab(window)
        scenes.add_current()
        before.append(values(window))
    path = tmp_path / "labs.json"
    assert scenario_io.save(window, path), window.last_error
    saved = json.loads(path.read_text())
    assert saved["scenes"][0]["lab"]["stride"] == 2 and saved["view"]["page"] == "draw_page"

    reset_labs(window)
    window.controller.reset()
    scenes.set_views([])
    assert all(same(values(window), b) for (_, values), b in zip(steps, before))

    assert scenario_io.open_scenario(window, path), window.last_error
    assert same(draw_values(window), before[2]) == []        # the view on show at saving
    reset_labs(window)
    for i, ((_, values), b) in enumerate(zip(steps, before)):
        assert scenes.go(i)
        assert same(values(window), b) == [], f"scene {i}"


def convolution_scene_saved(window, qtbot, path):
    """The convolution lab set up, added as a scene, saved to ``path``; its JSON."""
    set_convolution(window, qtbot)
    window.lecture.scenes.add_current()
    assert scenario_io.save(window, path), window.last_error
    return json.loads(path.read_text())


def test_a_bad_lab_value_is_refused_naming_scene_and_field(window, qtbot, tmp_path):
    d = convolution_scene_saved(window, qtbot, tmp_path / "good.json")
    d["scenes"][0]["name"] = "Even kernel"
    d["scenes"][0]["lab"]["stride"] = 9
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(d))
    (tmp_path / "bad.npz").write_bytes((tmp_path / "good.npz").read_bytes())
    reset_labs(window)
    before = conv_values(window)
    assert not scenario_io.open_scenario(window, bad)
    msg = window.last_error
    assert "bad.json" in msg and "'Even kernel'" in msg and "'scenes[0].lab.stride'" in msg
    assert same(conv_values(window), before) == []
    lab = page(window, "convolution_lab")
    with pytest.raises(LabStateError, match="'lab.mode'"):
        lab.restore_lab_state({"stride": 3, "mode": "most"})
    assert same(conv_values(window), before) == []      # the good stride was not applied


def test_a_scenario_without_lab_settings_still_opens(window, qtbot, tmp_path):
    path = tmp_path / "old.json"
    d = convolution_scene_saved(window, qtbot, path)
    for view in [d["view"], *d["scenes"]]:
        del view["lab"]
    path.write_text(json.dumps(d))
    reset_labs(window)
    before = conv_values(window)
    assert scenario_io.open_scenario(window, path), window.last_error
    window.lecture.scenes.go(0)
    assert window.pages.currentWidget().objectName() == "convolution_lab"
    assert same(conv_values(window), before) == []


def test_a_change_of_language_keeps_every_lab(window, qtbot):
    from cnnviz.gui import i18n

    window.resize(1280, 800)
    set_convolution(window, qtbot)
    set_backprop(window)
    set_draw(window)
    set_others(window)
    window.show_page("backprop_lab")
    values = (conv_values, backprop_values, draw_values, other_values)
    before = [v(window) for v in values]
    old_pages = [page(window, name) for name in ("convolution_lab", "draw_page")]
    try:
        window.findChild(QtGui.QAction, "action_language_ru").trigger()
        assert i18n.current() == "ru"
        assert page(window, "convolution_lab") is not old_pages[0]     # built again
        assert window.pages.currentWidget().objectName() == "backprop_lab"
        ru = [v(window) for v in values]
        before[2].pop("prediction"), ru[2].pop("prediction")    # a translated text
        assert [same(b, r) for b, r in zip(before, ru)] == [[], [], [], []]
        window.findChild(QtGui.QAction, "action_language_en").trigger()
        after = [v(window) for v in values]
        after[2].pop("prediction")
        assert [same(b, a) for b, a in zip(before, after)] == [[], [], [], []]
    finally:
        i18n.install(QtWidgets.QApplication.instance(), "en")


def test_the_pages_offer_exactly_what_lab_settings_accept(window):
    from cnnviz.core.borders import FILLS, MODES
    from cnnviz.labs import kernels, lab_state as ls

    def data(combo):
        return tuple(combo.itemData(i) for i in range(combo.count()))

    conv, pool = page(window, "convolution_lab"), page(window, "pooling_lab")
    s = conv.settings
    assert (data(s.source), data(s.mode), data(s.fill)) == (ls.CONV_SOURCES, MODES, FILLS)
    assert data(s.preset) == ("", *kernels.PRESETS) and conv.tabs.count() == len(ls.CONV_VIEWS)
    assert (data(pool.source), data(pool.kind), data(pool.dy_pattern)) == (
        ls.POOL_SOURCES, ls.POOL_KINDS, ls.DY_PATTERNS)
    assert page(window, "backprop_lab").tabs.count() == len(ls.BACKPROP_TABS)
