"""A drawn image as the session's probe, and each test image's confidence."""

import numpy as np
import pytest

from cnnviz.core.session import Session, TrainConfig
from cnnviz.data import load, to_lenet_input
from cnnviz.errors import ConfigError


@pytest.fixture(scope="module")
def small():
    return load().subset(600, 200)


def drawing(seed=0):
    img = np.zeros((28, 28))
    img[6:22, 12:16] = 255.0 * np.random.default_rng(seed).random((16, 4))
    return img


def test_drawn_probe_is_traced_with_its_image_and_chosen_class(small):
    s = Session(small, TrainConfig(batch_size=50))
    s.set_probe_image(drawing(), label=3, tag=7)
    snap = s.probe_snapshot()
    np.testing.assert_array_equal(snap.image, to_lenet_input(drawing())[0])
    assert (snap.probe_index, snap.label, snap.extra["drawn"]) == (-1, 3, 7)
    assert s.probe_key == (-1, 7)
    # the backward pass starts from the chosen class: loss is -log p(3)
    assert snap.loss == pytest.approx(-np.log(float(snap.probabilities[3])), rel=1e-5)


def test_stepping_traces_the_drawn_probe_and_a_test_index_replaces_it(small):
    s = Session(small, TrainConfig(batch_size=50))
    s.set_probe_image(drawing(), label=1, tag=2)
    snap = s.step_forward()
    np.testing.assert_array_equal(snap.image, to_lenet_input(drawing())[0])
    assert snap.extra == {"drawn": 2}
    s.set_probe(5)
    assert s.probe_key == (5, None)
    snap = s.probe_snapshot()
    assert snap.probe_index == 5 and snap.extra == {}
    np.testing.assert_array_equal(snap.image, to_lenet_input(small.test_images[5])[0])


def test_state_carries_the_drawn_probe(small):
    s = Session(small, TrainConfig(batch_size=50))
    s.set_probe_image(drawing(1), label=9, tag=4)
    s.train_batch()
    other = Session(small, TrainConfig(batch_size=50))
    other.import_state(*s.export_state())
    assert other.probe_key == (-1, 4) and other.drawn.label == 9
    np.testing.assert_array_equal(other.drawn.image, drawing(1))
    np.testing.assert_array_equal(other.probe_snapshot().image, s.probe_snapshot().image)


@pytest.mark.parametrize("image,label,words", [
    (np.zeros((32, 32)), 0, "28x28 image, not shape (32, 32)"),
    (np.full((28, 28), 300.0), 0, "go from 300 to 300"),
    (np.zeros((28, 28)), 10, "must be 0..9, not 10"),
])
def test_bad_drawn_probe_is_refused_by_value(small, image, label, words):
    s = Session(small)
    with pytest.raises(ConfigError) as e:
        s.set_probe_image(image, label)
    assert words in str(e.value)
    assert s.probe_key == (0, None)


def test_confidences_are_softmax_of_the_predicted_class(small):
    s = Session(small)
    ev = s.evaluate()
    logits = s.net.predict(to_lenet_input(small.test_images)).astype(np.float64)
    p = np.exp(logits - logits.max(1, keepdims=True))
    p /= p.sum(1, keepdims=True)
    np.testing.assert_array_equal(ev.predictions, p.argmax(1))
    np.testing.assert_allclose(ev.confidences, p.max(1), rtol=1e-5)
