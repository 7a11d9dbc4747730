"""The pooling lab against the core's loop twins and loops written out here."""

import numpy as np
import pytest

from cnnviz.core import naive
from cnnviz.errors import ConfigError
from cnnviz.labs.pooling import (DEFAULT_INPUT, PoolingLab, backward_sum, default_dy,
                                   forward_sum)
from tests.core.helpers import assert_close

CASES = [(kind, k, s) for kind in ("avg", "max") for k in (1, 2, 3, 4) for s in (1, 2, 3, 4)]


def loop_pool(x, k, s, kind):
    """Forward, winners and backward of one map, written out here."""
    ho, wo = (x.shape[0] - k) // s + 1, (x.shape[1] - k) // s + 1
    y = np.zeros((ho, wo))
    win = {}
    for r in range(ho):
        for c in range(wo):
            best = None
            for u in range(k):
                for v in range(k):
                    val = x[r * s + u, c * s + v]
                    if best is None or val > x[best]:
                        best = (r * s + u, c * s + v)
            win[r, c] = best
            y[r, c] = x[best] if kind == "max" else x[r * s:r * s + k, c * s:c * s + k].mean()
    return y, win


def loop_backward(x_shape, dy, k, s, kind, win):
    dx = np.zeros(x_shape)
    for (r, c), best in win.items():
        if kind == "max":
            dx[best] += dy[r, c]
        else:
            for u in range(k):
                for v in range(k):
                    dx[r * s + u, c * s + v] += dy[r, c] / (k * k)
    return dx


@pytest.mark.parametrize("kind,k,s", CASES)
def test_forward_and_backward_equal_loops_and_twins(kind, k, s):
    rng = np.random.default_rng(k * 10 + s)
    x = rng.standard_normal((7, 6))
    dy_shape = ((7 - k) // s + 1, (6 - k) // s + 1)
    dy = rng.standard_normal(dy_shape)
    lab = PoolingLab(x, kind, k, s, dy)
    y, win = loop_pool(x, k, s, kind)
    assert_close(lab.output, y, what="y")
    assert_close(lab.dx, loop_backward(x.shape, dy, k, s, kind, win), what="dE/dX")
    ty, targ = naive.pool_forward_loop(x[None, None], k, s, kind)
    assert_close(lab.output, ty[0, 0], what="y vs twin")
    tdx = naive.pool_backward_loop(x[None, None].shape, dy[None, None], k, s, kind, targ)
    assert_close(lab.dx, tdx[0, 0], what="dE/dX vs twin")
    for i in range(len(lab)):
        w = lab.position(i)
        assert w.result == pytest.approx(y[w.out])
        assert_close(w.values, x[np.ix_(w.rows, w.cols)], what="window values")
        if kind == "max":
            assert w.winner == win[w.out]
            assert w.share[w.winner[0] - w.rows[0], w.winner[1] - w.cols[0]] == dy[w.out]
            assert np.count_nonzero(w.share) <= 1
        else:
            assert_close(w.share, np.full((k, k), dy[w.out] / (k * k)), what="average share")


@pytest.mark.parametrize("kind", ["avg", "max"])
def test_overlapping_windows_add_up(kind):
    x = np.random.default_rng(3).standard_normal((6, 6))
    lab = PoolingLab(x, kind, 3, 1, default_dy((4, 4), "count"))
    total = np.zeros_like(x)
    for i in range(len(lab)):
        w = lab.position(i)
        total[np.ix_(w.rows, w.cols)] += w.share
        assert_close(lab.dx_upto(i), total, what=f"dE/dX after window {i}")
    assert_close(total, lab.dx, what="dE/dX")
    if kind == "avg":   # the centre cells lie under nine windows
        assert lab.dx[2, 2] > lab.dx[0, 0]


def test_max_ties_go_to_the_first_element():
    lab = PoolingLab(np.ones((2, 2)), "max", 2, 2)
    assert lab.position(0).winner == (0, 0)
    assert lab.dx.tolist() == [[1, 0], [0, 0]]


@pytest.mark.parametrize("kind, k, s", CASES)
def test_covered_cells_are_those_some_window_reads(kind, k, s):
    """With a stride above the window, the cells between windows are read by none and
    get no gradient (the whole span from the first window to the last was marked)."""
    x = np.arange(64.0).reshape(8, 8) % 7
    lab = PoolingLab(x, kind, k, s)
    read = np.zeros(x.shape, dtype=bool)
    for i in range(len(lab)):
        for r, c in lab.position(i).cells():
            read[r, c] = True
    np.testing.assert_array_equal(lab.covered(), read)
    assert not lab.dx[~read].any()

def test_default_example_and_uncovered_cells():
    lab = PoolingLab(DEFAULT_INPUT, "max", 2, 2)
    assert lab.output.tolist() == [[6, 8], [3, 4]]
    lab = PoolingLab(np.zeros((5, 5)), "avg", 2, 2)
    assert lab.out_shape == (2, 2)
    assert lab.covered()[:4, :4].all() and not lab.covered()[4].any()
    assert (lab.dx[4] == 0).all() and (lab.dx[:, 4] == 0).all()
    assert lab.size_formula() == "(5 - 2) // 2 + 1 = 2   (5 - 2) // 2 + 1 = 2"


@pytest.mark.parametrize("args,msg", [
    (dict(kind="sum"), "pooling 'sum'"),
    (dict(window=5), "window 5"),
    (dict(stride=0), "stride 0"),
    (dict(window=4, x=np.ones((3, 3))), "does not fit a 3x3"),
    (dict(dy=np.ones((3, 3))), "dE/dY must be 2x2"),
    (dict(x=np.ones(4)), "2-D matrix"),
])
def test_bad_settings_say_what_is_wrong(args, msg):
    kw = dict(x=DEFAULT_INPUT, kind="max", window=2, stride=2) | args
    with pytest.raises(ConfigError, match=msg.replace("(", r"\(")):
        PoolingLab(**kw)


def test_written_sums():
    lab = PoolingLab(DEFAULT_INPUT, "max", 2, 2, default_dy((2, 2), "count"))
    w = lab.position(1)
    assert forward_sum(w, "max") == "y₁₂ = max(2, 4, 7, 8) = 8"
    assert backward_sum(w, "max") == "∂E/∂x₂₄ += ∂E/∂y₁₂ = 2"
    lab = PoolingLab(DEFAULT_INPUT, "avg", 2, 2, default_dy((2, 2), "count"))
    w = lab.position(2)
    assert forward_sum(w, "avg") == "y₂₁ = (3 + 2 + 1 + 2) / 4 = 2"
    assert backward_sum(w, "avg") == "∂E/∂x += ∂E/∂y₂₁ / 4 = 3 / 4 = 0.75"
    # a result the written digits do not hold is written ≈ (it read "/ 9 = 4.111")
    lab = PoolingLab(np.arange(1.0, 10.0).reshape(3, 3) + [[0, 0, 0], [0, 0, 0], [0, 0, 1]],
                     "avg", 3, 3, np.array([[6.0]]))
    w = lab.position(0)
    assert forward_sum(w, "avg") == "y₁₁ = (1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 10) / 9 ≈ 5.111"
    assert backward_sum(w, "avg") == "∂E/∂x += ∂E/∂y₁₁ / 9 = 6 / 9 ≈ 0.6667"
    tenths = PoolingLab(np.array([[0.1, 0.2], [0.3, 0.7]]), "avg", 2, 2, np.array([[1.0]]))
    assert forward_sum(tenths.position(0), "avg") == "y₁₁ = (0.1 + 0.2 + 0.3 + 0.7) / 4 = 0.325"
