"""Session state export/import and the wire format: exact round trips, clear refusals."""

import io
import json
import struct

import numpy as np
import pytest

from cnnviz.core import wire
from cnnviz.core.session import Session, TrainConfig
from cnnviz.data import load
from cnnviz.errors import CnnvizError, ConfigError


@pytest.fixture(scope="module")
def small():
    return load().subset(1200, 300)


def params_identical(a, b):
    sa, sb = a.net.state_dict(), b.net.state_dict()
    return sa.keys() == sb.keys() and all(sa[k].tobytes() == sb[k].tobytes() for k in sa)


def over_the_wire(session):
    return wire.decode_state(wire.encode_state(*session.export_state()))


@pytest.mark.parametrize("optimizer", ["sgd", "adam"])
def test_imported_state_trains_on_bit_for_bit(small, optimizer):
    cfg = TrainConfig(batch_size=50, optimizer=optimizer, lr=0.01, seed=4, shift=1)
    a = Session(small, cfg, probe_index=5)
    for _ in range(30):   # past the end of the first epoch (24 batches)
        a.train_batch()
    b = Session(small, TrainConfig(batch_size=10, seed=9), {"model": "lenet5", "pooling": "max"})
    b.import_state(*over_the_wire(a))
    assert (b.step, b.epoch, b.probe_index, b.config) == (a.step, a.epoch, 5, cfg)
    assert b.net.config == a.net.config and b.opt.hyper() == a.opt.hyper() and b.opt.t == a.opt.t
    for _ in range(30):
        sa, sb = a.train_batch(), b.train_batch()
        assert (sa.step, sa.epoch, sa.loss) == (sb.step, sb.epoch, sb.loss)
    assert params_identical(a, b)
    oa, ob = a.opt.state_arrays(), b.opt.state_arrays()
    assert oa.keys() == ob.keys() and all(np.array_equal(oa[k], ob[k]) for k in oa)


def test_header_is_plain_json_and_import_into_itself_changes_nothing(small):
    s = Session(small, TrainConfig(batch_size=64, seed=1))
    s.train_batch()
    header, arrays = s.export_state()
    assert json.loads(json.dumps(header)) == header
    assert set(arrays) >= {"order", "param/C1.weight", "optim/C1.weight/velocity"}
    twin = Session(small, TrainConfig(batch_size=64, seed=1))
    twin.train_batch()
    s.import_state(header, arrays)
    for _ in range(3):
        s.train_batch(), twin.train_batch()
    assert params_identical(s, twin)


def test_export_refuses_a_batch_in_flight(small):
    s = Session(small, TrainConfig(batch_size=64))
    s.step_forward()
    with pytest.raises(ConfigError, match="finish the batch"):
        s.export_state()


def state_of(small, **cfg):
    s = Session(small, TrainConfig(**cfg))
    s.train_batch()
    return s.export_state()


@pytest.mark.parametrize("damage, message", [
    (lambda h, a: h.update(format="something"), "not a cnnviz session state"),
    (lambda h, a: h.pop("shift_rng"), "incomplete or malformed"),
    (lambda h, a: h.update(order_rng={"bit_generator": "MT19937"}), "malformed"),
    (lambda h, a: h["config"].update(lr=-1.0), "learning rate"),
    (lambda h, a: h.update(probe_index=10_000), "probe index"),
    (lambda h, a: a.pop("order"), "incomplete"),
    (lambda h, a: a.__setitem__("order", np.arange(5)), "training images"),
    (lambda h, a: a.__setitem__("param/C1.weight", np.zeros(3, np.float32)), "C1.weight"),
    (lambda h, a: a.__setitem__("optim/C1.weight/velocity", np.zeros(3)), "does not fit"),
])
def test_bad_state_is_refused_and_changes_nothing(small, damage, message):
    header, arrays = state_of(small, seed=2)
    damage(header, arrays)
    s = Session(small, TrainConfig(batch_size=32, seed=5))
    before, config = s.net.state_dict(), s.config
    with pytest.raises(CnnvizError, match=message):
        s.import_state(header, arrays)
    assert s.config == config and s.step == 0 and s.net.state_dict().keys() == before.keys()
    assert all(np.array_equal(v, s.net.state_dict()[k]) for k, v in before.items())


def test_state_from_other_data_is_refused(small):
    header, arrays = state_of(small)
    other = Session(small.subset(600, 300), TrainConfig())
    with pytest.raises(ConfigError, match="1200 training images; this data set has 600"):
        other.import_state(header, arrays)


# -- wire ----------------------------------------------------------------------------
def assert_same_snapshot(a, b):
    for k in ("step", "epoch", "phase", "probe_index", "label", "loss", "forward_done",
              "backward_done", "extra"):
        assert getattr(a, k) == getattr(b, k), k
    for x, y in [(a.image, b.image), (a.probabilities, b.probabilities)]:
        assert (x is None and y is None) or (x.tobytes() == y.tobytes() and x.dtype == y.dtype)
    assert len(a.layers) == len(b.layers)
    for la, lb in zip(a.layers, b.layers):
        for k in la.__dataclass_fields__:
            x, y = getattr(la, k), getattr(lb, k)
            if isinstance(x, np.ndarray):
                assert (x.dtype, x.shape, x.tobytes()) == (y.dtype, y.shape, y.tobytes()), k
                assert not y.flags.writeable, k
            else:
                assert x == y and type(x) is type(y), k


@pytest.mark.parametrize("arch", [None, {"model": "lenet5", "pooling": "max", "c3_table": "lecun",
                                          "mode": "same"}])
def test_snapshot_round_trip_is_exact_and_read_only(small, arch):
    s = Session(small, TrainConfig(batch_size=16), arch, probe_index=3)
    s.train_batch()
    full = s.probe_snapshot()
    back = wire.decode_snapshot(wire.encode_snapshot(full))
    assert_same_snapshot(full, back)
    assert all(lay.has_backward for lay in back.layers)
    mode = (arch or {}).get("mode", "valid")
    assert [lay.border_mode for lay in back.layers if lay.kind == "conv"] == [mode] * 3
    for _ in range(3):
        partial = s.step_forward()
    back = wire.decode_snapshot(wire.encode_snapshot(partial))
    assert_same_snapshot(partial, back)
    assert back.probabilities is None and back.loss is None and len(back.layers) == 3
    assert back.layers[0].dz is None and back.layers[0].dweight is None
    assert not back.image.flags.writeable


def test_pack_round_trips_any_plain_arrays():
    arrays = {"f": np.arange(6, dtype=np.float32).reshape(2, 3), "empty": np.zeros((0, 4)),
              "fortran": np.asfortranarray(np.arange(12.0).reshape(3, 4)), "b": np.array(True),
              "u8": np.arange(5, dtype=np.uint8)}
    header, back = wire.unpack(wire.pack({"kind": "x", "n": np.int64(3)}, arrays))
    assert header == {"kind": "x", "n": 3} and list(back) == list(arrays)
    for k, v in arrays.items():
        assert back[k].dtype == v.dtype and np.array_equal(back[k], v)
        assert not back[k].flags.writeable


def test_decoded_arrays_are_aligned_views_of_the_message_or_aligned_copies(small):
    data = bytes(wire.encode_snapshot(Session(small).probe_snapshot()))
    snap = wire.decode_snapshot(data)
    arrays = [snap.image] + [a for lay in snap.layers for a in vars(lay).values()
                             if isinstance(a, np.ndarray)]
    assert len(arrays) > 20
    for a in arrays:
        assert a.flags.aligned and not a.flags.writeable
        assert np.shares_memory(a, np.frombuffer(data, np.uint8))   # no copy made
    # a message that lies at an odd place in memory still decodes, to aligned copies
    odd = memoryview(bytearray(b"\0" + data))[1:]
    back = wire.decode_snapshot(odd)
    for a, b in zip(arrays, [back.image] + [x for lay in back.layers for x in vars(lay).values()
                                            if isinstance(x, np.ndarray)]):
        assert b.flags.aligned and not b.flags.writeable and np.array_equal(a, b)


def message(header: dict, records=()) -> bytes:
    head = json.dumps(header).encode()
    buf = io.BytesIO()
    for a in records:
        np.save(buf, a, allow_pickle=True)
    return wire.MAGIC + struct.pack("<I", len(head)) + head + buf.getvalue()


@pytest.mark.parametrize("data, text", [
    (b"", "not a cnnviz message"),
    (b"PK\x03\x04 some zip", "not a cnnviz message"),
    (wire.MAGIC + struct.pack("<I", 999) + b"{}", "cut short"),
    (wire.MAGIC + struct.pack("<I", 5) + b"{nope", "not a valid JSON object"),
    (wire.MAGIC + struct.pack("<I", 2) + b"[]", "not a valid JSON object"),
    (message({"arrays": []}), "not a valid JSON object"),
    (message({"arrays": [], "blocks": ["|O"]}, [np.array([{"a": 1}], dtype=object)]),
     "would need pickle"),
    (message({"arrays": [], "blocks": ["<f4"]}, [np.zeros((2, 2), np.float32)]), "not a 1-D"),
    (message({"arrays": [], "blocks": ["<f8"]}, [np.zeros(2, np.float32)]), "not a 1-D"),
    (message({"arrays": [["a", "<f4", [3], 0]], "blocks": ["<f4"]}, [np.zeros(2, np.float32)]),
     "do not fit"),
    (message({"arrays": [["a", "<i8", [1], 0]], "blocks": []}), "malformed"),
    (message({"arrays": [["a", "<f4", [2], 0]], "blocks": ["<f4"]}, [np.zeros(3, np.float32)])
     .replace(b"(3,)", b"(-3,)"), r"shape \(-3,\)"),   # a negative count reads to the end
    (message({"arrays": [["a", "<f4"]], "blocks": []}), "malformed"),
])
def test_corrupt_messages_raise_wire_errors(data, text):
    with pytest.raises(wire.WireError, match=text):
        wire.unpack(data)


def test_records_in_npy_format_2_are_read_and_headers_are_read_afresh_each_time():
    """A record may carry a format 2.0 header (a 4-byte length); and the parsed headers
    kept for speed never stand in for another header's bytes."""
    def record(values, version):
        buf = io.BytesIO()
        np.lib.format.write_array(buf, values, version=version)
        return buf.getvalue()

    for version in ((1, 0), (2, 0)):
        for n in (3, 5):
            values = np.arange(n, dtype=np.float32)
            head = json.dumps({"arrays": [["a", "<f4", [n], 0]], "blocks": ["<f4"]}).encode()
            data = wire.MAGIC + struct.pack("<I", len(head)) + head + record(values, version)
            _, arrays = wire.unpack(data)
            np.testing.assert_array_equal(arrays["a"], values)
    cut = message({"arrays": [], "blocks": ["<f4"]}, [np.zeros(4, np.float32)])[:-20]
    with pytest.raises(wire.WireError, match="not a 1-D|run past"):
        wire.unpack(cut)


def test_truncated_or_padded_messages_raise_wire_errors(small):
    data = wire.encode_snapshot(Session(small).probe_snapshot())
    for cut in (len(data) - 1, len(data) // 2, 200):
        with pytest.raises(wire.WireError):
            wire.decode_snapshot(data[:cut])
    with pytest.raises(wire.WireError, match="stray bytes"):
        wire.unpack(data + b"\0")
    header, arrays = wire.unpack(data)
    arrays.pop("0.x")
    with pytest.raises(wire.WireError, match="snapshot message is incomplete"):
        wire.decode_snapshot(wire.pack(header, arrays))
    with pytest.raises(wire.WireError, match="no session state"):
        wire.decode_state(data)


def test_unsendable_things_raise_wire_errors():
    with pytest.raises(wire.WireError, match="not JSON-able"):
        wire.pack({"x": object()})
    with pytest.raises(wire.WireError, match="without pickle"):
        wire.pack({}, {"obj": np.array([None, 1], dtype=object)})
