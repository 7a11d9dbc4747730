"""The 2-D ops equal scipy.signal and their loop twins, for every mode, fill, kernel size."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import signal

from cnnviz.core import borders, naive, ops
from cnnviz.errors import ConfigError
from tests.core.helpers import assert_close

SCIPY_BOUNDARY = {"zeros": "fill", "circular": "wrap", "symmetric": "symm"}
KERNELS = [(1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (2, 3), (3, 2), (1, 4), (7, 7)]


@pytest.mark.parametrize("mode", borders.MODES)
@pytest.mark.parametrize("kshape", KERNELS)
@pytest.mark.parametrize("fill", list(SCIPY_BOUNDARY))
def test_correlate_and_convolve_equal_scipy(mode, kshape, fill):
    rng = np.random.default_rng(sum(kshape))
    x = rng.standard_normal((8, 9))
    k = rng.standard_normal(kshape)
    bnd = SCIPY_BOUNDARY[fill]
    assert_close(ops.correlate2d(x, k, mode, fill),
                 signal.correlate2d(x, k, mode, boundary=bnd), what="correlate2d")
    assert_close(ops.convolve2d(x, k, mode, fill),
                 signal.convolve2d(x, k, mode, boundary=bnd), what="convolve2d")


def test_same_with_even_kernel_follows_scipy_offsets():
    x = np.arange(1.0, 26.0).reshape(5, 5)
    k = np.zeros((4, 4))
    k[0, 0] = 1
    corr = ops.correlate2d(x, k, "same")
    conv = ops.convolve2d(x, k, "same")
    # correlation: one sample of padding before, two after; convolution: the other way
    assert corr[1, 1] == x[0, 0] and corr[0, 0] == 0
    assert conv[0, 0] == x[1, 1] and conv[-1, -1] == 0
    assert borders.border(5, 4, "same") == borders.Border(1, 2, 5)
    assert borders.border(5, 4, "same", flipped=True) == borders.Border(2, 1, 5)


def test_convolution_is_correlation_with_rotated_kernel():
    rng = np.random.default_rng(3)
    x, k = rng.standard_normal((6, 7)), rng.standard_normal((3, 3))
    for mode in borders.MODES:
        assert_close(ops.convolve2d(x, k, mode), ops.correlate2d(x, ops.rot180(k), mode))


@pytest.mark.parametrize("fill", borders.FILLS)
@pytest.mark.parametrize("mode", borders.MODES)
@pytest.mark.parametrize("stride,dilation", [(1, 1), (2, 1), (1, 2), (3, 2)])
@pytest.mark.parametrize("kshape", [(2, 2), (3, 2), (3, 3)])
def test_fast_ops_equal_loop_twins(fill, mode, stride, dilation, kshape):
    rng = np.random.default_rng(7)
    x, k = rng.standard_normal((7, 8)), rng.standard_normal(kshape)
    assert_close(ops.correlate2d(x, k, mode, fill, stride, dilation),
                 naive.correlate2d_loop(x, k, mode, fill, stride, dilation), what="correlate")
    assert_close(ops.convolve2d(x, k, mode, fill, stride, dilation),
                 naive.convolve2d_loop(x, k, mode, fill, stride, dilation), what="convolve")


def test_stride_and_dilation_subsample_the_dense_result():
    rng = np.random.default_rng(1)
    x, k = rng.standard_normal((11, 10)), rng.standard_normal((3, 3))
    dense = signal.correlate2d(x, k, "valid")
    assert_close(ops.correlate2d(x, k, "valid", stride=2), dense[::2, ::2])
    kd = np.zeros((5, 5))
    kd[::2, ::2] = k
    assert_close(ops.correlate2d(x, k, "valid", dilation=2), signal.correlate2d(x, kd, "valid"))


@pytest.mark.parametrize("fill,np_mode", [("reflect", "reflect"), ("symmetric", "symmetric"),
                                          ("replicate", "edge"), ("circular", "wrap"),
                                          ("zeros", "constant")])
def test_padding_fill_equals_numpy_pad(fill, np_mode):
    x = np.arange(20.0).reshape(4, 5)
    assert_close(ops.pad(x, (5, 3), "full", fill), np.pad(x, ((4, 4), (2, 2)), mode=np_mode))


@given(n=st.integers(1, 9), before=st.integers(0, 12), after=st.integers(0, 12),
       fill=st.sampled_from(borders.FILLS))
@settings(max_examples=200, deadline=None)
def test_pad_indices_equal_loop_twin(n, before, after, fill):
    idx = borders.pad_indices(n, before, after, fill)
    ref = [naive.source_index(i - before, n, fill) for i in range(n + before + after)]
    assert idx.tolist() == ref


@given(n=st.integers(1, 40), k=st.integers(1, 9), s=st.integers(1, 4), d=st.integers(1, 3),
       mode=st.sampled_from(borders.MODES))
@settings(max_examples=300, deadline=None)
def test_output_size_formula(n, k, s, d, mode):
    ke = d * (k - 1) + 1
    expect = {"valid": (n - ke) // s + 1, "same": (n - 1) // s + 1,
              "full": (n + ke - 2) // s + 1}[mode]
    if mode == "valid" and n < ke:
        with pytest.raises(ConfigError):
            borders.border(n, k, mode, s, d)
    else:
        b = borders.border(n, k, mode, s, d)
        assert b.out == expect
        assert b.before + b.after == {"valid": 0, "same": ke - 1, "full": 2 * ke - 2}[mode]


@pytest.mark.parametrize("bad", [dict(mode="half"), dict(fill="mirror"), dict(stride=0),
                                 dict(dilation=-1)])
def test_bad_options_are_refused_with_their_name(bad):
    x, k = np.ones((5, 5)), np.ones((3, 3))
    with pytest.raises(ConfigError) as e:
        ops.correlate2d(x, k, **{"mode": "full", **bad})
    assert str(list(bad.values())[0]) in str(e.value)


def test_valid_with_kernel_larger_than_input_is_refused():
    with pytest.raises(ConfigError, match="does not fit"):
        ops.correlate2d(np.ones((3, 3)), np.ones((4, 4)), "valid")
