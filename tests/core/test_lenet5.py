"""LeNet-5: the lecture's table, PyTorch's parameter layout, whole-network gradients."""

import numpy as np
import pytest

from cnnviz.core import lenet5, naive, softmax_cross_entropy
from cnnviz.core.models import lecun_c3_table
from cnnviz.errors import CheckpointError, ConfigError
from tests.core.helpers import assert_close, numeric_partial

TABLE = [("C1", (6, 28, 28)), ("S2", (6, 14, 14)), ("C3", (16, 10, 10)), ("S4", (16, 5, 5)),
         ("C5", (120, 1, 1)), ("F6", (84,)), ("OUT", (10,))]
PARAM_SHAPES = {
    "C1.weight": (6, 1, 5, 5), "C1.bias": (6,), "C3.weight": (16, 6, 5, 5), "C3.bias": (16,),
    "C5.weight": (120, 16, 5, 5), "C5.bias": (120,), "F6.weight": (84, 120), "F6.bias": (84,),
    "OUT.weight": (10, 84), "OUT.bias": (10,),
}


def test_shapes_follow_the_lecture_table():
    net = lenet5(seed=0)
    assert [(b.name, b.out_shape) for b in net.blocks] == TABLE
    assert net.blocks[0].in_shape == (1, 32, 32)
    assert net.blocks[4].layer.kind == "conv" and net.blocks[4].layer.geom.kernel == (5, 5)
    assert [b.activation.kind if b.activation else None for b in net.blocks] == [
        "tanh", None, "tanh", None, "tanh", "tanh", None]
    logits = net.forward(np.zeros((3, 1, 32, 32), np.float32))
    assert logits.shape == (3, 10) and logits.dtype == np.float32


def test_public_api_and_pytorch_layouts():
    net = lenet5(seed=0)
    rng = np.random.default_rng(0)
    x = rng.standard_normal((5, 1, 32, 32)).astype(np.float32)
    labels = rng.integers(0, 10, 5)
    loss, dlogits = softmax_cross_entropy(net.forward(x), labels)
    net.backward(dlogits)
    params, grads = net.state_dict(), net.grads()
    assert {k: v.shape for k, v in params.items()} == PARAM_SHAPES
    assert {k: v.shape for k, v in grads.items()} == PARAM_SHAPES
    assert all(np.any(g != 0) for g in grads.values())
    other = lenet5(seed=1)
    assert not np.array_equal(other.state_dict()["C1.weight"], params["C1.weight"])
    other.load_state_dict(params)
    assert_close(other.forward(x), net.forward(x), rtol=0, atol=0)


def naive_lenet_forward(params, x):
    """LeNet-5 from the loop twins and the state dict alone, read as PyTorch would."""
    def act(z):
        return np.tanh(z)
    h = act(naive.conv_forward_loop(x, params["C1.weight"], params["C1.bias"]))
    h = naive.pool_forward_loop(h, 2, 2, "avg")[0]
    h = act(naive.conv_forward_loop(h, params["C3.weight"], params["C3.bias"]))
    h = naive.pool_forward_loop(h, 2, 2, "avg")[0]
    h = act(naive.conv_forward_loop(h, params["C5.weight"], params["C5.bias"]))
    h = act(naive.dense_forward_loop(h.reshape(len(x), -1), params["F6.weight"], params["F6.bias"]))
    return naive.dense_forward_loop(h, params["OUT.weight"], params["OUT.bias"])


def test_network_equals_loop_twin_built_from_the_state_dict():
    net = lenet5(seed=3, dtype=np.float64)
    x = np.random.default_rng(1).standard_normal((1, 1, 32, 32))
    assert_close(net.forward(x), naive_lenet_forward(net.state_dict(), x), rtol=1e-10)


OPTIONS = [
    dict(), dict(activation="relu"), dict(activation="sigmoid"), dict(pooling="max"),
    dict(mode="same"), dict(mode="full", pooling="max"), dict(c3_table="lecun"),
]


@pytest.mark.parametrize("opts", OPTIONS, ids=lambda o: "-".join(o.values()) or "default")
def test_whole_network_gradients_by_finite_differences(opts):
    net = lenet5(seed=2, dtype=np.float64, **opts)
    rng = np.random.default_rng(4)
    x = rng.standard_normal((2, 1, 32, 32))
    labels = np.array([3, 7])

    def loss():
        return softmax_cross_entropy(net.forward(x), labels)[0]

    net.backward(softmax_cross_entropy(net.forward(x), labels)[1])
    grads = {k: v.copy() for k, v in net.grads().items()}
    for key, p in net.parameters().items():
        for idx in [tuple(rng.integers(0, s) for s in p.shape) for _ in range(3)]:
            num = numeric_partial(loss, p, idx)
            if key == "C3.weight" and opts.get("c3_table") == "lecun" and not lecun_c3_table()[idx[:2]]:
                num = 0.0  # an unconnected kernel: held at zero, no gradient
            assert abs(grads[key][idx] - num) < 1e-7 + 1e-5 * abs(num), (key, idx, grads[key][idx], num)


def test_chunks_and_threads_do_not_change_the_numbers():
    x = np.random.default_rng(5).standard_normal((150, 1, 32, 32)).astype(np.float64)
    labels = np.arange(150) % 10
    out = {}
    for threads in (1, 2):
        net = lenet5(seed=0, dtype=np.float64, threads=threads)
        logits = net.forward(x)
        net.backward(softmax_cross_entropy(logits, labels)[1])
        out[threads] = (logits, net.grads())
        one_by_one = np.concatenate([net.predict(x[i:i + 1]) for i in range(0, 150, 37)])
        assert_close(net.predict(x[::37]), one_by_one, rtol=1e-12)
    assert np.array_equal(out[1][0], out[2][0])
    for k in out[1][1]:
        assert np.array_equal(out[1][1][k], out[2][1][k]), k
    single = lenet5(seed=0, dtype=np.float64)
    full_grads = {k: np.zeros_like(v) for k, v in single.parameters().items()}
    for lo in range(0, 150, 64):
        # the gradient of the mean loss is the sum over chunks of their share
        xs, ls = x[lo:lo + 64], labels[lo:lo + 64]
        _, d = softmax_cross_entropy(single.forward(xs), ls)
        single.backward(d * len(xs) / 150)
        for k, g in single.grads().items():
            full_grads[k] += g
    for k, g in full_grads.items():
        assert_close(out[1][1][k], g, rtol=1e-10, atol=1e-14, what=k)


@pytest.mark.parametrize("n", [1, 16, 31, 32, 33, 64, 65, 100, 256, 257, 1000, 10000])
def test_chunk_bounds_cover_the_batch_in_near_equal_chunks(n):
    from cnnviz.core.batch import CHUNK, MIN_SPLIT, chunk_bounds

    bounds = chunk_bounds(n)
    assert bounds[0][0] == 0 and bounds[-1][1] == n
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:]))   # no gap, no overlap
    sizes = [hi - lo for lo, hi in bounds]
    assert max(sizes) - min(sizes) <= 1
    assert max(sizes) <= CHUNK or len(bounds) == 1
    assert len(bounds) == (1 if n < MIN_SPLIT else max(2, -(-n // CHUNK)))
    if n >= MIN_SPLIT:
        assert len(bounds) >= 2   # two lanes have something to share
    # the window's batch: four quarters, for two lanes to share out as they go
    assert chunk_bounds(64) == [(0, 16), (16, 32), (32, 48), (48, 64)]


def test_c3_lecun_table_has_sixty_links():
    t = lecun_c3_table()
    assert t.sum() == 60 and t[15].all()
    assert t[:6].sum(1).tolist() == [3] * 6 and t[6:15].sum(1).tolist() == [4] * 9
    assert [j for j in range(16) if t[j, 0]] == [0, 4, 5, 6, 9, 10, 11, 12, 14, 15]
    net = lenet5(c3_table="lecun")
    assert np.all(net.state_dict()["C3.weight"][~t] == 0)


@pytest.mark.parametrize("opts,shape", [(dict(mode="same"), (120, 8, 8)),
                                        (dict(mode="full"), (120, 15, 15))])
def test_border_mode_changes_map_sizes(opts, shape):
    net = lenet5(**opts)
    assert net.blocks[4].out_shape == shape
    assert net.state_dict()["F6.weight"].shape == (84, int(np.prod(shape)))


@pytest.mark.parametrize("bad", [dict(activation="gelu"), dict(pooling="min"),
                                 dict(mode="half"), dict(c3_table="sparse")])
def test_unknown_options_are_refused(bad):
    with pytest.raises(ConfigError, match=list(bad.values())[0]):
        lenet5(**bad)


def test_wrong_input_shape_is_refused():
    with pytest.raises(ConfigError, match=r"\(N, 1, 32, 32\).*\(2, 28, 28\)"):
        lenet5().forward(np.zeros((2, 28, 28), np.float32))


@pytest.mark.parametrize("mutate,match", [
    (lambda s: s.pop("C1.bias"), "missing C1.bias"),
    (lambda s: s.update({"C9.weight": np.zeros(3)}), "unexpected C9.weight"),
    (lambda s: s.update({"C3.weight": np.zeros((16, 6, 3, 3), np.float32)}), r"C3.weight has shape"),
    (lambda s: s.update({"F6.bias": np.zeros(84, np.int32)}), "F6.bias has dtype int32"),
    (lambda s: s.update({"OUT.bias": np.full(10, np.nan, np.float32)}), "OUT.bias holds NaN"),
])
def test_load_state_dict_refuses_bad_states_and_keeps_weights(mutate, match):
    net = lenet5(seed=0)
    before = net.state_dict()
    state = lenet5(seed=1).state_dict()
    mutate(state)
    with pytest.raises(CheckpointError, match=match):
        net.load_state_dict(state)
    for k, v in net.state_dict().items():
        assert np.array_equal(v, before[k])


@pytest.mark.parametrize("shape", [(5, 1, 32, 32), (7, 10), (3, 6, 4, 4), (1, 120, 1, 1)])
def test_batch_last_layout_is_a_plain_axis_move(shape):
    """The internal layout: the batch axis moved last, contiguous, and back again."""
    from cnnviz.core.batch import to_internal, to_public

    x = np.random.default_rng(0).standard_normal(shape).astype(np.float32)
    inner = to_internal(x)
    np.testing.assert_array_equal(inner, np.moveaxis(x, 0, -1))
    assert inner.flags.c_contiguous
    back = to_public(inner)
    np.testing.assert_array_equal(back, x)
    assert back.flags.c_contiguous


@pytest.mark.parametrize("opts", [{}, {"mode": "same", "pooling": "max"},
                                  {"c3_table": "lecun", "activation": "relu"}])
def test_predict_keeps_nothing_and_gives_the_forward_logits_bit_for_bit(opts):
    """predict (a pass with no backward to follow) drops every block's input and caches
    as it goes; its logits are the training forward pass's, bit for bit."""
    from cnnviz.core.batch import BatchRun

    x = np.random.default_rng(8).standard_normal((96, 1, 32, 32)).astype(np.float32)
    net = lenet5(seed=1, threads=1, **opts)
    want = net.forward(x)
    np.testing.assert_array_equal(net.predict(x).view(np.uint32), want.view(np.uint32))
    run = BatchRun(net, x)
    run.forward_all(final=True)
    assert all(c.caches == [] and len(c.acts) == 1 for c in run.chunks)
    np.testing.assert_array_equal(run.logits().view(np.uint32), want.view(np.uint32))
