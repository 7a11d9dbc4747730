"""Training health figures against independent computations, and the bounded log."""

from dataclasses import replace

import numpy as np
import pytest

from cnnviz.core.health import (ACT_RANGES, GRAD_DECADES, HealthMonitor, HealthRecord,
                                LayerHealth, measure)
from cnnviz.core.health_log import HealthLog, records_from_parts, records_parts
from cnnviz.core.losses import softmax_cross_entropy_sum
from cnnviz.core.models import lenet5
from cnnviz.core.batch import to_internal, to_public


def _batch(n=40, seed=3):
    rng = np.random.default_rng(seed)
    return rng.normal(0, 1, (n, 1, 32, 32)), rng.integers(0, 10, n)


def _reference(net, x, labels):
    """Every block's y, dE/dY and dE/dW, block by block on the whole batch."""
    a, caches, ys = to_internal(x), [], []
    for b in net.blocks:
        a, cache = b.forward(a)
        caches.append(cache)
        ys.append(to_public(a))
    _, d = softmax_cross_entropy_sum(to_public(a), labels, len(labels))
    dy, dzs, dws = to_internal(d), {}, {}
    for i in range(len(net.blocks) - 1, -1, -1):
        dy, grads, dz = net.blocks[i].backward(dy, caches[i], True)
        dzs[i], dws[i] = dz, grads.get("weight")
    return ys, dzs, dws


def _saturated_by_loops(y, act):
    n, f = y.shape[:2]
    flat = y.reshape(n, f, -1)
    per_map = []
    for m in range(f):
        if act == "relu":
            dead = sum(all(flat[k, m, u] == 0 for k in range(n)) for u in range(flat.shape[2]))
            per_map.append(dead / flat.shape[2])
        else:
            v = flat[:, m].ravel()
            hit = np.abs(v) > 0.97 if act == "tanh" else (v < 0.03) | (v > 0.97)
            per_map.append(np.count_nonzero(hit) / v.size)
    return np.array(per_map)


@pytest.mark.parametrize("act", ["tanh", "relu", "sigmoid"])
def test_every_figure_matches_an_independent_computation(act):
    net = lenet5(seed=1, activation=act, dtype=np.float64, threads=1)
    x, labels = _batch()
    params = net.state_dict()
    rng = np.random.default_rng(9)
    update = {k: rng.normal(0, 1e-3, v.shape) for k, v in params.items() if k.endswith("weight")}
    rec = measure(net, x, labels, step=17, update=update)
    ys, dzs, dws = _reference(net, x, labels)
    assert rec.step == 17 and [lay.name for lay in rec.layers] == ["C1", "C3", "C5", "F6", "OUT"]
    for k, v in net.state_dict().items():
        np.testing.assert_array_equal(v, params[k])     # nothing was updated
    for i, b in enumerate(net.blocks):
        if "weight" not in b.layer.params:
            continue
        lay, w, dw = rec.layer(b.name), b.layer.params["weight"], dws[i]
        np.testing.assert_allclose(lay.grad_rms, np.linalg.norm(dw) / np.sqrt(dw.size), rtol=1e-10)
        for f in range(w.shape[0]):
            np.testing.assert_allclose(lay.grad_rms_maps[f],
                                       np.linalg.norm(dw[f]) / np.sqrt(dw[f].size), rtol=1e-10)
            u = update[f"{b.name}.weight"][f]
            np.testing.assert_allclose(lay.update_ratio_maps[f],
                                       np.linalg.norm(u) / np.linalg.norm(w[f]), rtol=1e-10)
        u = update[f"{b.name}.weight"]
        np.testing.assert_allclose(lay.update_ratio, np.linalg.norm(u) / np.linalg.norm(w),
                                   rtol=1e-10)
        a = b.activation.kind if b.activation else None
        lo, hi = ACT_RANGES[a]
        expect = np.histogram(np.clip(ys[i], lo, hi), bins=np.linspace(lo, hi, 41))[0]
        np.testing.assert_array_equal(lay.act_counts, expect)
        assert lay.act_counts.sum() == ys[i].size
        g = np.abs(dzs[i]).ravel()
        logs = np.array([np.log10(v) if v > 0 else -np.inf for v in g])
        expect = np.histogram(np.clip(logs, *GRAD_DECADES), bins=np.linspace(-12, 0, 49))[0]
        np.testing.assert_array_equal(lay.grad_counts, expect)
        if a is None:
            assert np.isnan(lay.saturated) and np.isnan(lay.saturated_maps).all()
            continue
        per_map = _saturated_by_loops(ys[i], a)
        np.testing.assert_allclose(lay.saturated_maps, per_map, rtol=1e-12)
        np.testing.assert_allclose(lay.saturated, per_map.mean(), rtol=1e-12)


def test_relu_dead_units_are_zero_for_every_image():
    net = lenet5(seed=1, activation="relu", dtype=np.float64, threads=1)
    net.blocks[0].layer.params["bias"][:3] = -1e6     # maps 0..2 of C1 die
    x, labels = _batch(8)
    lay = measure(net, x, labels, 0).layer("C1")
    np.testing.assert_array_equal(lay.saturated_maps[:3], 1.0)
    assert lay.saturated >= 0.5


def test_monitor_measures_the_update_of_the_batch_it_armed():
    net = lenet5(seed=2, dtype=np.float64, threads=1)
    x, labels = _batch(8)
    mon = HealthMonitor(x, labels, every_s=None, every_steps=2)
    before = mon.arm(net)
    w0 = net.blocks[0].layer.params["weight"].copy()
    net.blocks[0].layer.params["weight"] += 0.01
    rec = mon.record(net, 1, before)
    w1 = net.blocks[0].layer.params["weight"]
    np.testing.assert_allclose(rec.layer("C1").update_ratio,
                               np.linalg.norm(w1 - w0) / np.linalg.norm(w1), rtol=1e-10)
    assert rec.layer("C3").update_ratio == 0
    assert mon.arm(net) is None and mon.arm(net) is not None


def _record(step, f=6, name="C1"):
    lay = LayerHealth(name, "tanh", 1.0 + step, np.ones(f), 0.1, np.full(f, 0.1), 0.2,
                      np.full(f, step), np.arange(40), np.arange(48))
    return HealthRecord(step, (lay,))


def test_log_stays_within_bound_and_keeps_the_start():
    log = HealthLog(max_records=50)
    for s in range(5000):
        log.add(_record(s))
        assert len(log) <= 50
    steps = log.steps()
    assert steps[0] == 0 and steps[-1] == 4999 and np.all(np.diff(steps) > 0)
    # the newest steps keep a finer resolution than the oldest
    assert np.diff(steps)[-1] <= np.diff(steps)[0]
    # every figure stays with its own step through the thinning
    x, y = log.series("C1", "grad_rms")
    np.testing.assert_array_equal(x, steps)
    np.testing.assert_array_equal(y, [r.layer("C1").grad_rms for r in log.records])
    np.testing.assert_array_equal(y, steps + 1.0)
    heat = log.over_steps("C1", "saturated_maps", columns=len(steps))
    np.testing.assert_array_equal(heat.values[0, [0, -1]], steps[[0, -1]])


def test_a_layer_missing_from_some_records_reads_as_nan():
    log = HealthLog()
    log.add(_record(0))
    both = HealthRecord(1, _record(1).layers + _record(1, f=16, name="C3").layers)
    log.add(both)
    x, y = log.series("C3", "grad_rms")
    assert x.tolist() == [0, 1] and np.isnan(y[0]) and y[1] == 2.0
    heat = log.over_steps("C3", "saturated_maps", columns=2)
    assert heat.values.shape == (16, 2) and np.isnan(heat.values[:, 0]).all()
    np.testing.assert_array_equal(heat.values[:, 1], 1.0)


def test_over_steps_takes_the_newest_record_at_or_before_each_column():
    log = HealthLog()
    for s in (0, 10, 30):
        log.add(_record(s))
    lay = replace(_record(40).layers[0], act_counts=np.arange(40)[::-1].copy())
    log.add(HealthRecord(40, (lay,)))
    # records at 0, 10, 30, 40: the median gap is 10, so the newest holds until 50
    heat = log.over_steps("C1", "act_counts", columns=6)   # 0, 10, 20, 30, 40, 50
    assert (heat.first, heat.last) == (0, 50) and heat.values.shape == (40, 6)
    assert heat.steps.tolist() == [0, 10, 10, 30, 40, 40]   # what a readout names
    share = np.arange(40) / np.arange(40).sum()
    for j in range(4):
        np.testing.assert_allclose(heat.values[:, j], share)
    for j in (4, 5):
        np.testing.assert_allclose(heat.values[:, j], share[::-1])
    assert heat.levels == (0.0, share.max())
    heat = log.over_steps("C1", "update_ratio_maps", columns=4)
    np.testing.assert_allclose(heat.values, np.log10(0.1))
    assert log.over_steps("C3", "act_counts") is None


def test_records_survive_the_wire():
    from cnnviz.core import wire

    net = lenet5(seed=1, threads=1)
    x, labels = _batch(8)
    recs = [measure(net, x.astype(np.float32), labels, s) for s in (3, 4)]
    head, arrays = records_parts(recs)
    h2, a2 = wire.unpack(wire.pack({"health": head}, arrays))
    back = records_from_parts(h2["health"], a2)
    for r, b in zip(recs, back):
        assert r.step == b.step
        for la, lb in zip(r.layers, b.layers):
            assert la.name == lb.name and la.grad_rms == lb.grad_rms
            assert np.isnan(lb.update_ratio)
            np.testing.assert_array_equal(la.grad_counts, lb.grad_counts)
            np.testing.assert_array_equal(la.saturated_maps, lb.saturated_maps)


def test_gradient_rms_counts_only_the_weights_a_connection_table_keeps():
    """LeCun's C3 table: map i has 3, 4 or 6 input maps; RMS over those weights only."""
    net = lenet5(seed=3, c3_table="lecun", dtype=np.float64, threads=1)
    x, labels = _batch()
    rec = measure(net, x, labels, step=1)
    dws = _reference(net, x, labels)[2]
    i = [b.name for b in net.blocks].index("C3")
    conn, dw = net.blocks[i].layer.connections, dws[i]
    kept = [dw[f][conn[f]] for f in range(dw.shape[0])]        # (inputs kept, 5, 5) each
    for f, k in enumerate(kept):
        np.testing.assert_allclose(rec.layer("C3").grad_rms_maps[f],
                                   np.sqrt(np.mean(k ** 2)), rtol=1e-10)
    every = np.concatenate([k.ravel() for k in kept])
    np.testing.assert_allclose(rec.layer("C3").grad_rms, np.sqrt(np.mean(every ** 2)), rtol=1e-10)
    assert {len(k) for k in kept} == {3, 4, 6}
