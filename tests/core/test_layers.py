"""Every layer: float64 finite-difference gradients, and the fast path against its loop twin."""

import numpy as np
import pytest

from cnnviz.core import naive
from cnnviz.core.layers import (AvgPool2D, Conv2D, Dense, Flatten, MaxPool2D, ReLU, Sigmoid,
                                Tanh)
from cnnviz.core.losses import softmax_cross_entropy
from cnnviz.core.batch import to_internal, to_public
from tests.core.helpers import assert_close, layer_backward, layer_forward, numeric_grad

F64 = np.float64


def conv(in_shape, f=3, k=3, **kw):
    return Conv2D(in_shape, f, k, rng=np.random.default_rng(5), dtype=F64, **kw)


def check_layer_grads(layer, x, eps=1e-6, tol=1e-6):
    """dE/dx and dE/dparams of E = sum(R * layer(x)) against central differences."""
    rng = np.random.default_rng(11)
    y, cache = layer_forward(layer, x)
    r = rng.standard_normal(y.shape)

    def energy():
        return float(np.sum(layer_forward(layer, x)[0] * r))

    dx, grads = layer_backward(layer, r, cache)
    assert_close(dx, numeric_grad(energy, x, eps), rtol=tol, atol=tol, what="dE/dX")
    for name, p in layer.params.items():
        assert_close(grads[name], numeric_grad(energy, p, eps), rtol=tol, atol=tol,
                     what=f"dE/d{name}")


CONV_CASES = [
    dict(mode="valid"), dict(mode="same"), dict(mode="full"),
    dict(mode="same", k=2), dict(mode="same", k=4), dict(mode="full", k=2),
    dict(mode="valid", stride=2), dict(mode="same", stride=2), dict(mode="full", stride=3),
    dict(mode="valid", dilation=2), dict(mode="same", dilation=2, k=2),
    dict(mode="full", stride=2, dilation=2),
    dict(mode="same", fill="reflect"), dict(mode="full", fill="replicate", k=2),
    dict(mode="same", fill="circular", stride=2), dict(mode="full", fill="symmetric"),
    dict(mode="valid", bias="untied"), dict(mode="same", bias="untied", stride=2),
    dict(mode="full", bias="untied", k=2, fill="reflect"),
]


@pytest.mark.parametrize("case", CONV_CASES, ids=lambda c: "-".join(f"{k}{v}" for k, v in c.items()))
def test_conv_gradients_by_finite_differences(case):
    layer = conv((2, 6, 7), **case)
    x = np.random.default_rng(1).standard_normal((2, 2, 6, 7))
    check_layer_grads(layer, x)


@pytest.mark.parametrize("case", CONV_CASES, ids=lambda c: "-".join(f"{k}{v}" for k, v in c.items()))
def test_conv_fast_path_equals_loop_twin(case):
    case = dict(case)
    k = case.pop("k", 3)
    layer = conv((2, 6, 7), k=k, **case)
    rng = np.random.default_rng(2)
    x = rng.standard_normal((3, 2, 6, 7))
    w, b = layer.params["weight"], layer.params["bias"]
    opts = dict(mode=case.get("mode", "valid"), stride=case.get("stride", 1),
                dilation=case.get("dilation", 1), fill=case.get("fill", "zeros"))
    y, cache = layer_forward(layer, x)
    assert_close(y, naive.conv_forward_loop(x, w, b, **opts), what="Y")
    dy = rng.standard_normal(y.shape)
    dx, grads = layer_backward(layer, dy, cache)
    rdx, rdw, rdb = naive.conv_backward_loop(x, w, dy, tied=b.ndim == 1, **opts)
    assert_close(dx, rdx, what="dE/dX")
    assert_close(grads["weight"], rdw, what="dE/dK")
    assert_close(grads["bias"], rdb, what="dE/dB")


def test_conv_backward_is_the_lecture_formulas():
    """dB = sum dY, dK_ij = X_j * dY_i (valid corr.), dX_j = sum_i dY_i *full K_ij."""
    layer = conv((3, 8, 8), f=4, k=3)
    rng = np.random.default_rng(3)
    x = rng.standard_normal((2, 3, 8, 8))
    y, cache = layer_forward(layer, x)
    dy = rng.standard_normal(y.shape)
    dx, grads = layer_backward(layer, dy, cache)
    rdx, rdw, rdb = naive.conv_backward_lecture(x, layer.params["weight"], dy)
    assert_close(dx, rdx, what="dE/dX (full convolution)")
    assert_close(grads["weight"], rdw, what="dE/dK (valid correlation)")
    assert_close(grads["bias"], rdb, what="dE/dB")


def test_conv_layer_forward_is_sum_of_scipy_correlations():
    from scipy import signal
    layer = conv((2, 7, 7), f=2, k=4, mode="same")
    x = np.random.default_rng(4).standard_normal((1, 2, 7, 7))
    y, _ = layer_forward(layer, x)
    w, b = layer.params["weight"], layer.params["bias"]
    for i in range(2):
        ref = b[i] + sum(signal.correlate2d(x[0, j], w[i, j], "same") for j in range(2))
        assert_close(y[0, i], ref, what=f"Y_{i}")


def test_connection_table_keeps_unconnected_kernels_at_zero():
    table = np.array([[1, 0], [1, 1], [0, 1]], dtype=bool)
    layer = conv((2, 6, 6), connections=table)
    assert np.all(layer.params["weight"][~table] == 0)
    assert np.all(layer.params["weight"][table] != 0)
    x = np.random.default_rng(6).standard_normal((2, 2, 6, 6))
    y, cache = layer_forward(layer, x)
    _, grads = layer_backward(layer, np.ones_like(y), cache)
    assert np.all(grads["weight"][~table] == 0)
    assert np.any(grads["weight"][table] != 0)
    check_layer_grads(layer, x)


@pytest.mark.parametrize("cls,kind", [(AvgPool2D, "avg"), (MaxPool2D, "max")])
@pytest.mark.parametrize("k,s,hw", [(2, 2, (6, 8)), (3, 2, (7, 7)), (2, 1, (5, 4)), (3, 3, (7, 8))])
def test_pooling_equals_loop_twin_and_gradcheck(cls, kind, k, s, hw):
    rng = np.random.default_rng(8)
    x = rng.standard_normal((2, 3) + hw)
    layer = cls((3,) + hw, k, s)
    y, cache = layer_forward(layer, x)
    ry, rarg = naive.pool_forward_loop(x, k, s, kind)
    assert_close(y, ry, what="pooled")
    dy = rng.standard_normal(y.shape)
    dx, _ = layer_backward(layer, dy, cache)
    assert_close(dx, naive.pool_backward_loop(x.shape, dy, k, s, kind, rarg), what="dE/dX")
    if kind == "max":
        assert np.array_equal(to_public(MaxPool2D.winners(cache)), rarg)
    check_layer_grads(layer, x)


def test_max_pool_ties_go_to_the_first_element():
    layer = MaxPool2D((1, 2, 2), 2)
    x = np.ones((1, 1, 2, 2))
    y, cache = layer_forward(layer, x)
    dx, _ = layer_backward(layer, np.full_like(y, 5.0), cache)
    assert dx[0, 0].tolist() == [[5.0, 0.0], [0.0, 0.0]]


def test_dense_equals_loop_twin_and_gradcheck():
    rng = np.random.default_rng(9)
    layer = Dense(5, 4, rng=rng, dtype=F64)
    x = rng.standard_normal((3, 5))
    y, cache = layer.forward(to_internal(x))
    w, b = layer.params["weight"], layer.params["bias"]
    assert_close(to_public(y), naive.dense_forward_loop(x, w, b))
    dy = rng.standard_normal((3, 4))
    dx, grads = layer.backward(to_internal(dy), cache)
    rdx, rdw, rdb = naive.dense_backward_loop(x, w, dy)
    assert_close(to_public(dx), rdx)
    assert_close(grads["weight"], rdw)
    assert_close(grads["bias"], rdb)
    check_layer_grads(layer, x)


@pytest.mark.parametrize("cls", [Tanh, Sigmoid, ReLU])
def test_activation_gradients(cls):
    x = np.random.default_rng(10).standard_normal((2, 3, 4, 4))
    x[np.abs(x) < 1e-3] = 0.5  # keep ReLU away from its kink
    check_layer_grads(cls(), x)


def test_activation_values():
    z = np.array([[-2.0, 0.0, 3.0]]).T
    assert_close(Tanh().forward(z)[0], np.tanh(z))
    assert_close(Sigmoid().forward(z)[0], 1 / (1 + np.exp(-z)))
    assert ReLU().forward(z)[0].ravel().tolist() == [0.0, 0.0, 3.0]
    assert np.all(np.isfinite(Sigmoid().forward(np.array([[-800.0, 800.0]]))[0]))


def test_flatten_follows_pytorch_order():
    x = np.arange(2 * 3 * 2 * 2.0).reshape(2, 3, 2, 2)
    y, cache = Flatten().forward(to_internal(x))
    assert_close(to_public(y), x.reshape(2, -1))
    dx, _ = Flatten().backward(y, cache)
    assert_close(to_public(dx), x)


def test_softmax_cross_entropy_equals_loop_and_gradcheck():
    rng = np.random.default_rng(12)
    z = rng.standard_normal((4, 10)) * 3
    labels = np.array([0, 9, 3, 3])
    loss, d = softmax_cross_entropy(z, labels)
    rloss, rd = naive.softmax_cross_entropy_loop(z, labels)
    assert abs(loss - rloss) < 1e-12
    assert_close(d, rd)
    assert_close(d, numeric_grad(lambda: softmax_cross_entropy(z, labels)[0], z))
    big, _ = softmax_cross_entropy(np.array([[1000.0, -1000.0]]), np.array([1]))
    assert big == pytest.approx(2000.0)


def test_single_sample_single_position_paths_equal_loop_twins():
    """One sample and one output position (C5 and the dense layers for a probe) take
    an outer-product path; it must give the loop twin's numbers."""
    rng = np.random.default_rng(13)
    layer = conv((3, 5, 5), f=4, k=5)
    x = rng.standard_normal((1, 3, 5, 5))
    y, cache = layer_forward(layer, x)
    assert y.shape == (1, 4, 1, 1)
    dy = rng.standard_normal(y.shape)
    dx, grads = layer_backward(layer, dy, cache)
    rdx, rdw, rdb = naive.conv_backward_loop(x, layer.params["weight"], dy)
    assert_close(grads["weight"], rdw, what="dE/dK")
    assert_close(grads["bias"], rdb, what="dE/dB")
    assert_close(dx, rdx, what="dE/dX")
    dense = Dense(6, 3, rng=rng, dtype=F64)
    xv = rng.standard_normal((1, 6))
    _, c = dense.forward(to_internal(xv))
    dyv = rng.standard_normal((1, 3))
    dxv, g = dense.backward(to_internal(dyv), c)
    rdx, rdw, rdb = naive.dense_backward_loop(xv, dense.params["weight"], dyv)
    assert_close(g["weight"], rdw)
    assert_close(to_public(dxv), rdx)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_col2im_of_one_output_position_is_the_columns_bit_for_bit(dtype):
    """C5's case (the window is the whole input, one output): each input receives one
    column entry, added to zero: the same bits as the additions, -0.0 and NaN included."""
    from cnnviz.core.layers import conv

    c, h, w, n = 16, 5, 5, 3
    g = conv.geometry((h, w), (h, w), "valid", 1, 1, "zeros")
    assert g.out == (1, 1)
    dcols = np.random.default_rng(0).standard_normal((c * h * w, n)).astype(dtype)
    dcols[0, 0], dcols[5, 1], dcols[7, 2] = -0.0, np.nan, np.inf
    got = conv.col2im(dcols, (c, h, w, n), g)
    zero = dtype(0)
    want = zero + (zero + dcols.reshape(c, h, w, n))      # rows, then the input
    bits = np.uint32 if dtype == np.float32 else np.uint64
    np.testing.assert_array_equal(got.view(bits), want.view(bits))
    assert not np.signbit(got.reshape(-1)[0 * n + 0])


@pytest.mark.parametrize("mode,k,stride,dilation,fill", [
    ("valid", 5, 1, 1, "zeros"), ("same", 4, 1, 1, "zeros"), ("full", 3, 1, 1, "zeros"),
    ("same", 3, 2, 1, "reflect"), ("valid", 3, 1, 2, "circular"), ("same", 5, 1, 1, "replicate"),
    ("full", 2, 3, 2, "symmetric"),
])
def test_col2im_of_one_sample_is_the_batch_sums_bit_for_bit(mode, k, stride, dilation, fill):
    """col2im of one sample (a probe's trace) gives each input the very sums, in the
    same order, that the same sample gets inside a batch, -0.0, NaN and infinities
    included: the probe's dE/dX is the batch's, bit for bit."""
    from cnnviz.core.layers import conv

    c, h, w = 3, 11, 9
    g = conv.geometry((h, w), (k, k), mode, stride, dilation, fill)
    rows = c * k * k
    dcols = np.random.default_rng(5).standard_normal(
        (rows, g.out[0] * g.out[1], 2)).astype(np.float32)
    dcols[0, 0, 0], dcols[1, 1, 0], dcols[2, 2, 0], dcols[3, 0, 0] = -0.0, np.nan, np.inf, -np.inf
    batch = conv.col2im(dcols.reshape(rows, -1), (c, h, w, 2), g)
    one = conv.col2im(np.ascontiguousarray(dcols[..., 0]), (c, h, w, 1), g)
    assert one.shape == (c, h, w, 1)
    np.testing.assert_array_equal(np.ascontiguousarray(one[..., 0]).view(np.uint32),
                                  np.ascontiguousarray(batch[..., 0]).view(np.uint32))
