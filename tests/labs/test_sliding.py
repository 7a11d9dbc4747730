"""SlidingWindow visits exactly the output cells, and every window's own products add up
to the output of scipy.signal (stride 1, dilation 1) or of the core's loop twins."""

import numpy as np
import pytest
from scipy import signal

from cnnviz.core import borders, naive
from cnnviz.errors import ConfigError
from cnnviz.labs.sliding import SlidingWindow, written_sum
from tests.core.helpers import assert_close

KERNELS = [(1, 1), (2, 2), (3, 3), (4, 4), (3, 2), (2, 3), (5, 5)]
SCIPY_BOUNDARY = {"zeros": "fill", "circular": "wrap", "symmetric": "symm"}


def window_sums(model):
    """The output rebuilt from the windows alone: sum(values * weights) at each cell."""
    out = np.full(model.out_shape, np.nan)
    for i in range(len(model)):
        w = model.position(i)
        out[w.out] = np.sum(w.values * w.weights)
    return out


def check_visits(model):
    ho, wo = model.out_shape
    assert len(model) == ho * wo == model.output.size
    cells = [model.position(i).out for i in range(len(model))]
    assert cells == [(r, c) for r in range(ho) for c in range(wo)]
    for i in range(len(model)):
        w = model.position(i)
        assert w.index == i
        assert model.window_at(*w.out).index == i
        assert_close(w.products, w.values * w.weights, what="products")
        assert_close(w.products.sum(), w.result, what="sum(products)")
        assert w.result == model.output[w.out]


@pytest.mark.parametrize("mode", borders.MODES)
@pytest.mark.parametrize("kshape", KERNELS)
@pytest.mark.parametrize("conv", [False, True])
@pytest.mark.parametrize("fill", list(SCIPY_BOUNDARY))
def test_windows_equal_scipy(mode, kshape, conv, fill):
    rng = np.random.default_rng(sum(kshape) + 7 * conv)
    x = rng.standard_normal((6, 7))
    k = rng.standard_normal(kshape)
    model = SlidingWindow(x, k, mode, fill, convolution=conv)
    ref = (signal.convolve2d if conv else signal.correlate2d)(
        x, k, mode, boundary=SCIPY_BOUNDARY[fill])
    assert model.out_shape == ref.shape
    check_visits(model)
    assert_close(window_sums(model), ref, what=f"windows vs scipy ({mode}, {kshape})")


@pytest.mark.parametrize("mode", borders.MODES)
@pytest.mark.parametrize("kshape", [(2, 2), (3, 3), (4, 4), (3, 2)])
@pytest.mark.parametrize("stride,dilation", [(2, 1), (1, 2), (2, 2), (3, 1)])
@pytest.mark.parametrize("conv", [False, True])
@pytest.mark.parametrize("fill", ["zeros", "reflect", "replicate", "circular"])
def test_windows_equal_loop_twins_with_stride_and_dilation(mode, kshape, stride, dilation,
                                                           conv, fill):
    rng = np.random.default_rng(stride * 10 + dilation)
    x = rng.standard_normal((9, 8))
    k = rng.standard_normal(kshape)
    model = SlidingWindow(x, k, mode, fill, stride, dilation, convolution=conv)
    twin = naive.convolve2d_loop if conv else naive.correlate2d_loop
    ref = twin(x, k, mode, fill, stride, dilation)
    assert model.out_shape == ref.shape
    check_visits(model)
    assert_close(window_sums(model), ref, what="windows vs loop twin")


@pytest.mark.parametrize("mode", borders.MODES)
@pytest.mark.parametrize("kshape", [(3, 3), (2, 2), (4, 4), (3, 2)])
def test_convolution_is_correlation_with_rot180(mode, kshape):
    rng = np.random.default_rng(3)
    x = rng.standard_normal((6, 6))
    k = rng.standard_normal(kshape)
    conv = SlidingWindow(x, k, mode, convolution=True)
    corr = SlidingWindow(x, k[::-1, ::-1], mode)
    assert_close(conv.applied_kernel, k[::-1, ::-1], what="applied kernel")
    assert_close(conv.position(0).weights, k[::-1, ::-1], what="weights")
    even = any(n % 2 == 0 for n in kshape)
    if mode == "same" and even:
        # SciPy's convolve2d puts the odd padding sample before the input: one cell apart
        assert conv.pad != corr.pad
        assert conv.out_shape == corr.out_shape == x.shape
    else:
        assert conv.pad == corr.pad
        assert_close(conv.output, corr.output, what="conv vs corr(rot180)")


def test_same_even_kernel_pads_as_scipy():
    x = np.arange(25.0).reshape(5, 5)
    corr = SlidingWindow(x, np.ones((4, 4)), "same")
    conv = SlidingWindow(x, np.ones((4, 4)), "same", convolution=True)
    assert corr.pad == (1, 2, 1, 2) and conv.pad == (2, 1, 2, 1)
    assert corr.padded.shape == (8, 8)
    assert_close(corr.padded[1:6, 1:6], x)
    assert corr.padding_mask().sum() == 64 - 25


def test_padded_and_fill():
    x = np.arange(1.0, 10.0).reshape(3, 3)
    m = SlidingWindow(x, np.ones((3, 3)), "full", "replicate")
    assert m.pad == (2, 2, 2, 2)
    assert m.padded[0, 0] == x[0, 0] and m.padded[-1, -1] == x[-1, -1]
    assert_close(m.padded[2:5, 2:5], x)


def test_size_formula_has_the_numbers():
    m = SlidingWindow(np.zeros((5, 6)), np.ones((3, 2)), "same", stride=2, dilation=1)
    rows, cols = m.size_formula().splitlines()
    assert rows.endswith(f"= {m.out_shape[0]}") and cols.endswith(f"= {m.out_shape[1]}")
    assert "(5 + 1 + 1 - 1*(3-1) - 1) // 2 + 1 = 3" in rows
    assert "(6 + 0 + 1 - 1*(2-1) - 1) // 2 + 1 = 3" in cols
    # the formula's arithmetic is the output size
    assert (5 + 1 + 1 - 1 * (3 - 1) - 1) // 2 + 1 == m.out_shape[0]


def test_written_sum_shows_each_product_and_the_result():
    x = np.array([[1.0, -2.0], [3.0, 4.0]])
    m = SlidingWindow(x, np.array([[1.0, 0.5], [2.0, -1.0]]))
    text = written_sum(m.position(0), decimals=1)
    assert text == "B[0,0] = 1·1 + (-2)·0.5 + 3·2 + 4·(-1) = 2"
    rounded = written_sum(m.position(0), decimals=1, exact=False)
    assert rounded == "B[0,0] = 1·1 + (-2)·0.5 + 3·2 + 4·(-1) ≈ 2.0"   # factors as they are
    # a factor that four decimals cannot write exactly (1/3) is rounded to the decimals
    # given; the others are written as they are (0.125 too, with decimals=2)
    digit = SlidingWindow(np.array([[1 / 3, -0.1], [0.3, 0.0]]), np.array([[-1.0, 0.0],
                                                                          [0.125, 2.0]]))
    assert written_sum(digit.position(0), decimals=2, exact=False) == (
        "B[0,0] = 0.33·(-1) + (-0.1)·0 + 0.3·0.125 + 0·2 ≈ -0.30")
    big = SlidingWindow(np.ones((7, 7)), np.ones((5, 5)))
    assert written_sum(big.position(0)).count("[u=") == 5
    # a negative factor is in parentheses, a negative result or row sum stands alone
    neg = SlidingWindow(x, np.array([[-1.0, 0.0], [0.0, 0.0]]))
    assert written_sum(neg.position(0)) == "B[0,0] = 1·(-1) + (-2)·0 + 3·0 + 4·0 = -1"
    rows = written_sum(SlidingWindow(-np.ones((7, 7)), np.ones((5, 5))).position(0))
    assert rows.startswith("B[0,0] = [u=0: -5] + [u=1: -5]") and rows.endswith(" = -25")


def test_each_grid_writes_its_numbers_exactly_where_four_decimals_do():
    """A digit's input (not exact in four decimals) beside a Gaussian: the kernel grids
    wrote 0.0625 as 0.062 while the kernel editor showed 0.0625."""
    gauss = np.array([[1.0, 2.0, 1.0], [2.0, 4.0, 2.0], [1.0, 2.0, 1.0]]) / 16
    m = SlidingWindow(np.full((5, 5), 1 / 3), gauss)
    assert not m.exact() and m.decimals() == 3
    assert m.grid_decimals() == {"input": 3, "kernel": 4, "products": 3, "output": 3}
    whole = SlidingWindow(np.arange(25.0).reshape(5, 5), gauss)
    assert whole.grid_decimals() == {"input": 0, "kernel": 4, "products": 4, "output": 4}


@pytest.mark.parametrize("bad", [
    dict(mode="wide"), dict(fill="mirror"), dict(stride=0), dict(dilation=-1)])
def test_bad_options_name_the_value(bad):
    with pytest.raises(ConfigError) as e:
        SlidingWindow(np.ones((5, 5)), np.ones((3, 3)), **bad)
    assert str(list(bad.values())[0]) in str(e.value)


def test_bad_arrays_and_positions():
    with pytest.raises(ConfigError, match="kernel"):
        SlidingWindow(np.ones((5, 5)), np.array([[np.nan]]))
    with pytest.raises(ConfigError, match="input"):
        SlidingWindow(np.ones(5), np.ones((3, 3)))
    with pytest.raises(ConfigError, match="does not fit"):
        SlidingWindow(np.ones((2, 2)), np.ones((3, 3)), "valid")
    m = SlidingWindow(np.ones((4, 4)), np.ones((3, 3)))
    with pytest.raises(IndexError):
        m.position(len(m))


def test_formula_names_stride_and_dilation():
    x, k = np.zeros((9, 9)), np.ones((3, 3))
    assert SlidingWindow(x, k).formula() == "B[x,y] = Σ_u Σ_v A[x+u, y+v] H[u,v]"
    assert SlidingWindow(x, k, stride=2, dilation=3).formula() == \
        "B[x,y] = Σ_u Σ_v A[2x+3u, 2y+3v] H[u,v]"
