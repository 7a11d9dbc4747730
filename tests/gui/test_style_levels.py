"""Colour-bar levels: nice ones, and steady ones for values that drift as training goes."""

import math

from hypothesis import given, strategies as st

from cnnviz.gui import style

finite = st.floats(-1e6, 1e6, allow_nan=False)
span = st.tuples(finite, finite).map(sorted).filter(lambda p: p[1] - p[0] > 1e-6)


@given(held=st.one_of(st.none(), span), levels=span, diverging=st.booleans())
def test_steady_levels_hold_the_values_and_are_not_much_wider(held, levels, diverging):
    lo, hi = levels
    if diverging:
        m = max(abs(lo), abs(hi))
        lo, hi = -m, m
        held = None if held is None else (-max(map(abs, held)), max(map(abs, held)))
    out = style.steady_levels(held, (lo, hi), diverging)
    assert out[0] <= lo and hi <= out[1]
    if out != held:   # new levels: the headroom of growth, then two significant digits
        # (each end moves out by at most a tenth of its magnitude)
        room = style.STEADY_HEADROOM * (hi - lo)
        widest = (hi - lo) + 2 * room + 0.1 * (abs(lo) + abs(hi) + 2 * room)
        assert out[1] - out[0] <= widest * (1 + 1e-9)
    else:
        assert hi - lo >= style.STEADY_KEEP * (out[1] - out[0])


def test_steady_levels_keep_through_a_drift_and_move_on_growth_or_shrinking():
    held = style.nice_levels((-0.23, 0.23), True)
    assert held == (-0.23, 0.23)
    assert style.steady_levels(held, (-0.225, 0.225), True) == held     # a drift
    assert style.steady_levels(held, (-0.19, 0.19), True) == held       # 83% of them
    assert style.steady_levels(held, (-0.1, 0.1), True) == (-0.1, 0.1)  # shrunk: follows
    grown = style.steady_levels(held, (-0.24, 0.24), True)
    assert math.isclose(grown[1], 0.27) and grown[0] == -grown[1]       # 0.24 + 10% room
    assert style.steady_levels(grown, (-0.26, 0.26), True) == grown     # and holds
    assert style.steady_levels(None, (-0.24, 0.24), True) == (-0.24, 0.24)
    # sequential: the side that grew gets the room
    assert style.steady_levels((0.0, 1.0), (0.0, 1.5), False) == (0.0, 1.7)
    assert style.steady_levels((0.0, 1.0), (0.05, 0.97), False) == (0.0, 1.0)


def test_nice_levels_never_fall_inside_the_values():
    """1.4000000000000001 / 0.1 rounds to 14.000000000000000 in floating point: the
    level 1.4 fell one unit in the last place short of the value."""
    for v in (1.4000000000000001, 0.30000000000000004, 2.2000000000000002, 1e-7 * 3.0000001):
        lo, hi = style.nice_levels((0.0, v), False)
        assert hi >= v and lo <= 0.0
        m = style.nice_levels((-v, v), True)[1]
        assert m >= v
