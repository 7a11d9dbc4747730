"""Checkpoints: exact round trip, atomic writes, no pickle, and clear refusals."""

import io
import json
import os
import zipfile

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cnnviz.core import checkpoint, lenet5
from cnnviz.core.history import History
from cnnviz.errors import CheckpointError


@pytest.fixture
def saved(tmp_path):
    net = lenet5(seed=4, c3_table="lecun", pooling="max")
    path = checkpoint.save(tmp_path / "net.npz", net, train={"lr": 0.01}, state={"epoch": 2},
                           metrics={"test_accuracy": 0.5},
                           optimizer={"C1.weight/m": np.ones((6, 1, 5, 5), np.float32)})
    return net, path


def test_round_trip_is_exact(saved):
    net, path = saved
    back, ckpt = checkpoint.load_network(path)
    assert back.config == net.config == ckpt.architecture
    assert ckpt.train == {"lr": 0.01} and ckpt.state == {"epoch": 2}
    assert ckpt.metrics["test_accuracy"] == 0.5
    assert np.array_equal(ckpt.optimizer["C1.weight/m"], np.ones((6, 1, 5, 5)))
    for k, v in net.state_dict().items():
        assert np.array_equal(back.state_dict()[k], v) and back.state_dict()[k].dtype == v.dtype
    x = np.random.default_rng(0).standard_normal((4, 1, 32, 32)).astype(np.float32)
    assert np.array_equal(back.forward(x), net.forward(x))


def test_the_training_curves_go_round_exactly(tmp_path):
    h = History.of([1, 2, 3], [2.3, 2.1, 1.9], [0.1, 0.2, 0.25], [3], [0.4])
    path = checkpoint.save(tmp_path / "h.npz", lenet5(seed=1), history=h)
    back = checkpoint.load(path).history
    np.testing.assert_array_equal(back.batches, h.batches)
    np.testing.assert_array_equal(back.evaluations, [[3, 0.4]])
    plain = checkpoint.save(tmp_path / "p.npz", lenet5(seed=1))   # none: an empty history
    assert len(checkpoint.load(plain).history) == 0
    with np.load(plain) as z:
        assert not any(k.startswith("history/") for k in z.files)


def test_a_session_keeps_the_curves_that_made_its_weights(tmp_path):
    """Points past the session's step (a run that ended without its result gave the
    session back as it was) or with a diverged loss are left out of the file."""
    from cnnviz.core.session import Session
    from cnnviz.data import load

    s = Session(load().subset(300, 40))
    s.step = 3
    s.history = History.of([1, 2, 3, 4, 5], [2.3, np.inf, 2.0, 1.9, 1.8], [0.1] * 5,
                           [2, 5], [0.3, 0.5])
    back = checkpoint.load(checkpoint.save_session(tmp_path / "s.npz", s)).history
    assert back.batches[:, 0].tolist() == [1, 3] and back.evaluations.tolist() == [[2, 0.3]]


def test_file_is_plain_npz_with_json_header_and_no_pickle(saved):
    _, path = saved
    with np.load(path, allow_pickle=False) as z:
        header = json.loads(z["__header__"].tobytes().decode())
        assert all(z[k].dtype != object for k in z.files)
    assert header["format"] == "cnnviz-checkpoint" and header["architecture"]["pooling"] == "max"


def test_write_is_atomic(saved, monkeypatch):
    net, path = saved
    before = path.read_bytes()

    def fail(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        checkpoint.save(path, lenet5(seed=9))
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def rewrite(path, mutate_header=None, mutate_arrays=None):
    with np.load(path, allow_pickle=False) as z:
        arrays = {k: z[k] for k in z.files}
    header = json.loads(arrays["__header__"].tobytes().decode())
    if mutate_header:
        mutate_header(header)
    if mutate_arrays:
        mutate_arrays(arrays)
    arrays["__header__"] = np.frombuffer(json.dumps(header).encode(), np.uint8)
    np.savez(path, **arrays)


@pytest.mark.parametrize("header,arrays,match", [
    (lambda h: h.update(format="other"), None, "not a cnnviz checkpoint"),
    (lambda h: h.update(version=99), None, "version 99"),
    (lambda h: h.pop("architecture"), None, "no architecture"),
    (lambda h: h["architecture"].update(model="alexnet"), None, "unknown model 'alexnet'"),
    (lambda h: h["architecture"].update(pooling="min"), None, "pooling 'min'"),
    (lambda h: h["architecture"].update(pooling="avg"), None, None),
    (None, lambda a: a.pop("param/C5.bias"), "missing C5.bias"),
    (None, lambda a: a.update({"param/C3.weight": np.zeros((16, 6, 3, 3), np.float32)}),
     r"C3.weight has shape \(16, 6, 3, 3\), expected \(16, 6, 5, 5\)"),
    (None, lambda a: a.update({"param/F6.bias": np.zeros(84, np.int64)}), "F6.bias has dtype int64"),
    (None, lambda a: a.update({"param/F6.bias": np.full(84, np.inf, np.float32)}), "NaN or infinite"),
    (None, lambda a: a.update({"junk": np.zeros(3)}), "unexpected arrays junk"),
    (None, lambda a: a.pop("__header__") and None, "header"),
    (lambda h: h.update(metrics=None), None, "the header's metrics is not an object"),
    (lambda h: h.update(train=[]), None, "the header's train is not an object"),
    (lambda h: h.update(state=3), None, "the header's state is not an object"),
    (None, lambda a: a.update({"history/batches": np.zeros((5, 2))}),
     r"history/batches is float64 of shape \(5, 2\); expected floats of shape \(n, 3\)"),
    (None, lambda a: a.update({"history/evaluations": np.array([[2, 0.5], [1, 0.6]])}),
     "the steps of history/evaluations do not count up"),
    (None, lambda a: a.update({"history/batches": np.array([[np.nan, 1, 0.5]])}),
     "the steps of history/batches do not count up"),
    (None, lambda a: a.update({"history/curves": np.zeros((1, 3))}),
     "unexpected arrays history/curves"),
    (None, lambda a: a.update({"history/batches": np.array([[1, 2.3, 0.1], [2, np.nan, 0.2]])}),
     r"history/batches row 1 holds \[2.0, nan, 0.2\]: a loss must be finite"),
    (None, lambda a: a.update({"history/evaluations": np.array([[5, 1.5]])}),
     r"history/evaluations row 0 holds \[5.0, 1.5\]"),
])
def test_bad_checkpoints_are_refused_naming_file_and_fault(saved, header, arrays, match):
    _, path = saved
    if arrays is not None and match == "header":
        with np.load(path, allow_pickle=False) as z:
            kept = {k: z[k] for k in z.files if k != "__header__"}
        np.savez(path, **kept)
    else:
        rewrite(path, header, arrays)
    if match is None:  # a different but valid architecture loads fine
        checkpoint.load_network(path)
        return
    with pytest.raises(CheckpointError, match=match) as e:
        checkpoint.load_network(path)
    assert str(path) in str(e.value)


def test_pickled_arrays_are_refused(tmp_path):
    path = tmp_path / "evil.npz"
    np.savez(path, __header__=np.array([{"format": "cnnviz-checkpoint"}], dtype=object))
    with pytest.raises(CheckpointError, match=str(path)):
        checkpoint.load(path)


@pytest.mark.parametrize("shape", [(6 * 10**11, 1, 5, 5), (6, 2, 5, 5)])
def test_a_record_declaring_more_values_than_it_holds_is_refused(saved, tmp_path, shape):
    """np.load allocates what a header declares before it reads: a forged shape of 10^12
    values ended in a bare MemoryError."""
    _, path = saved
    forged = tmp_path / "forged.npz"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(forged, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "param/C1.weight.npy":
                out = io.BytesIO()
                np.lib.format.write_array_header_1_0(
                    out, {"descr": "<f4", "fortran_order": False, "shape": shape})
                data = out.getvalue() + data[-6 * 25 * 4:]
            dst.writestr(info, data)
    with pytest.raises(CheckpointError) as e:
        checkpoint.load(forged)
    assert str(forged) in str(e.value)
    assert f"param/C1.weight.npy declares {np.prod(shape):,} values" in str(e.value)


def test_a_compressed_or_oddly_named_record_is_checked_too(saved, tmp_path, monkeypatch):
    """A deflated member can hold all it declares (gigabytes of zeros in a few MB: here,
    with the limit lowered, 8 KB against 4 KB), and np.load reads a member as a record
    whatever its name: both are checked."""
    from cnnviz.core import npy_sizes

    monkeypatch.setattr(npy_sizes, "MOST_BYTES", 4096)
    _, path = saved
    out = io.BytesIO()
    np.lib.format.write_array_header_1_0(
        out, {"descr": "<f4", "fortran_order": False, "shape": (2048,)})
    record = out.getvalue() + bytes(2048 * 4)
    bomb = tmp_path / "bomb.npz"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(bomb, "w") as dst:
        for info in src.infolist():
            if info.file_size <= 4096:
                dst.writestr(info, src.read(info))
        dst.writestr("history/more.npy", record, compress_type=zipfile.ZIP_DEFLATED)
    with pytest.raises(CheckpointError, match="history/more.npy declares 2,048 values .* "
                                              "more than cnnviz reads from one record"):
        checkpoint.load(bomb)
    monkeypatch.setattr(npy_sizes, "MOST_BYTES", 1 << 30)
    odd = tmp_path / "odd.npz"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(odd, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr("param/C1.weight2", record[:len(record) - 100])
    with pytest.raises(CheckpointError, match="param/C1.weight2 declares 2,048 values"):
        checkpoint.load(odd)


def test_missing_and_non_checkpoint_files(tmp_path):
    with pytest.raises(CheckpointError, match="no such checkpoint"):
        checkpoint.load(tmp_path / "nope.npz")
    (tmp_path / "text.npz").write_text("hello")
    with pytest.raises(CheckpointError, match="text.npz") as e:
        checkpoint.load(tmp_path / "text.npz")
    assert "not a zip archive" in str(e.value) and "pickle" not in str(e.value)
    (tmp_path / "empty.npz").write_bytes(b"")
    with pytest.raises(CheckpointError, match="empty.npz"):
        checkpoint.load(tmp_path / "empty.npz")


def test_a_whole_pickle_file_is_named_as_one(tmp_path):
    import pickle

    path = tmp_path / "weights.npz"
    path.write_bytes(pickle.dumps({"C1.weight": np.zeros((6, 1, 5, 5))}))
    with pytest.raises(CheckpointError, match="weights.npz") as e:
        checkpoint.load(path)
    assert "pickle" in str(e.value)


@given(data=st.data())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_corrupted_bytes_never_escape_as_bare_exceptions(tmp_path_factory, data):
    tmp = tmp_path_factory.mktemp("ck")
    good = checkpoint.save(tmp / "good.npz", lenet5(seed=0)).read_bytes()
    cut = data.draw(st.integers(0, len(good)))
    blob = bytearray(good[:cut])
    for _ in range(data.draw(st.integers(0, 5))):
        if blob:
            i = data.draw(st.integers(0, len(blob) - 1))
            blob[i] = data.draw(st.integers(0, 255))
    path = tmp / "bad.npz"
    path.write_bytes(bytes(blob))
    try:
        checkpoint.load_network(path)
    except CheckpointError as e:
        assert str(path) in str(e)


def test_zip_with_corrupt_member_is_refused(saved):
    _, path = saved
    buf = io.BytesIO(path.read_bytes())
    with zipfile.ZipFile(buf) as z:
        names = z.namelist()
    raw = bytearray(path.read_bytes())
    start = raw.find(b"param/C1.weight")
    raw[start + 200:start + 260] = b"\xff" * 60
    path.write_bytes(bytes(raw))
    assert names
    with pytest.raises(CheckpointError, match=str(path)):
        checkpoint.load_network(path)


def test_open_session_exact_and_fallback(tmp_path):
    from cnnviz.core.session import Session, TrainConfig
    from cnnviz.data import load

    data = load().subset(300, 40)
    cfg = TrainConfig(batch_size=50, seed=2, shift=1)
    a = Session(data, cfg)
    a.train_batch()
    path = checkpoint.save_session(tmp_path / "s.npz", a)
    b, exact = checkpoint.open_session(path, data, TrainConfig(), probe_index=7)
    assert exact and b.config == cfg and b.step == 1 and b.probe_index == 7
    for _ in range(3):
        sa, sb = a.train_batch(), b.train_batch()
        assert sa.loss == sb.loss
    assert all(np.array_equal(v, b.net.state_dict()[k]) for k, v in a.net.state_dict().items())

    # other data: no exact resumption, but weights, counters and momentum buffers go on
    other = load().subset(200, 40)
    c, exact = checkpoint.open_session(path, other, cfg)
    assert not exact and (c.step, c.epoch) == (1, 0)
    saved = checkpoint.load(path)
    for k, v in c.opt.state_arrays().items():
        np.testing.assert_array_equal(v, saved.optimizer[k])

    # mid-batch the session state is left out, the weights are still saved
    a.step_forward()
    mid = checkpoint.load(checkpoint.save_session(tmp_path / "mid.npz", a))
    assert mid.session_state() is None and mid.state["step"] == a.step


def test_open_session_is_exact_with_a_drawn_probe(tmp_path):
    from cnnviz.core.session import Session, TrainConfig
    from cnnviz.data import load

    data = load().subset(300, 40)
    cfg = TrainConfig(batch_size=50, seed=4)
    a = Session(data, cfg)
    a.train_batch()
    drawing = np.zeros((28, 28), np.uint8)
    drawing[6:22, 12:16] = 255
    a.set_probe_image(drawing, 1, 7)
    path = checkpoint.save_session(tmp_path / "d.npz", a)
    b, exact = checkpoint.open_session(path, data, TrainConfig(), probe_index=3)
    assert exact and b.config == cfg and b.probe_index == 3
    assert a.train_batch().loss == b.train_batch().loss


def test_a_checkpoint_says_what_it_learned_from_and_other_classes_are_noted(tmp_path):
    """A digit network opened on Fashion-MNIST reads its outputs as clothes; the
    session and ``cnnviz evaluate`` now say so, from the classes the checkpoint records
    (the bundled MNIST's digits for a checkpoint from before they were)."""
    from dataclasses import replace

    from cnnviz.core.session import Session, TrainConfig
    from cnnviz.data import load
    from cnnviz.data.mnist import FASHION

    data = load().subset(300, 40)
    path = checkpoint.save_session(tmp_path / "d.npz", Session(data, TrainConfig()))
    saved = checkpoint.load(path)
    assert saved.metrics["data"] == "MNIST (bundled)"
    assert checkpoint.trained_classes(saved) == tuple(str(d) for d in range(10))
    assert checkpoint.other_classes(saved, path, data) is None
    clothes = replace(data, name="fashion-mnist", classes=FASHION)
    note = checkpoint.other_classes(saved, path, clothes)
    assert note.startswith(f"{path}: this network learned the classes 0, 1, 2, …, 9 of "
                           "MNIST (bundled), but the data here, fashion-mnist, has the "
                           "classes T-shirt/top, Trouser, Pullover, …, Ankle boot: ")
    session, _ = checkpoint.open_session(path, clothes)
    assert session.note == note
    assert checkpoint.open_session(path, data)[0].note is None
    # no classes and not the bundled set: nothing is known, nothing is said
    older = replace(saved, metrics={"data": "my-digits"})
    assert checkpoint.trained_classes(older) is None
    assert checkpoint.other_classes(older, path, clothes) is None
    assert checkpoint.trained_classes(replace(saved, metrics={"data": "MNIST (bundled)"})) \
        == tuple(str(d) for d in range(10))
