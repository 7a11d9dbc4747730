"""The multi-channel sum equals the network's own pre-activation, map by map."""

import numpy as np
import pytest
from scipy import signal

from cnnviz.core.models import lenet5, lecun_c3_table
from cnnviz.core.trace import trace
from cnnviz.data import load, to_lenet_input
from cnnviz.errors import ConfigError
from cnnviz.labs.multichannel import MultiChannel, infer_mode


@pytest.fixture(scope="module")
def digit():
    data = load().subset(0, 3)
    return to_lenet_input(data.test_images[2])[0], int(data.test_labels[2])


@pytest.mark.parametrize("table", ["full", "lecun"])
@pytest.mark.parametrize("mode", ["valid", "same"])
def test_sum_plus_bias_is_the_pre_activation_of_every_map(digit, table, mode):
    net = lenet5(seed=4, c3_table=table, mode=mode)
    snap = trace(net, digit[0], digit[1])
    for name in ("C1", "C3", "C5"):
        layer = snap.layer(name)
        for i in range(layer.z.shape[0]):
            mc = MultiChannel(layer, i)
            assert mc.mode == mode
            scale = max(1.0, float(np.abs(layer.z[i]).max()))
            assert mc.max_error() < 1e-5 * scale, f"{name} map {i}: {mc.max_error()}"


def test_terms_against_scipy_and_the_table(digit):
    snap = trace(lenet5(seed=2, c3_table="lecun"), digit[0], digit[1])
    layer = snap.layer("C3")
    table = lecun_c3_table()
    for i in (0, 6, 15):
        mc = MultiChannel(layer, i)
        assert mc.channels == 6
        total = np.full(layer.z.shape[1:], float(layer.bias[i]))
        for t in mc.terms:
            assert t.connected == table[i, t.j]
            ref = signal.correlate2d(layer.x[t.j].astype(float), layer.weight[i, t.j].astype(float),
                                     "valid") if t.connected else np.zeros_like(total)
            np.testing.assert_allclose(t.contribution, ref, rtol=1e-10, atol=1e-12)
            total += ref
            np.testing.assert_allclose(t.running, total, rtol=1e-10, atol=1e-12)
        assert mc.formula().count("⋆") == table[i].sum()
    assert MultiChannel(layer, 0).formula() == "Y_0 = B_0 + X_0 ⋆ K_0,0 + X_1 ⋆ K_0,1 + X_2 ⋆ K_0,2"
    assert MultiChannel(snap.layer("C5"), 7).formula() == \
        "Y_7 = B_7 + Σ_j X_j ⋆ K_7,j   (j = 0 … 15)"


def test_mode_and_bad_requests(digit):
    assert infer_mode((14, 14), (5, 5), (18, 18)) == "full"
    with pytest.raises(ConfigError, match="no border mode"):
        infer_mode((14, 14), (5, 5), (3, 3))
    snap = trace(lenet5(seed=2), digit[0], digit[1])
    with pytest.raises(ConfigError, match="C1 has maps 0..5, not 6"):
        MultiChannel(snap.layer("C1"), 6)
    with pytest.raises(ConfigError, match="S2 is not a convolutional layer"):
        MultiChannel(snap.layer("S2"), 0)
