"""The diverging map for weights and gradients: colour-blind safe, and its high-contrast
variant (presentation mode) switched on every heat map and number grid and back."""

import numpy as np
import pytest

from cnnviz.gui import style
from cnnviz.gui.presentation import set_high_contrast
from cnnviz.gui.qt import pg
from cnnviz.gui.widgets.map_grid import MapGrid
from cnnviz.gui.widgets.number_grid import NumberGrid

# Machado, Oliveira & Fernandes (2009), full severity, on linear RGB
CVD = {
    "normal": np.eye(3),
    "protan": np.array([[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                        [-0.003882, -0.048116, 1.051998]]),
    "deutan": np.array([[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                        [-0.011820, 0.042940, 0.968881]]),
    "tritan": np.array([[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                        [0.004733, 0.691367, 0.303900]]),
}
SRGB_TO_XYZ = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722],
                        [0.0193, 0.1192, 0.9505]])


def lab_as_seen(rgb_bytes: np.ndarray, vision: str) -> np.ndarray:
    """CIELAB (D65) of sRGB colours (n, 3) as a viewer with ``vision`` sees them."""
    c = rgb_bytes[:, :3] / 255.0
    linear = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    xyz = np.clip(linear @ CVD[vision].T, 0, 1) @ SRGB_TO_XYZ.T / [0.95047, 1.0, 1.08883]
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.stack([116 * f[:, 1] - 16, 500 * (f[:, 0] - f[:, 1]),
                     200 * (f[:, 1] - f[:, 2])], axis=1)


def side_contrast(cmap: pg.ColorMap, vision: str, d: float) -> float:
    """ΔE*ab between the colours of -d and +d (of the half range) around the centre."""
    lab = lab_as_seen(cmap.map(np.array([0.5 - d / 2, 0.5 + d / 2]), mode="byte"), vision)
    return float(np.linalg.norm(lab[0] - lab[1]))


@pytest.fixture
def contrast():
    yield
    style.set_high_contrast(False)


@pytest.mark.parametrize("vision", list(CVD))
@pytest.mark.parametrize("high", [False, True])
def test_negative_and_positive_stay_apart_for_every_viewer(vision, high, contrast):
    style.set_high_contrast(high)
    cmap = style.colormap(True)
    for d in (0.2, 0.5, 1.0):   # well beyond a just-noticeable difference (about 2.3)
        assert side_contrast(cmap, vision, d) > 30, (vision, d)


def test_the_check_tells_a_red_green_map_apart():
    cmap = pg.colormap.get("CET-D3")    # green - white - red
    assert side_contrast(cmap, "normal", 1.0) > 100
    assert side_contrast(cmap, "deutan", 1.0) < 10


def test_high_contrast_colours_small_values_more_and_keeps_zero_white(contrast):
    plain = style.colormap(True)
    style.set_high_contrast(True)
    high = style.colormap(True)
    white = lab_as_seen(plain.map(np.array([0.5]), mode="byte"), "normal")[0]
    for m in (plain, high):   # zero stays the same near-white
        assert np.allclose(lab_as_seen(m.map(np.array([0.5]), mode="byte"), "normal")[0], white,
                           atol=0.5)
    for x in (0.55, 0.45):    # 10% of the range
        far = [np.linalg.norm(lab_as_seen(m.map(np.array([x]), mode="byte"), "normal")[0] - white)
               for m in (plain, high)]
        assert far[1] > 1.8 * far[0]
    ends = [m.map(np.array([0.0, 1.0]), mode="byte") for m in (plain, high)]
    assert np.abs(ends[0].astype(int) - ends[1].astype(int)).max() <= 2


def test_switch_recolours_heat_maps_bars_and_number_grids(qtbot, contrast):
    parent = pg.QtWidgets.QWidget()
    qtbot.addWidget(parent)
    grid = MapGrid("K", "weights", True, parent)
    grid.set_maps(np.linspace(-1, 1, 25).reshape(1, 5, 5))
    numbers = NumberGrid("A", parent)
    numbers.set_array(np.array([[-1.0, 0.1], [0.0, 1.0]]), levels=(-1.0, 1.0))
    lut, cells = grid.images[0].lut.copy(), numbers._rgb.copy()
    set_high_contrast(parent, True)
    assert not np.array_equal(grid.images[0].lut, lut)
    assert np.array_equal(grid.colorbar.colorMap().getLookupTable(nPts=256), grid.images[0].lut)
    assert not np.array_equal(numbers._rgb[0, 1], cells[0, 1])     # 0.1: more colour
    assert np.array_equal(numbers._rgb[0, 0], cells[0, 0])         # -1: the same end
    set_high_contrast(parent, False)
    assert np.array_equal(grid.images[0].lut, lut) and np.array_equal(numbers._rgb, cells)
