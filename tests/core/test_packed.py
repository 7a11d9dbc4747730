"""Parameters as views of one flat array: the same numbers, bit for bit, as ten arrays."""

import numpy as np
import pytest

from cnnviz.core import lenet5
from cnnviz.core import processes as worker_processes
from cnnviz.core.batch import BatchRun
from cnnviz.core.optim import make_optimizer
from cnnviz.core.packed import Packed, flat_of, pack, spans_of, views
from cnnviz.core.tuning import tune
from tests.core.helpers import hold_up_first_chunk, up


def batch(n=40, seed=0):
    rng = np.random.default_rng(seed)
    return rng.standard_normal((n, 1, 32, 32)).astype(np.float32), rng.integers(0, 10, n)


def test_every_parameter_is_a_view_of_the_flat_array_in_order():
    net = lenet5(seed=0)
    params = net.parameters()
    assert params.flat is net.flat and net.flat.size == 61706
    o = 0
    for k, v in params.items():
        assert v.base is net.flat, k
        assert np.shares_memory(v, net.flat[o:o + v.size]), k
        o += v.size
    assert o == net.flat.size
    net.flat[:] = 7.0
    assert all((v == 7.0).all() for v in net.parameters().values())


def test_state_dict_copies_and_load_writes_into_the_views():
    net = lenet5(seed=0)
    state = net.state_dict()
    assert all(not np.shares_memory(v, net.flat) for v in state.values())
    state["C3.bias"][:] = 0.5
    assert not (net.parameters()["C3.bias"] == 0.5).any()
    net.load_state_dict(state)
    assert (net.parameters()["C3.bias"] == 0.5).all()
    assert net.parameters().flat is net.flat


def test_a_replaced_parameter_array_is_no_longer_called_flat():
    net = lenet5(seed=0)
    layer = net.blocks[0].layer
    layer.params["bias"] = layer.params["bias"].copy()
    assert net.parameters().flat is None
    opt = make_optimizer("sgd", net.parameters(), lr=0.1)
    assert opt.flat is None


def test_flat_of_uses_the_flat_array_only_for_the_same_keys_in_order():
    a = pack({"w": np.arange(6.0).reshape(2, 3), "b": np.array([9.0])}, np.float64)
    assert flat_of(a, ["w", "b"], np.float64) is a.flat
    swapped = flat_of(a, ["b", "w"], np.float64)
    assert swapped is not a.flat and swapped.tolist() == [9.0, 0, 1, 2, 3, 4, 5]
    plain = flat_of(dict(a), ["w", "b"], np.float32)
    assert plain.dtype == np.float32 and plain.tolist() == list(range(6)) + [9]
    v = views(np.zeros(7), spans_of([("w", (2, 3)), ("b", (1,))]))
    assert isinstance(v, Packed) and v["w"].shape == (2, 3) and v.flat.size == 7


@pytest.mark.parametrize("processes", [False, True])
def test_grad_sum_equals_the_per_block_sums_bit_for_bit(processes, monkeypatch):
    if processes:
        if not worker_processes.supported():
            pytest.skip("needs Linux memfd")
        tune()   # workers only run where this process's BLAS runs one thread
    net = lenet5(seed=1, c3_table="lecun", threads=2)
    net.processes = processes
    x, y = batch(100)
    if processes:
        up(net, x, y)
    hold_up_first_chunk(monkeypatch, 0.3)   # here only: the worker takes the rest
    run = BatchRun(net, x, y)
    run.run_all()
    assert len(run.chunks) == 7   # of 14 or 15 images
    # from a worker, a chunk's gradients come as one flat array; chunk 0 is this one's
    assert run.chunks[0].flat_grads is None
    assert all(c.flat_grads is not None for c in run.chunks[1:]) == processes
    total = run.grad_sum()
    for i, b in enumerate(net.blocks):
        for k, g in run.grads(i).items():
            assert total[f"{b.name}.{k}"].tobytes() == g.tobytes(), (b.name, k)


def per_array(params):
    """The same parameters as separate arrays: the optimiser's per-array path."""
    return {k: v.copy() for k, v in params.items()}


@pytest.mark.parametrize("name,settings", [
    ("sgd", dict(lr=0.05, momentum=0.9)), ("sgd", dict(lr=0.05, momentum=0.0)),
    ("sgd", dict(lr=0.05, momentum=0.5, weight_decay=1e-3)),
    ("adam", dict(lr=1e-3)), ("adam", dict(lr=1e-3, weight_decay=1e-4)),
])
def test_the_flat_update_gives_the_same_bits_as_one_array_at_a_time(name, settings):
    net = lenet5(seed=2)
    twin = per_array(net.parameters())
    flat_opt = make_optimizer(name, net.parameters(), **settings)
    loop_opt = make_optimizer(name, twin, **settings)
    assert flat_opt.flat is net.flat and loop_opt.flat is None
    for step in range(4):
        x, y = batch(40, seed=step)
        run = BatchRun(net, x, y)
        run.run_all()
        net.store_grads(run)
        grads = net.grads()
        assert grads.flat is not None
        flat_opt.step(grads)
        loop_opt.step({k: v.copy() for k, v in grads.items()})
        for k, v in net.parameters().items():
            assert v.tobytes() == twin[k].tobytes(), (step, k)
    a, b = flat_opt.state_arrays(), loop_opt.state_arrays()
    assert sorted(a) == sorted(b) and len(a) >= (10 if settings.get("momentum", 1) else 0)
    for k in a:
        assert a[k].tobytes() == b[k].tobytes(), k


def test_plain_dict_gradients_are_packed_in_the_parameters_order():
    net = lenet5(seed=3)
    twin = lenet5(seed=3)
    x, y = batch(40)
    for n in (net, twin):
        run = BatchRun(n, x, y)
        run.run_all()
        n.store_grads(run)
    ga, gb = net.grads(), twin.grads()
    reversed_plain = {k: gb[k].copy() for k in reversed(list(gb))}
    make_optimizer("sgd", net.parameters(), lr=0.1).step(ga)
    make_optimizer("sgd", twin.parameters(), lr=0.1).step(reversed_plain)
    assert net.flat.tobytes() == twin.flat.tobytes()


def test_flat_optimizer_state_round_trips_and_partial_buffers_start_at_zero():
    net = lenet5(seed=4)
    opt = make_optimizer("adam", net.parameters(), lr=1e-3)
    x, y = batch(40)
    run = BatchRun(net, x, y)
    run.run_all()
    net.store_grads(run)
    opt.step(net.grads())
    saved = {k: v.copy() for k, v in opt.state_arrays().items()}
    assert len(saved) == 20
    other = make_optimizer("adam", lenet5(seed=4).parameters(), lr=1e-3)
    other.load_state_arrays(saved, opt.t)
    assert other.t == 1
    for k, v in other.state_arrays().items():
        assert v.tobytes() == saved[k].tobytes(), k
    partial = make_optimizer("adam", lenet5(seed=4).parameters(), lr=1e-3)
    partial.load_state_arrays({"C1.bias/m": saved["C1.bias/m"]}, 1)
    got = partial.state_arrays()
    assert sorted(got) == sorted(k for k in saved if k.endswith("/m"))
    assert got["C1.bias/m"].tolist() == saved["C1.bias/m"].tolist()
    assert not got["F6.weight/m"].any()
