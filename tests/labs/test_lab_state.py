"""Lab settings read from a scene or a file: good ones come back as the page will use
them, and every bad value is refused with the field named."""

import json

import numpy as np
import pytest

from cnnviz.labs import backprop
from cnnviz.labs.lab_state import CHECKS, LabStateError, Limits, backprop_lab, check

LIMITS = Limits(n_test=500, n_classes=10)

GOOD = {
    "convolution_lab": {"source": "digit", "matrix": [[1, -2.5], [0, 3]], "digit": 499,
                        "seed": 3, "preset": "", "kernel": [[1, 2, 3, 4]] * 4,
                        "operation": "convolution", "mode": "same", "fill": "reflect",
                        "stride": 2, "dilation": 1, "view": "three", "position": 17},
    "pooling_lab": {"source": "typed", "digit": 0, "kind": "avg", "window": 3, "stride": 1,
                    "dy_pattern": "typed", "typed_x": [[1, 2, 3]] * 3, "typed_dy": [[2]],
                    "position": 0},
    "backprop_lab": {"X": [[1, 2, 0], [0, 1, 3], [2, 1, 1]], "K": [[1, 0], [-1, 2]],
                     "T": [[2, 5], [1, 2]], "B": [[0.5, 0], [1, 1]], "untied": True,
                     "tab": "dx", "check_param": "B", "check_row": 1, "check_col": 1,
                     "epsilon": 1e-4, "position": 3},
    "multichannel_view": {"layer": "C5", "map": 119},
    "draw_page": {"strokes": [[[10, 20.5], [30, 40]], [[1, 1]]], "backward_from": 10},
    "evaluation_page": {"cell": [3, 8]},
}


@pytest.mark.parametrize("page", sorted(GOOD))
def test_good_settings_come_back_as_the_page_uses_them(page):
    state = json.loads(json.dumps(GOOD[page]))      # as read from a file
    out = check(page, state, "scenes[0].lab", LIMITS)
    assert set(out) == set(GOOD[page]) == set(CHECKS[page][0])
    for key, value in GOOD[page].items():
        if key in ("matrix", "kernel", "typed_x", "typed_dy", "X", "K", "T", "B"):
            assert out[key].dtype == np.float64
            np.testing.assert_array_equal(out[key], np.array(value, dtype=float))
        elif key == "strokes":
            assert out[key] == [[tuple(map(float, p)) for p in s] for s in value]
        elif key == "cell":
            assert out[key] == tuple(value)
        else:
            assert out[key] == value


def test_missing_settings_are_left_alone():
    assert check("convolution_lab", {}, "view.lab", LIMITS) == {}
    assert check("evaluation_page", {"cell": None}, "view.lab", LIMITS) == {"cell": None}


@pytest.mark.parametrize("page, change, field", [
    ("convolution_lab", {"stride": 9}, "stride"),
    ("convolution_lab", {"stride": True}, "stride"),
    ("convolution_lab", {"dilation": 0}, "dilation"),
    ("convolution_lab", {"mode": "middle"}, "mode"),
    ("convolution_lab", {"fill": 3}, "fill"),
    ("convolution_lab", {"preset": "sobel-z"}, "preset"),
    ("convolution_lab", {"digit": 500}, "digit"),
    ("convolution_lab", {"matrix": [[1, 2], [3]]}, "matrix"),
    ("convolution_lab", {"matrix": [[1, "x"]]}, "matrix"),
    ("convolution_lab", {"matrix": [[1e7]]}, "matrix"),
    ("convolution_lab", {"matrix": [[0] * 13]}, "matrix"),
    ("convolution_lab", {"kernel": [[0] * 8]}, "kernel"),
    ("convolution_lab", {"kernel": []}, "kernel"),
    ("convolution_lab", {"strid": 2}, "strid"),
    ("convolution_lab", {"view": "both"}, "view"),
    ("pooling_lab", {"window": 5}, "window"),
    ("pooling_lab", {"source": "matrix"}, "source"),
    ("pooling_lab", {"typed_dy": [[float("nan")]]}, "typed_dy"),
    ("backprop_lab", {"K": [[1] * 6]}, "K"),
    ("backprop_lab", {"untied": "yes"}, "untied"),
    ("backprop_lab", {"epsilon": 0}, "epsilon"),
    ("backprop_lab", {"epsilon": 2.0}, "epsilon"),
    ("backprop_lab", {"check_param": "Y"}, "check_param"),
    ("backprop_lab", {"X": [[1, 2]], "K": [[1, 2, 3]], "T": [[1]], "B": [[0]],
                      "check_row": 0, "check_col": 0}, None),
    ("backprop_lab", {"check_param": "K", "check_row": 4}, "check_row"),
    ("multichannel_view", {"layer": "S2"}, "layer"),
    ("draw_page", {"strokes": [[[1, 2, 3]]]}, "strokes"),
    ("draw_page", {"strokes": [[[1, 1e9]]]}, "strokes"),
    ("draw_page", {"strokes": [[]]}, "strokes"),
    ("draw_page", {"backward_from": 11}, "backward_from"),
    ("evaluation_page", {"cell": [3, 10]}, "cell"),
    ("evaluation_page", {"cell": [3]}, "cell"),
])
def test_a_bad_setting_is_refused_with_its_field(page, change, field):
    state = dict(GOOD[page], **change)
    with pytest.raises(LabStateError) as e:
        check(page, state, "scenes[2].lab", LIMITS)
    name = f"'scenes[2].lab.{field}'" if field else "'scenes[2].lab'"
    assert name in str(e.value)


def test_settings_of_a_page_without_a_lab_or_not_an_object_are_refused():
    with pytest.raises(LabStateError, match="'view.lab'.*network"):
        check("network", {}, "view.lab")
    with pytest.raises(LabStateError, match="'view.lab' must be a JSON object"):
        check("draw_page", [1, 2], "view.lab")


def test_backprop_lab_fills_in_the_current_matrices_and_fits_t_and_b():
    current = backprop.BackpropLab()
    lab = backprop_lab({"K": np.ones((3, 3)), "untied": True}, current, "lab")
    ref = backprop.BackpropLab(current.x, np.ones((3, 3)), current.t[:1, :1],
                               np.zeros((1, 1)), "untied")
    np.testing.assert_array_equal(lab.y, ref.y)
    assert lab.bias == "untied" and lab.t.shape == lab.b.shape == (1, 1)
