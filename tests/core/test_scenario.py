"""Scenario files: the whole state round-trips, and a bad file names the field at fault."""

import json

import numpy as np
import pytest

from cnnviz.core import scenario
from cnnviz.core.scenario import Scenario, ScenarioError, View
from cnnviz.core.session import Session, TrainConfig
from cnnviz.data import load


@pytest.fixture(scope="module")
def small():
    return load().subset(600, 100)


def trained(small, steps=3, **cfg):
    s = Session(small, TrainConfig(batch_size=40, seed=3, **cfg), {"model": "lenet5",
                                                                   "pooling": "max"})
    for _ in range(steps):
        s.train_batch()
    return s


def a_scenario(session, **kw):
    drawn = np.random.default_rng(1).integers(0, 256, (28, 28)).astype(float)
    views = (View("network", "C3", "backward", 7, name="C3 backward"),
             View("draw_page", "OUT", "forward", 0, drawn, 4, presentation=True))
    base = dict(settings=session.config.to_dict(), architecture=dict(session.net.config),
                view=View("pooling_page", "S2", "forward", 11), theme="dark",
                language="ru", scenes=views)
    base.update(kw)
    return Scenario(**base)


def test_json_round_trip_keeps_every_field(small, tmp_path):
    s = trained(small)
    sc = a_scenario(s)
    path = scenario.save(tmp_path / "lecture.json", sc, s)
    back = scenario.load(path)
    assert (back.settings, back.architecture) == (sc.settings, sc.architecture)
    assert (back.step, back.epoch) == (s.step, s.epoch) == (3, 0)
    assert (back.theme, back.language) == ("dark", "ru")
    assert back.view.same_as(sc.view)
    assert len(back.scenes) == 2 and all(a.same_as(b) for a, b in zip(back.scenes, sc.scenes))
    assert back.scenes[1].drawn is not None and back.scenes[1].drawn_label == 4


def test_reopened_session_has_the_same_weights_and_goes_on_bit_for_bit(small, tmp_path):
    s = trained(small, optimizer="adam", lr=0.002)
    sc = a_scenario(s)
    path = scenario.save(tmp_path / "lecture.json", sc, s)
    back = scenario.open_session(path, scenario.load(path), small)
    a, b = s.net.state_dict(), back.net.state_dict()
    assert a.keys() == b.keys() and all(a[k].tobytes() == b[k].tobytes() for k in a)
    assert (back.step, back.epoch, back.config, back.probe_index) == (3, 0, s.config, 11)
    for _ in range(2):
        s.train_batch()
        back.train_batch()
    a, b = s.net.state_dict(), back.net.state_dict()
    assert all(a[k].tobytes() == b[k].tobytes() for k in a)


def write(tmp_path, obj, name="bad.json"):
    p = tmp_path / name
    p.write_text(obj if isinstance(obj, str) else json.dumps(obj))
    return p


def good_json(small):
    return scenario.to_json(a_scenario(trained(small, steps=0)))


@pytest.mark.parametrize("change, field", [
    (lambda d: d.update(format="other"), "format"),
    (lambda d: d.update(version=99), "version"),
    (lambda d: d.pop("architecture"), "architecture"),
    (lambda d: d["settings"].update(lr_typo=1), "settings.lr_typo"),
    (lambda d: d["settings"].update(batch_size=0), "settings"),
    (lambda d: d.update(theme="pink"), "theme"),
    (lambda d: d["view"].update(side="sideways"), "view.side"),
    (lambda d: d["view"].update(probe={"test_index": -2}), "view.probe.test_index"),
    (lambda d: d["scenes"][1]["probe"].update(drawn=[[1, 2], [3, 999]]), "scenes[1].probe.drawn"),
    (lambda d: d["scenes"][0].update(layer=5), "scenes[0].layer"),
    (lambda d: d["scenes"].append([]), "scenes[2]"),
])
def test_a_bad_field_is_named_with_the_file(small, tmp_path, change, field):
    d = good_json(small)
    change(d)
    path = write(tmp_path, d)
    with pytest.raises(ScenarioError) as e:
        scenario.load(path)
    assert str(path) in str(e.value) and f"'{field}'" in str(e.value)


@pytest.mark.parametrize("text", ["{not json", "[1, 2]", "\xff\xfe"])
def test_a_file_that_is_not_a_scenario_is_refused(tmp_path, text):
    path = write(tmp_path, text)
    with pytest.raises(ScenarioError, match=str(path).replace("\\", "\\\\")):
        scenario.load(path)


def test_missing_file_and_missing_checkpoint_are_named(small, tmp_path):
    with pytest.raises(ScenarioError, match="nothing.json"):
        scenario.load(tmp_path / "nothing.json")
    path = write(tmp_path, good_json(small), "lonely.json")
    with pytest.raises(ScenarioError, match="lonely.npz is missing"):
        scenario.open_session(path, scenario.load(path), small)


def test_checkpoint_that_does_not_match_is_refused(small, tmp_path):
    s = trained(small)
    path = scenario.save(tmp_path / "x.json", a_scenario(s), s)
    d = json.loads(path.read_text())
    d["step"] = 2
    path.write_text(json.dumps(d))
    with pytest.raises(ScenarioError, match="'step' is 2 but x.npz holds step 3"):
        scenario.open_session(path, scenario.load(path), small)
    d["step"], d["architecture"]["pooling"] = 3, "avg"
    path.write_text(json.dumps(d))
    with pytest.raises(ScenarioError, match="'architecture'"):
        scenario.open_session(path, scenario.load(path), small)
