"""The multi-channel page: B_i + sum_j X_j * K_ij equals the network's own Y_i, the cards
show the snapshot's tensors, and the page follows the controller."""

import numpy as np
import pytest
from scipy import signal

from cnnviz.core.models import lecun_c3_table


@pytest.fixture
def page(show_page):
    return show_page("multichannel_view")


def check_map(page, snap, name, i):
    page.layer.setCurrentText(name)
    page.map.setValue(i)
    layer = snap.layer(name)
    z = layer.z[i]
    np.testing.assert_allclose(page.result.z_grid.displayed(), z)
    np.testing.assert_allclose(page.result.sum_grid.displayed(), z, rtol=1e-4, atol=1e-5)
    assert len(page.cards) == layer.x.shape[0]
    total = np.full(z.shape, float(layer.bias[i]))
    for j, card in enumerate(page.cards):
        np.testing.assert_array_equal(card.x_grid.displayed(), layer.x[j])
        np.testing.assert_array_equal(card.k_grid.displayed(), layer.weight[i, j])
        total = total + signal.correlate2d(layer.x[j].astype(float),
                                           layer.weight[i, j].astype(float), "valid")
        np.testing.assert_allclose(card.sum_grid.displayed(), total, rtol=1e-9, atol=1e-12)
    return layer


def shown_formula(page) -> str:
    return page.formula.text().replace("\u00a0", " ")


def test_every_layer_sums_to_the_network_output(page, window):
    snap = window.controller.snapshot
    check_map(page, snap, "C1", 4)
    check_map(page, snap, "C3", 15)
    check_map(page, snap, "C5", 119)
    assert page.map.maximum() == 119
    assert page.result.sum_grid.text_at(0, 0) == f"{snap.layer('C5').z[119, 0, 0]:.2f}"
    assert shown_formula(page) == "Y_119 = B_119 + Σ_j X_j ⋆ K_119,j   (j = 0 … 15)"


def test_the_colour_scale_of_the_cards_is_written_out(page, window):
    """The grids have no colour bars: a line says what blue, red, black and white are."""
    layer = check_map(page, window.controller.snapshot, "C3", 2)
    k = float(np.abs(layer.weight[2]).max())
    y = max(float(np.abs(layer.z[2]).max()), *(
        float(np.abs(card.sum_grid.displayed()).max()) for card in page.cards),
        *(float(np.abs(card.part_grid.displayed()).max()) for card in page.cards))
    text = page.result.scale_label.text()
    assert f"X from {layer.x.min():.3g} (black) to {layer.x.max():.3g} (white)" in text
    assert f"K from -{k:.3g} (blue) to {k:.3g} (red)" in text
    assert f"X ⋆ K, B + Σ and Y from -{y:.3g} (blue) to {y:.3g} (red)" in text


def test_a_scale_of_zeros_is_said_as_such(page, window):
    """A map whose kernels and bias are all zero read "K from -1e-12 (blue) to 1e-12
    (red)": the least scale, not a value of the network."""
    c = window.controller
    params = c.session.net.state_dict()
    params["C3.weight"][2] = 0
    params["C3.bias"][2] = 0
    c.session.net.load_state_dict(params)
    c.set_probe(1)
    check_map(page, c.snapshot, "C3", 2)
    text = page.result.scale_label.text()
    assert "; K 0 everywhere (white);" in text
    assert "X ⋆ K, B + Σ and Y 0 everywhere (white)." in text
    assert "e-12" not in text


def test_lecun_table_shows_the_unconnected_channels(page, window, qtbot):
    arch = {**window.controller.session.net.config, "c3_table": "lecun"}
    window.rebuild(arch)
    snap = window.controller.snapshot
    page.layer.setCurrentText("C3")
    qtbot.waitUntil(lambda: np.array_equal(page.result.z_grid.displayed(),
                                           snap.layer("C3").z[page.map.value()]), timeout=3000)
    table = lecun_c3_table()
    for i in (0, 9, 15):
        check_map(page, snap, "C3", i)
        for j, card in enumerate(page.cards):
            assert ("not connected" in card.title.text()) == (not table[i, j])
            assert card.part_grid.text_at(0, 0) == "" or table[i, j]
    assert shown_formula(page) == "Y_15 = B_15 + X_0 ⋆ K_15,0 + X_1 ⋆ K_15,1 + " \
                                  "X_2 ⋆ K_15,2 + X_3 ⋆ K_15,3 + X_4 ⋆ K_15,4 + X_5 ⋆ K_15,5"
    # written as the network view writes them: X_4, K_15,4, B_15, ⋆ the correlation
    assert page.result.bias_label.text().startswith("B_15 = ")
    assert page.cards[4].title.text() == "X_4 ⋆ K_15,4" and table[15, 4]
    # it may wrap only between the terms of the sum, never inside "X_4 ⋆ K_15,4"
    assert page.formula.text().replace(" + ", "").count(" ") == 0, page.formula.text()


def test_page_follows_the_probe(page, window, qtbot):
    page.layer.setCurrentText("C1")
    before = page.result.z_grid.displayed()
    window.controller.set_probe(7)
    want = window.controller.snapshot.layer("C1").z[page.map.value()]
    qtbot.waitUntil(lambda: np.array_equal(page.result.z_grid.displayed(), want), timeout=3000)
    assert not np.array_equal(before, want)


def test_export(page, tmp_path):
    page.export(str(tmp_path / "mc.png"))
    assert (tmp_path / "mc.png").stat().st_size > 0


def test_a_layer_not_yet_run_is_said_so(page, window):
    from dataclasses import replace

    snap = window.controller.snapshot
    page.layer.setCurrentText("C5")
    page.set_snapshot(replace(snap, layers=snap.layers[:3]))   # forward stopped after C3
    page.refresh()
    assert page.message.text().startswith("C5 has not run forward for this probe yet")
    assert not page.message.isHidden()
    page.set_snapshot(snap)
    page.refresh()
    assert page.message.isHidden()
