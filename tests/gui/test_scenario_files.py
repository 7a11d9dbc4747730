"""Scenario files and scenes in the window: save, reopen, refuse bad files, step scenes."""

import json

import numpy as np

from cnnviz.gui import scenario_io
from cnnviz.gui.qt import QtCore, QtWidgets


def shown(window):
    """What the window shows: page, layer, side, probe, theme, mode and the inspector."""
    insp = window.inspector
    return {"page": window.pages.currentWidget().objectName(), "layer": insp.layer_name,
            "tab": insp.tabs.currentIndex(), "probe": window.controller.session.probe_index,
            "theme": window.lecture.themes.name,
            "present": window.lecture.presentation.active, "header": insp.header.text(),
            "panels": {k: (g.title(), [m.copy() for m in g.displayed()])
                       for k, g in insp.panels.items()}}


def same_shown(a, b):
    if {k: v for k, v in a.items() if k != "panels"} != \
            {k: v for k, v in b.items() if k != "panels"}:
        return False
    return all(a["panels"][k][0] == b["panels"][k][0]
               and len(a["panels"][k][1]) == len(b["panels"][k][1])
               and all(np.array_equal(x, y) for x, y in zip(a["panels"][k][1], b["panels"][k][1]))
               for k in a["panels"])


def weights(window):
    return {k: v.copy() for k, v in window.controller.session.net.state_dict().items()}


def test_saved_scenario_reopens_the_same_state(window, qtbot, tmp_path):
    c = window.controller
    c.set_hyper(lr=0.02, momentum=0.5)
    for _ in range(2):
        c.train_batch()
    c.set_probe(13)
    window.select_layer("C3")
    window.inspector.tabs.setCurrentIndex(1)
    window.lecture.themes.apply("dark")
    window.lecture.scenes.add_current()
    before, w_before = shown(window), weights(window)
    config, arch = c.session.config, dict(c.session.net.config)
    path = tmp_path / "lecture.json"
    assert scenario_io.save(window, path), window.last_error
    assert path.exists() and (tmp_path / "lecture.npz").exists()
    # the title names the scenario saved to (its checkpoint beside it is a detail)
    assert window.windowTitle() == "lecture.json[*] — cnnviz — LeNet-5 explorer"

    c.reset({"model": "lenet5", "pooling": "max"})   # change everything
    c.set_hyper(lr=0.1)
    c.set_probe(2)
    window.show_page("pooling_lab")
    window.select_layer("F6")
    window.inspector.tabs.setCurrentIndex(0)
    window.lecture.themes.apply("light")
    window.lecture.scenes.set_views([])
    assert not same_shown(shown(window), before)

    assert window.windowTitle() == "cnnviz — LeNet-5 explorer"   # reset: no file
    assert scenario_io.open_scenario(window, path), window.last_error
    assert window.windowTitle() == "lecture.json[*] — cnnviz — LeNet-5 explorer"
    assert not window.isWindowModified()
    assert (c.session.config, dict(c.session.net.config)) == (config, arch)
    assert (c.session.step, c.session.epoch) == (2, 0)
    w_after = weights(window)
    assert w_after.keys() == w_before.keys()
    assert all(w_after[k].tobytes() == w_before[k].tobytes() for k in w_before)
    assert same_shown(shown(window), before)
    assert len(window.lecture.scenes.views) == 1
    assert json.loads(path.read_text())["view"]["side"] == "backward"
    window.lecture.themes.apply("light")


def test_open_scenario_asks_before_unsaved_training_is_lost(window, tmp_path, monkeypatch):
    """A scenario replaces the network, as a checkpoint does: File > Open asked before
    unsaved training was lost, Open scenario threw a trained demo away unasked."""
    c, Button = window.controller, QtWidgets.QMessageBox.StandardButton
    c.train_batch()
    path = tmp_path / "demo.json"
    assert scenario_io.save(window, path), window.last_error
    monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    c.reset()
    window.lecture._open_dialog()                 # nothing trained since the reset: opens
    assert window.findChild(QtWidgets.QMessageBox, "open_question") is None
    assert c.session.step == 1
    c.train_batch()
    c.train_batch()
    window.lecture._open_dialog()
    box = window.findChild(QtWidgets.QMessageBox, "open_question")
    assert "Open demo.json in place of this network?" in box.text() and "(step 3)" in box.text()
    box.button(Button.Cancel).click()
    assert c.session.step == 3
    window.lecture._open_dialog()
    next(b for b in window.findChildren(QtWidgets.QMessageBox, "open_question")
         if b.isVisible()).button(Button.Yes).click()
    assert c.session.step == 1
    assert window.windowTitle() == "demo.json[*] — cnnviz — LeNet-5 explorer"


def test_a_bad_scenario_changes_nothing_and_says_why(window, tmp_path):
    window.controller.set_probe(4)
    window.select_layer("S2")
    path = tmp_path / "good.json"
    assert scenario_io.save(window, path)
    d = json.loads(path.read_text())
    d["scenes"] = [dict(d["view"], page="no_such_page")]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(d))
    (tmp_path / "bad.npz").write_bytes((tmp_path / "good.npz").read_bytes())
    window.select_layer("C5")
    before, w_before = shown(window), weights(window)
    assert not scenario_io.open_scenario(window, bad)
    assert "bad.json" in window.last_error and "scenes[0].page" in window.last_error
    assert same_shown(shown(window), before)
    assert all(weights(window)[k].tobytes() == v.tobytes() for k, v in w_before.items())
    (tmp_path / "bad.npz").write_bytes(b"not a checkpoint")
    d["scenes"] = []
    bad.write_text(json.dumps(d))
    assert not scenario_io.open_scenario(window, bad)
    assert "bad.npz" in window.last_error
    assert same_shown(shown(window), before)


def test_page_down_and_up_step_through_the_scenes(window, qtbot):
    scenes, c = window.lecture.scenes, window.controller
    plan = [("network", "C1", 0, 3), ("network", "S4", 1, 5), ("pooling_lab", "S2", 0, 8)]
    for page, layer, tab, probe in plan:
        c.set_probe(probe)
        window.show_page(page)
        window.select_layer(layer)
        window.inspector.tabs.setCurrentIndex(tab)
        scenes.add_current()
    expected = []
    for i in range(3):
        scenes.go(i)
        expected.append(shown(window))
    window.show_page("health_page")
    scenes.set_views(scenes.views)    # no current scene: Page Down starts at the first
    for i, (page, layer, tab, probe) in enumerate(plan):
        qtbot.keyClick(window, QtCore.Qt.Key.Key_PageDown)
        now = shown(window)
        assert (now["page"], now["layer"], now["tab"], now["probe"]) == (page, layer, tab, probe)
        assert same_shown(now, expected[i])
        assert window.lecture.scene_label.text().startswith(f"Scene {i + 1}/3")
    qtbot.keyClick(window, QtCore.Qt.Key.Key_PageDown)    # past the last: stays
    assert scenes.current == 2
    qtbot.keyClick(window, QtCore.Qt.Key.Key_PageUp)
    assert same_shown(shown(window), expected[1])
    scenes.list.item(1).setText("Pooling in C3's gradient")     # named in the list
    assert scenes.views[1].name == "Pooling in C3's gradient"
    assert window.lecture.scene_label.text() == "Scene 2/3: Pooling in C3's gradient"
    scenes.list.setCurrentRow(0)
    window.actions_by_name["action_remove_scene"].trigger()
    assert len(scenes.views) == 2 and scenes.list.count() == 2
    assert scenes.current == 0 and window.lecture.scene_label.text().startswith("Scene 1/2")


def test_scene_list_and_scene_name_leave_the_window_fitting_1280x800(window, qtbot):
    height = window.minimumSizeHint().height()
    window.actions_by_name["action_add_scene"].trigger()
    window.lecture.scenes.toggleViewAction().trigger()
    qtbot.waitUntil(window.lecture.scenes.isVisible)
    assert window.lecture.scene_label.text() == "Scene 1/1"
    assert window.minimumSizeHint().height() <= max(height, 800)


def test_a_drawn_probe_comes_back_pixel_for_pixel(window, tmp_path):
    c = window.controller
    image = np.zeros(c.data.test_images.shape[1:])
    image[6:22, 12:16] = 255.0     # a "1"
    assert c.set_probe_image(image, 7)
    window.select_layer("F6")
    before = shown(window)
    path = tmp_path / "drawn.json"
    assert scenario_io.save(window, path)
    c.set_probe(9)
    assert not same_shown(shown(window), before)
    assert scenario_io.open_scenario(window, path), window.last_error
    d = c.session.drawn
    assert d is not None and d.label == 7 and np.array_equal(d.image, image)
    assert same_shown(shown(window), before)


def test_scenes_saved_outside_presentation_mode_do_not_end_it(window):
    lecture = window.lecture
    window.show_page("network")
    lecture.scenes.add_current()
    window.show_page("pooling_lab")
    lecture.scenes.add_current()
    assert not any(v.presentation for v in lecture.scenes.views)
    lecture.presentation.set_active(True)
    try:
        window.actions_by_name["action_next"].trigger()
        window.actions_by_name["action_next"].trigger()
        assert lecture.presentation.active and window.pages.currentWidget().objectName() == "pooling_lab"
    finally:
        lecture.presentation.set_active(False)


def test_the_screenshot_command_renders_a_scenario(window, qtbot, tmp_path, monkeypatch):
    """A prepared scene becomes a picture: `cnnviz screenshot --scenario` opens the file
    and renders what it saved (the lab's settings too); options given beside it win."""
    from cnnviz.cli import main
    from cnnviz.gui.widgets import export_menu

    c = window.controller
    c.train_batch()
    c.set_probe(13)
    lab = window.show_page("convolution_lab")
    lab.settings.set_preset("box2")
    lab.settings.mode.setCurrentIndex(lab.settings.mode.findData("same"))
    window.lecture.themes.apply("dark")
    path = tmp_path / "lecture.json"
    assert scenario_io.save(window, path), window.last_error
    window.lecture.themes.apply("light")
    seen = []
    real = export_menu.export_view

    def export_view(win, out):
        page = win.pages.currentWidget()
        seen.append((page.objectName(), win.controller.session.probe_index,
                     win.lecture.themes.name, page.model.mode if hasattr(page, "model") else None,
                     page.settings.kernel().shape if hasattr(page, "settings") else None,
                     win.inspector.layer_name))
        return real(win, out)

    monkeypatch.setattr(export_menu, "export_view", export_view)
    out = tmp_path / "scene.png"
    assert main(["screenshot", "--scenario", str(path), "--out", str(out)]) == 0
    assert seen[-1][:5] == ("convolution_lab", 13, "dark", "same", (2, 2)) and out.exists()
    assert main(["screenshot", "--scenario", str(path), "--out", str(out), "--page", "network",
                 "--layer", "C3", "--theme", "light"]) == 0
    assert seen[-1][0] == "network" and seen[-1][2] == "light" and seen[-1][5] == "C3"
    assert main(["screenshot", "--scenario", str(tmp_path / "missing.json"),
                 "--out", str(out)]) == 2
    assert main(["screenshot", "--scenario", str(path), "--pretrained", "--out", str(out)]) == 2
    # the scenario's language, unless --lang says otherwise
    from cnnviz.gui import i18n

    spoken = json.loads(path.read_text())
    spoken["language"] = "ru"
    path.write_text(json.dumps(spoken))
    languages = []
    monkeypatch.setattr(export_menu, "export_view",
                        lambda win, out: (languages.append(i18n.current()), real(win, out))[1])
    try:
        assert main(["screenshot", "--scenario", str(path), "--out", str(out)]) == 0
        assert main(["screenshot", "--scenario", str(path), "--out", str(out),
                     "--lang", "en"]) == 0
    finally:
        i18n.install(QtWidgets.QApplication.instance(), "en")
    assert languages == ["ru", "en"]


def test_a_scenario_opened_on_data_with_other_classes_says_so(window, qtbot, tmp_path,
                                                              small_data):
    """An opened checkpoint said so, a scenario (whose network is a checkpoint beside
    it) opened on Fashion-MNIST did not."""
    from dataclasses import replace

    from cnnviz.data.mnist import FASHION
    from cnnviz.gui.main_window import MainWindow

    window.controller.train_batch()
    path = tmp_path / "lecture.json"
    assert scenario_io.save(window, path), window.last_error
    win = MainWindow(data=replace(small_data, name="fashion-mnist", classes=FASHION))
    qtbot.addWidget(win)
    try:
        assert scenario_io.open_scenario(win, path)
        assert win.controller.session.step == 1
        assert "this network learned the classes 0, 1, 2, …, 9" in win.last_error
    finally:
        win.controller.shutdown()
