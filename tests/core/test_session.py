"""Training sessions: determinism, stepping equals training, snapshots, bad settings."""

import numpy as np
import pytest

from cnnviz.core import lenet5, softmax_cross_entropy
from cnnviz.core.session import Session, TrainConfig
from cnnviz.core.trace import trace
from cnnviz.data import load
from cnnviz.errors import ConfigError, TrainingDiverged
from tests.core.helpers import assert_close


@pytest.fixture(scope="module")
def small():
    return load().subset(1200, 300)


def weights_equal(a, b):
    sa, sb = a.net.state_dict(), b.net.state_dict()
    return all(np.array_equal(sa[k], sb[k]) for k in sa)


def test_same_seed_gives_bit_identical_weights(small):
    runs = []
    for _ in range(2):
        s = Session(small, TrainConfig(batch_size=100, seed=7))
        for _ in range(5):
            s.train_batch()
        runs.append(s)
    assert weights_equal(*runs)
    other = Session(small, TrainConfig(batch_size=100, seed=8))
    for _ in range(5):
        other.train_batch()
    assert not weights_equal(runs[0], other)


@pytest.mark.parametrize("optimizer", ["sgd", "adam"])
def test_stepping_block_by_block_equals_training_the_batch(small, optimizer):
    cfg = TrainConfig(batch_size=70, optimizer=optimizer, lr=0.01, seed=3)
    a, b = Session(small, cfg), Session(small, cfg)
    for _ in range(2):
        phases = []
        for _ in range(7):
            phases.append(a.phase)
            a.step_forward()
        for _ in range(7):
            phases.append(a.phase)
            a.step_backward()
        phases.append(a.phase)
        a.update()
        b.train_batch()
    assert phases == ["Forward C1", "Forward S2", "Forward C3", "Forward S4", "Forward C5",
                      "Forward F6", "Forward OUT", "Backward OUT", "Backward F6", "Backward C5",
                      "Backward S4", "Backward C3", "Backward S2", "Backward C1", "Update"]
    assert weights_equal(a, b)


def test_short_run_lowers_the_loss_and_beats_chance(small):
    s = Session(small, TrainConfig(batch_size=32, optimizer="adam", lr=2e-3, seed=0))
    before = s.evaluate()
    first = [st.loss for st in s.train_epoch()]
    s.train_epoch()
    after = s.evaluate()
    assert after.loss < before.loss * 0.5
    assert after.accuracy > 0.75, after.accuracy
    assert np.mean(first[-5:]) < np.mean(first[:5])
    assert after.confusion.sum() == 300 and np.trace(after.confusion) == round(after.accuracy * 300)


def test_epoch_visits_every_training_image_once(small):
    s = Session(small, TrainConfig(batch_size=500, seed=1))
    stats = s.train_epoch()
    assert [st.images for st in stats] == [500, 500, 200]
    assert s.epoch == 1 and s.step == 3
    assert [st.batch_in_epoch for st in stats] == [1, 2, 3]


def test_probe_snapshot_holds_the_probe_gradients(small):
    s = Session(small, TrainConfig(seed=0), probe_index=5)
    snap = s.probe_snapshot()
    x, label = s.probe_input()
    assert snap.label == label == small.test_labels[5]
    net = s.net
    loss, d = softmax_cross_entropy(net.forward(x[None]), np.array([label]))
    net.backward(d)
    assert snap.loss == pytest.approx(loss, rel=1e-6)
    for lay in snap.layers:
        for key, g in net.grads().items():
            block, param = key.split(".")
            if block == lay.name:
                got = lay.dweight if param == "weight" else lay.dbias
                assert_close(got, g, rtol=1e-5, atol=1e-7, what=key)
    c1 = snap.layer("C1")
    assert c1.x.shape == (1, 32, 32) and c1.z.shape == c1.y.shape == (6, 28, 28)
    assert_close(c1.y, np.tanh(c1.z), rtol=1e-6, atol=1e-7)
    assert_close(c1.dz, c1.dy * (1 - c1.y ** 2), rtol=1e-5, atol=1e-8)
    assert snap.layer("S4").dx.shape == (16, 10, 10)
    assert snap.layer("F6").x.shape == (120,)
    assert snap.probabilities.shape == (10,) and snap.probabilities.sum() == pytest.approx(1, abs=1e-5)
    with pytest.raises(ValueError):
        c1.weight[0, 0, 0, 0] = 1.0


def test_snapshots_while_stepping_fill_in_layer_by_layer(small):
    s = Session(small, TrainConfig(seed=0))
    snap = s.step_forward()
    assert snap.phase == "Forward C1" and [lay.name for lay in snap.layers] == ["C1"]
    assert not snap.layers[0].has_backward and snap.probabilities is None
    for _ in range(6):
        snap = s.step_forward()
    assert len(snap.layers) == 7 and snap.probabilities is not None
    snap = s.step_backward()
    assert snap.phase == "Backward OUT" and snap.layer("OUT").has_backward
    assert not snap.layer("F6").has_backward
    with pytest.raises(ConfigError, match="backward pass is not complete"):
        s.update()


def test_max_pool_snapshot_keeps_winners(small):
    s = Session(small, TrainConfig(), arch={"model": "lenet5", "pooling": "max"})
    snap = s.probe_snapshot()
    s2 = snap.layer("S2")
    assert s2.winners.shape == (6, 14, 14) and s2.winners.max() <= 3
    c1y = snap.layer("C1").y
    u, v = np.divmod(s2.winners.astype(int), 2)
    rows = 2 * np.arange(14)[:, None] + u
    cols = 2 * np.arange(14)[None, :] + v
    assert_close(c1y[np.arange(6)[:, None, None], rows, cols], s2.y)


def test_trace_leaves_the_network_untouched():
    net = lenet5(seed=0)
    before = net.state_dict()
    trace(net, np.zeros((1, 32, 32), np.float32), 3)
    assert all(np.array_equal(v, net.state_dict()[k]) for k, v in before.items())


def test_divergence_stops_with_a_clear_message_and_keeps_weights(small):
    s = Session(small, TrainConfig(optimizer="sgd", lr=1e38, momentum=0.0, batch_size=50))
    with pytest.raises(TrainingDiverged, match="lower the learning rate") as e:
        for _ in range(20):
            good = s.net.state_dict()
            s.train_batch()
    assert "step" in str(e.value)
    assert all(np.all(np.isfinite(v)) for v in s.net.state_dict().values())
    assert all(np.array_equal(v, s.net.state_dict()[k]) for k, v in good.items())


@pytest.mark.parametrize("bad,match", [
    (dict(lr=-1), "learning rate"), (dict(lr=float("nan")), "learning rate"),
    (dict(batch_size=0), "batch size"), (dict(epochs=2.5), "epochs"),
    (dict(optimizer="rmsprop"), "rmsprop"), (dict(momentum=1.5), "momentum"),
    (dict(weight_decay=-0.1), "weight decay"), (dict(seed=-3), "seed"),
    (dict(lr_decay=0), "lr decay"),
])
def test_invalid_hyperparameters_are_refused(bad, match):
    with pytest.raises(ConfigError, match=match):
        TrainConfig(**bad).validate()


def test_shift_augmentation_moves_training_images_only(small):
    s = Session(small, TrainConfig(batch_size=8, shift=2, seed=0))
    s.step_forward()
    x = to_internal_batch(s)
    plain = Session(small, TrainConfig(batch_size=8, shift=0, seed=0))
    plain.step_forward()
    y = to_internal_batch(plain)
    assert x.shape == y.shape and not np.array_equal(x, y)
    # a pure translation inside the 2-pixel border: each image keeps exactly its values
    for n in range(x.shape[-1]):
        assert np.array_equal(np.sort(x[..., n].ravel()), np.sort(y[..., n].ravel()))
    snap_a, snap_b = s.probe_snapshot(), plain.probe_snapshot()
    assert np.array_equal(snap_a.image, snap_b.image)


def to_internal_batch(session):
    return session._pending.chunks[0].input()


def test_reconfigure_between_batches(small):
    s = Session(small, TrainConfig(optimizer="sgd", lr=0.01))
    s.train_batch()
    s.reconfigure(lr=0.05, momentum=0.5)
    assert s.opt.lr == 0.05 and s.opt.momentum == 0.5
    s.reconfigure(optimizer="adam", lr=1e-3)
    assert s.opt.name == "adam"
    with pytest.raises(ConfigError):
        s.reconfigure(lr=0)
    assert s.config.lr == 1e-3
    s.train_batch()


def test_a_rate_for_the_epoch_under_way_and_a_new_optimiser_follow_the_schedule(small):
    """``lr_now`` is the rate the next update uses, turned into the run's rate with the
    session's own epoch (the window's field may be an epoch behind the training
    process); and an optimiser chosen in epoch 4 started at epoch 1's rate."""
    s = Session(small, TrainConfig(optimizer="sgd", lr=0.05, batch_size=600))
    for _ in range(3 * s.batches_per_epoch):
        s.train_batch()
    assert s.epoch == 3 and s.opt.lr == pytest.approx(0.05 * 0.8 ** 3, rel=1e-15)
    s.reconfigure(optimizer="adam")
    assert s.opt.name == "adam" and s.opt.lr == pytest.approx(0.05 * 0.8 ** 3, rel=1e-15)
    s.reconfigure(lr_now=0.002)
    assert s.opt.lr == pytest.approx(0.002, rel=1e-15)
    assert s.config.lr == pytest.approx(0.002 / 0.8 ** 3, rel=1e-15)
    with pytest.raises(ConfigError):
        s.reconfigure(lr_now=-1.0)
    assert s.opt.lr == pytest.approx(0.002, rel=1e-15)


def test_probe_index_is_checked(small):
    s = Session(small, TrainConfig())
    with pytest.raises(ConfigError, match="outside the test set 0..299"):
        s.set_probe(300)


def test_trace_owns_its_arrays_and_equals_a_copied_snapshot():
    from cnnviz.core.batch import BatchRun
    from cnnviz.core.trace import snapshot_of

    net = lenet5(seed=0)
    x = np.random.default_rng(1).standard_normal((1, 32, 32)).astype(np.float32)
    snap = trace(net, x, 3)
    run = BatchRun(net, x[None], np.array([3]), keep=True)
    run.run_all()
    ref = snapshot_of(run)                       # every array copied
    x[...] = 0                                   # the caller's input is not shared
    assert np.array_equal(snap.image, ref.image) and snap.image.any()
    for a, b in zip(snap.layers, ref.layers):
        for f in ("x", "z", "y", "weight", "bias", "dy", "dz", "dweight", "dbias", "dx"):
            va, vb = getattr(a, f), getattr(b, f)
            assert (va is None) == (vb is None), (a.name, f)
            if va is not None:
                assert not va.flags.writeable and np.array_equal(va, vb), (a.name, f)
    w = net.blocks[0].layer.params["weight"]
    w += 1                                       # training goes on: the snapshot stays
    assert np.array_equal(snap.layer("C1").weight, ref.layer("C1").weight)


@pytest.mark.parametrize("forward,backward", [(2, 0), (7, 0), (7, 3)])
def test_a_probe_changed_mid_pass_goes_on_from_where_the_pass_is(small, forward, backward):
    """Changing the probe between two steps once left stepping without a probe run: the
    next Forward step failed. The new probe now runs as far as the batch has gone, and
    the rest of the pass gives exactly what it gives with that probe from the start."""
    def steps(s, f, b):
        snaps = [s.step_forward() for _ in range(f)]
        return snaps + [s.step_backward() for _ in range(b)]

    changed = Session(small, TrainConfig(seed=3), probe_index=0)
    steps(changed, forward, backward)
    changed.set_probe(5)
    now = changed.probe_view("the step last done")
    assert (now.forward_done, now.backward_done, now.probe_index) == (forward, backward, 5)
    rest = steps(changed, 7 - forward, 7 - backward)
    changed.update()
    ref = Session(small, TrainConfig(seed=3), probe_index=5)
    want = steps(ref, 7, 7)
    ref.update()
    assert weights_equal(changed, ref)
    for got, exp in zip([now] + rest, want[forward + backward - 1:]):
        assert (got.forward_done, got.backward_done) == (exp.forward_done, exp.backward_done)
        for a, b in zip(got.layers, exp.layers):
            for f in ("x", "z", "y", "dy", "dz", "dweight", "dbias", "dx"):
                va, vb = getattr(a, f), getattr(b, f)
                assert (va is None) == (vb is None) and (va is None or np.array_equal(va, vb))
    assert changed.probe_view("Update").phase == "Ready"   # no pass: traced all through


def test_snapshot_names_its_probe_as_the_session_does(small):
    s = Session(small, TrainConfig(seed=0), probe_index=4)
    assert s.probe_snapshot().probe_key == s.probe_key == (4, None)
    drawing = np.zeros((28, 28), np.uint8)
    drawing[5:23, 12:16] = 255
    s.set_probe_image(drawing, 1, 9)
    assert s.probe_snapshot().probe_key == s.probe_key == (-1, 9)


def record_batches(monkeypatch):
    """Record every batch a session begins: session id -> [(images, labels, on time)],
    where "on time" says the input was made then, not ahead by ``_prepare_next``."""
    seen, real_begin, real_inputs = {}, Session._begin_batch, Session._inputs
    made_now = []

    def inputs(self, shift_rng):
        made_now.append(shift_rng is self._shift_rng)
        return real_inputs(self, shift_rng)

    def begin(self, probe=True):
        made_now.clear()
        real_begin(self, probe)
        run = self._pending
        x = np.concatenate([c.source for c in run.chunks])
        seen.setdefault(id(self), []).append((x.copy(), run.labels.copy(), any(made_now)))

    monkeypatch.setattr(Session, "_inputs", inputs)
    monkeypatch.setattr(Session, "_begin_batch", begin)
    return seen


def same_batches(a, b):
    return len(a) == len(b) and all(
        np.array_equal(xa, xb) and np.array_equal(la, lb) for (xa, la, _), (xb, lb, _) in zip(a, b))


@pytest.mark.parametrize("shift", [0, 2])
def test_inputs_made_ahead_are_the_very_batches_made_on_time(small, shift, monkeypatch):
    seen = record_batches(monkeypatch)
    cfg = TrainConfig(batch_size=500, shift=shift, seed=4)   # 3 batches an epoch: 500, 500, 200
    ahead, on_time = Session(small, cfg), Session(small, cfg)
    on_time._prepare_next = lambda: None
    for _ in range(7):   # into the third epoch: two new shuffles
        ahead.train_batch()
        on_time.train_batch()
    assert same_batches(seen[id(ahead)], seen[id(on_time)])
    assert [len(la) for _, la, _ in seen[id(ahead)]] == [500, 500, 200] * 2 + [500]
    # made ahead but for the first batch and each new epoch's first (after the shuffle)
    assert [now for *_, now in seen[id(ahead)]] == [True, False, False] * 2 + [True]
    assert all(now for *_, now in seen[id(on_time)])
    assert weights_equal(ahead, on_time)


def test_inputs_made_ahead_are_dropped_when_the_settings_or_state_change(small, monkeypatch):
    seen = record_batches(monkeypatch)
    cfg = TrainConfig(batch_size=100, seed=5)
    ahead, on_time = Session(small, cfg), Session(small, cfg)
    on_time._prepare_next = lambda: None
    elsewhere = Session(small, TrainConfig(batch_size=100, seed=9))
    elsewhere.train_batch()
    header, arrays = elsewhere.export_state()
    for s in (ahead, on_time):
        s.train_batch()
        s.reconfigure(batch_size=60)
        s.train_batch()
        s.reconfigure(shift=2)
        s.train_batch()
        s.import_state(header, arrays)
        s.train_batch()
        s.train_batch()
    elsewhere.train_batch()
    elsewhere.train_batch()
    assert same_batches(seen[id(ahead)], seen[id(on_time)])
    assert [len(la) for _, la, _ in seen[id(ahead)]] == [100, 60, 60, 100, 100]
    assert [now for *_, now in seen[id(ahead)]] == [True, True, True, True, False]
    assert same_batches(seen[id(ahead)][-2:], seen[id(elsewhere)][-2:])
    assert weights_equal(ahead, on_time) and weights_equal(ahead, elsewhere)
