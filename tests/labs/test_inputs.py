"""Inputs and preset kernels of the labs."""

import numpy as np
import pytest

from cnnviz.data import load, to_lenet_input
from cnnviz.errors import ConfigError
from cnnviz.labs import inputs, kernels


def test_parse_entry():
    assert inputs.parse_entry(" 2.5 ") == 2.5 and inputs.parse_entry("−3") == -3
    for bad in ("x", "", "nan", "inf", "1,5"):
        with pytest.raises(ConfigError, match="kernel, row 1"):
            inputs.parse_entry(bad, "kernel, row 1")


def test_digit_is_the_network_input():
    images = load().test_images
    x = inputs.digit(images, 5)
    assert x.shape == (32, 32) and x.dtype == np.float64
    np.testing.assert_allclose(x, to_lenet_input(images[5])[0, 0], rtol=1e-6)
    with pytest.raises(ConfigError, match="-1"):
        inputs.digit(images, -1)


def test_random_is_seeded_and_bounded():
    a, b = inputs.random_integers(4, 6, seed=3), inputs.random_integers(4, 6, seed=3)
    np.testing.assert_array_equal(a, b)
    assert a.shape == (4, 6) and a.min() >= -3 and a.max() <= 3
    np.testing.assert_array_equal(a, np.round(a))
    with pytest.raises(ConfigError, match="0x3"):
        inputs.random_integers(0, 3)


def test_presets():
    assert kernels.preset("box").sum() == pytest.approx(1)
    assert kernels.preset("gaussian").sum() == pytest.approx(1)
    assert kernels.preset("laplacian").sum() == 0
    np.testing.assert_array_equal(kernels.preset("sobel-y"), kernels.preset("sobel-x").T)
    k = kernels.preset("identity")
    k[0, 0] = 9                      # a copy: the preset itself stays
    assert kernels.preset("identity")[0, 0] == 0
    with pytest.raises(ConfigError, match="'blur'"):
        kernels.preset("blur")


def test_numbers_too_large_for_the_labs_are_refused_by_name(tmp_path):
    from cnnviz.errors import CnnvizError
    from cnnviz.labs.inputs import MAX_ABS, load_npy, parse_entry

    assert parse_entry(f"{-MAX_ABS:g}", "X") == -MAX_ABS
    with pytest.raises(CnnvizError, match="X, row 1: '1e200' is larger than the labs take"):
        parse_entry("1e200", "X, row 1")
    path = tmp_path / "big.npy"
    np.save(path, np.array([[1.0, 2e7]]))
    with pytest.raises(CnnvizError, match="big.npy: holds values beyond"):
        load_npy(path)


def test_infinite_and_missing_numbers_are_written_not_crashed_on():
    from cnnviz.labs.notation import number, term

    assert (number(float("inf")), number(float("-inf")), number(float("nan"))) == ("∞", "-∞", "NaN")
    assert term(float("-inf")) == "(-∞)"
