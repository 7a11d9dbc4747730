"""The evaluation report: cells, per-class accuracy and the mistakes, checked against a
direct softmax of the network's logits."""

import numpy as np
import pytest

from cnnviz.core import checkpoint
from cnnviz.core.weights import NetCopy, snapshot_weights
from cnnviz.core.trace import trace
from cnnviz.data import load, to_lenet_input
from cnnviz.labs.evaluation import evaluate_weights
from cnnviz.resources import resources_dir


@pytest.fixture(scope="module")
def setup():
    net, _ = checkpoint.load_network(resources_dir() / "pretrained/lenet5.npz")
    data = load().subset(10, 1500)
    report = evaluate_weights(NetCopy(), (net.config, net.dtype, net.state_dict(), 42),
                              data.test_images, data.test_labels)
    logits = net.predict(to_lenet_input(data.test_images)).astype(np.float64)
    p = np.exp(logits - logits.max(1, keepdims=True))
    p /= p.sum(1, keepdims=True)
    yield report, data.test_labels, p
    net.close()


def test_every_cell_holds_exactly_its_pairs_most_confident_first(setup):
    report, labels, p = setup
    pred = p.argmax(1)
    for t in range(10):
        for q in range(10):
            idx = report.cell(t, q)
            assert set(idx) == set(np.flatnonzero((labels == t) & (pred == q)))
            assert np.all(np.diff(p.max(1)[idx]) <= 1e-6)
    assert report.step == 42


def test_per_class_accuracy_and_mistakes(setup):
    report, labels, p = setup
    pred = p.argmax(1)
    for k in range(10):
        assert report.per_class()[k] == pytest.approx(np.mean(pred[labels == k] == k))
    wrong = report.misclassified()
    assert set(wrong) == set(np.flatnonzero(pred != labels)) and len(wrong) > 0
    assert np.all(np.diff(p.max(1)[wrong]) <= 1e-6)


def test_snapshot_weights_rebuild_the_network(setup):
    net, _ = checkpoint.load_network(resources_dir() / "pretrained/lenet5.npz")
    snap = trace(net, to_lenet_input(load().test_images[0])[0], 7)
    copy = NetCopy().load(net.config, net.dtype, snapshot_weights(snap))
    for k, v in net.state_dict().items():
        np.testing.assert_array_equal(copy.state_dict()[k], v)
    net.close()
