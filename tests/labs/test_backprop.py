"""The backprop lab against scipy.signal, the core's loop twins and finite differences."""

import numpy as np
import pytest
from scipy import signal

from cnnviz.core import naive
from cnnviz.errors import ConfigError
from cnnviz.labs.backprop import BackpropLab
from cnnviz.labs.notation import sub
from tests.core.helpers import assert_close

SHAPES = [((3, 3), (2, 2)), ((5, 4), (3, 2)), ((8, 8), (5, 5)), ((4, 6), (1, 3)), ((2, 2), (2, 2))]


def random_lab(xs, ks, bias, seed):
    rng = np.random.default_rng(seed)
    ho, wo = xs[0] - ks[0] + 1, xs[1] - ks[1] + 1
    b = rng.standard_normal((1, 1) if bias == "tied" else (ho, wo))
    return BackpropLab(rng.standard_normal(xs), rng.standard_normal(ks),
                       rng.standard_normal((ho, wo)), b, bias)


@pytest.mark.parametrize("bias", ["tied", "untied"])
@pytest.mark.parametrize("xs,ks", SHAPES)
def test_gradients_equal_scipy_and_loop_twin(xs, ks, bias):
    lab = random_lab(xs, ks, bias, seed=xs[0] * 7 + ks[1])
    b = lab.b[0, 0] if bias == "tied" else lab.b
    assert_close(lab.y, signal.correlate2d(lab.x, lab.k, "valid") + b, what="Y")
    assert lab.error == pytest.approx(0.5 * np.sum((lab.y - lab.t) ** 2), rel=1e-12)
    assert_close(lab.dy, lab.y - lab.t, what="dE/dY")
    assert_close(lab.dk, signal.correlate2d(lab.x, lab.dy, "valid"), what="dE/dK")
    assert_close(lab.dx, signal.convolve2d(lab.dy, lab.k, "full"), what="dE/dX")
    assert_close(lab.db, np.sum(lab.dy).reshape(1, 1) if bias == "tied" else lab.dy,
                 what="dE/dB")
    tied = bias == "tied"
    dx, dw, db = naive.conv_backward_loop(lab.x[None, None], lab.k[None, None],
                                          lab.dy[None, None], tied=tied)
    assert_close(lab.dx, dx[0, 0], what="dE/dX vs twin")
    assert_close(lab.dk, dw[0, 0], what="dE/dK vs twin")
    assert_close(lab.db.reshape(-1), db.reshape(-1), what="dE/dB vs twin")
    assert_close(lab.dk_window().output, lab.dk, what="dE/dK sliding window")
    assert_close(lab.dx_window().output, lab.dx, what="dE/dX sliding window")
    assert_close(lab.forward_window().output + b, lab.y, what="Y sliding window")
    dxw = lab.dx_window()
    assert_close(dxw.applied_kernel, lab.k[::-1, ::-1], what="K as applied")
    assert dxw.pad == (ks[0] - 1, ks[0] - 1, ks[1] - 1, ks[1] - 1)
    for i in range(len(dxw)):   # each dE/dX cell is its window of the zero-bordered dE/dY
        w = dxw.position(i)
        assert w.result == pytest.approx(np.sum(w.values * lab.k[::-1, ::-1]), abs=1e-12)


@pytest.mark.parametrize("bias", ["tied", "untied"])
@pytest.mark.parametrize("xs,ks", SHAPES[:4])
def test_finite_differences_agree_for_every_number(xs, ks, bias):
    lab = random_lab(xs, ks, bias, seed=3)
    for param in ("X", "K", "B"):
        for index in np.ndindex(lab.values(param).shape):
            fd = lab.finite_difference(param, index)
            assert fd.relative < 1e-6, f"{param}{index}: {fd}"
            assert fd.analytic == lab.gradient(param)[index]
            assert fd.value == lab.values(param)[index]
    # the nudges leave the lab as it was
    assert_close(lab.error_with("K", (0, 0), lab.k[0, 0]), lab.error, what="E after nudges")


def test_a_zero_gradient_against_rounding_noise_is_said_to_be_zero_on_both_sides():
    """x_22 of the worked example: backprop gives 0 and the central difference -4.4e-10,
    E's rounding over 2 eps; their relative difference is 1, which read as a failure."""
    lab = BackpropLab()
    fd = lab.finite_difference("X", (1, 1))
    assert fd.analytic == 0 and 0 < abs(fd.numeric) < 1e-9 and fd.relative == 1
    assert fd.both_zero and abs(fd.numeric) <= 10 * fd.rounding
    assert not lab.finite_difference("X", (1, 2)).both_zero       # a gradient of 4
    # a tiny eps makes the central difference of that 4 mostly rounding (3.55 at 1e-15):
    # still not "both 0", as backprop's 4 is not 0
    tiny = lab.finite_difference("X", (1, 2), 1e-15)
    assert tiny.analytic == 4 and abs(tiny.numeric - 4) > 0.1 and not tiny.both_zero


def test_finite_difference_by_hand():
    lab = BackpropLab()
    fd = lab.finite_difference("K", (1, 1), 1e-3)
    y_plus = signal.correlate2d(lab.x, lab.k + [[0, 0], [0, 1e-3]], "valid")
    assert fd.e_plus == pytest.approx(0.5 * np.sum((y_plus - lab.t) ** 2), rel=1e-12)
    assert fd.numeric == pytest.approx((fd.e_plus - fd.e_minus) / 2e-3)
    assert fd.difference == pytest.approx(fd.numeric - fd.analytic)


def test_equations_write_out_the_lecture_example():
    lab = BackpropLab()
    sym, num = lab.forward_equation(0, 0)
    assert sym == "y₁₁ = x₁₁·k₁₁ + x₁₂·k₁₂ + x₂₁·k₂₁ + x₂₂·k₂₂ + b"
    x, k = lab.x, lab.k
    terms = [x[0, 0] * k[0, 0], x[0, 1] * k[0, 1], x[1, 0] * k[1, 0], x[1, 1] * k[1, 1]]
    assert num.endswith(f"= {sum(terms):g}")
    sym, _ = lab.dk_equation(1, 0)
    assert sym == "∂E/∂k₂₁ = x₂₁·δ₁₁ + x₂₂·δ₁₂ + x₃₁·δ₂₁ + x₃₂·δ₂₂"
    sym, _ = lab.dx_equation(1, 1)   # the centre of X is read by all four outputs
    assert sym == "∂E/∂x₂₂ = δ₂₂·k₁₁ + δ₂₁·k₁₂ + δ₁₂·k₂₁ + δ₁₁·k₂₂"
    sym, _ = lab.dx_equation(0, 0)
    assert sym == "∂E/∂x₁₁ = δ₁₁·k₁₁"
    assert lab.db_equation()[0] == "∂E/∂b = δ₁₁ + δ₁₂ + δ₂₁ + δ₂₂"
    assert sub(7, 7) == "₈₈"
    # the digits written hold the equality, or it is written ≈
    exact = BackpropLab(x=np.array([[1.0, 2.0], [3.0, 4.0]]), k=np.array([[0.5]]),
                        t=np.zeros((2, 2)))
    assert exact.forward_equation(0, 0)[1] == "= 1·0.5 + 0 = 0.5"
    third = BackpropLab(x=np.array([[1.0, 2.0], [3.0, 4.0]]), k=np.array([[1 / 3]]),
                        t=np.zeros((2, 2)))
    assert third.forward_equation(0, 0)[1] == "≈ 1·0.3333 + 0 ≈ 0.3333"
    assert third.dk_equation(0, 0)[1].startswith("≈ ")
    # numbers written exactly: "=" before them, "≈" only before a rounded result
    product = BackpropLab(x=np.array([[1.234, 2.0], [3.0, 4.0]]), k=np.array([[5.678]]),
                          t=np.zeros((2, 2)))
    assert product.forward_equation(0, 0)[1] == "= 1.234·5.678 + 0 ≈ 7.007"
    # float64 noise is no rounding: 0.1·0.2 is 0.020000000000000004
    tenths = BackpropLab(x=np.array([[0.1, 0.3], [0.2, 0.4]]), k=np.array([[0.2]]),
                         t=np.zeros((2, 2)))
    assert tenths.forward_equation(0, 0)[1] == "= 0.1·0.2 + 0 = 0.02"
    assert tenths.error_equation()[2].startswith("E = ")


@pytest.mark.parametrize("args,msg", [
    (dict(x=np.ones((9, 2))), "X is 9x2; the lab takes at most 8x8"),
    (dict(k=np.ones((4, 4))), r"K \(4x4\) must not be larger than X \(3x3\)"),
    (dict(t=np.ones((3, 3))), "T is 3x3"),
    (dict(t=np.ones((1, 2))), "T must be 2x2"),
    (dict(b=np.ones((2, 2))), "B must be 1x1 for a tied bias, not 2x2"),
    (dict(bias="shared"), "bias must be 'tied' or 'untied'"),
    (dict(x=[[1, np.nan], [1, 1]], k=[[1]], t=np.ones((2, 2))),
     "X holds values that are not finite"),
])
def test_bad_input_says_what_is_wrong(args, msg):
    with pytest.raises(ConfigError, match=msg):
        BackpropLab(**args)


def test_bad_finite_difference_requests():
    lab = BackpropLab()
    with pytest.raises(ConfigError, match="epsilon must be a positive"):
        lab.finite_difference("K", (0, 0), 0.0)
    with pytest.raises(ConfigError, match=r"K\[2, 0\] is outside the 2x2 matrix K"):
        lab.finite_difference("K", (2, 0))
    with pytest.raises(ConfigError, match="'W' is not one of X, K, B"):
        lab.finite_difference("W", (0, 0))
