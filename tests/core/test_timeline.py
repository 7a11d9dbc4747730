"""The timeline: the snapshot of a step, nearest kept ones, a memory bound, kernel changes."""

from dataclasses import replace

import numpy as np
import pytest

from cnnviz.core.models import lenet5
from cnnviz.core.timeline import Timeline, kernel_difference, snapshot_nbytes
from cnnviz.core.trace import trace


@pytest.fixture(scope="module")
def snap():
    net = lenet5(seed=0, threads=1)
    x = np.random.default_rng(0).normal(0, 1, (1, 32, 32)).astype(np.float32)
    return trace(net, x, 3)


def _arrays(s):
    out = [s.image, s.probabilities]
    for lay in s.layers:
        out += [v for v in vars(lay).values() if isinstance(v, np.ndarray)]
    return [a for a in out if a is not None]


def test_nbytes_counts_every_array(snap):
    assert snapshot_nbytes(snap) == sum(a.nbytes for a in _arrays(snap))


def test_memory_stays_under_the_bound_and_the_whole_run_stays_reachable(snap):
    size = snapshot_nbytes(snap)
    tl = Timeline(max_bytes=40 * size + size // 2)
    for s in range(3000):
        tl.add(replace(snap, step=s))
        total = sum(sum(a.nbytes for a in _arrays(tl[i])) for i in range(len(tl)))
        assert total == tl.nbytes <= tl.max_bytes
    steps = tl.steps()
    assert len(tl) <= 40 and steps[0] == 0 and steps[-1] == 2999
    assert np.all(np.diff(steps) > 0)
    assert np.diff(steps)[-1] < np.diff(steps)[0]      # finer near the present


def test_at_returns_the_kept_snapshot_of_a_step_or_the_nearest(snap):
    tl = Timeline()
    kept = {s: replace(snap, step=s) for s in (0, 10, 20, 35)}
    for s in kept.values():
        tl.add(s)
    for step, s in kept.items():
        assert tl.at(step) is s
    assert tl.at(4) is kept[0] and tl.at(6) is kept[10] and tl.at(5) is kept[0]
    assert tl.at(-3) is kept[0] and tl.at(99) is kept[35] and tl.at(28) is kept[35]


def test_one_snapshot_per_step_the_most_complete(snap):
    tl = Timeline()
    full = replace(snap, step=5)
    partial = replace(snap, step=5, forward_done=2, backward_done=0)
    tl.add(full)
    assert not tl.add(partial) and tl.at(5) is full and len(tl) == 1
    again = replace(snap, step=5)
    assert tl.add(again) and tl.at(5) is again and tl.nbytes == snapshot_nbytes(again)
    tl.add(replace(snap, step=1))            # an earlier step: a new run
    assert len(tl) == 1 and tl.steps().tolist() == [1]


def test_kernel_difference_is_the_difference_of_the_weights(snap):
    rng = np.random.default_rng(1)
    layers = tuple(replace(lay, weight=(lay.weight + rng.normal(0, 0.1, lay.weight.shape)
                                        .astype(np.float32)) if lay.weight is not None
                           else None) for lay in snap.layers)
    later = replace(snap, step=9, layers=layers)
    for name in ("C1", "C3", "C5", "F6", "OUT"):
        d = kernel_difference(later, snap, name)
        want = later.layer(name).weight.astype(np.float64) - snap.layer(name).weight
        np.testing.assert_array_equal(d, want)
    with pytest.raises(KeyError):
        kernel_difference(later, snap, "S2")


def test_steps_and_nearest_follow_the_kept_snapshots_through_thinning(snap):
    """The steps the timeline keeps for its lookups agree with the snapshots it keeps,
    after thinning, a replaced step and a new run: checked against a plain search."""
    size = snapshot_nbytes(snap)
    tl = Timeline(max_bytes=12 * size)
    rng = np.random.default_rng(1)
    step = 0
    for n in range(400):
        if n == 250:
            step = 3                                   # a new run starts afresh
        else:
            step += int(rng.integers(0, 3))            # 0: the same step again
        tl.add(replace(snap, step=step))
        kept = [tl[i].step for i in range(len(tl))]
        assert tl.steps().tolist() == kept
        for q in (kept[0] - 2, kept[-1] + 2, *rng.integers(kept[0], kept[-1] + 1, 5)):
            best = min(range(len(kept)), key=lambda i: (abs(kept[i] - q), i))
            assert tl.index_at(int(q)) == best
