"""A drawn digit becomes an MNIST-style image: bounding box, 20x20, centre of mass."""

from __future__ import annotations

import numpy as np
import pytest

from cnnviz.core import checkpoint
from cnnviz.data import load, to_lenet_input
from cnnviz.data.drawing import from_image, from_strokes, rasterize, resample
from cnnviz.errors import DataError
from cnnviz.resources import resources_dir

CANVAS = (280, 280)
PEN = 24.0
SHAPES = {
    "vertical bar": [[(140, 40), (140, 240)]],
    "L": [[(100, 40), (100, 240), (200, 240)]],
    "seven": [[(60, 50), (210, 50), (120, 250)]],
    "two strokes": [[(60, 60), (220, 60)], [(140, 60), (140, 250)]],
}


def com_index(img: np.ndarray) -> tuple[float, float]:
    """Centre of mass in pixel indices, the way MNIST's centring measured it."""
    r, c = np.indices(img.shape)
    return float((img * r).sum() / img.sum()), float((img * c).sum() / img.sum())


def ink_box(img: np.ndarray) -> tuple[int, int]:
    rows, cols = np.nonzero(img)
    return rows.max() - rows.min() + 1, cols.max() - cols.min() + 1


@pytest.mark.parametrize("name", SHAPES)
def test_strokes_give_a_centred_digit_in_a_20x20_box(name):
    st = from_strokes(SHAPES[name], PEN, CANVAS)
    h, w = ink_box(st.centred)
    assert max(h, w) == 20 and min(h, w) >= 1, (h, w)
    cy, cx = com_index(st.centred)
    # within half a pixel of 14 (a symmetric stroke ties exactly at the half)
    assert abs(cy - 14) <= 0.5 + 1e-9 and abs(cx - 14) <= 0.5 + 1e-9, (cy, cx)
    assert st.centred.shape == (28, 28) and st.box20.shape == (20, 20)
    # the 28x28 holds the same ink as the 20x20 box, only moved
    assert np.isclose(st.centred.sum(), st.box20.sum())


def test_vertical_bar_is_tall_and_thin():
    st = from_strokes(SHAPES["vertical bar"], PEN, CANVAS)
    top, left, bottom, right = st.bbox
    assert (bottom - top, right - left) == (200 + 24, 24)   # the round caps add a radius
    h, w = ink_box(st.centred)
    assert (h, w) == (20, 2)


def test_raster_is_anti_aliased_round_pen():
    raw = rasterize([[(50.0, 50.0)]], 20.0, (100, 100))
    r, c = np.indices(raw.shape)
    d = np.hypot(r + 0.5 - 50, c + 0.5 - 50)
    assert np.all(raw[d < 9.5] == 1) and np.all(raw[d > 10.5] == 0)
    assert np.any((raw > 0) & (raw < 1))


def repeat_then_block_mean(img: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """Area averaging the slow, obvious way: repeat every pixel n_out times along each
    axis (a grid both sizes divide), then average blocks of n_in."""
    (h, w), (oh, ow) = img.shape, shape
    fine = np.repeat(np.repeat(img, oh, axis=0), ow, axis=1)
    return fine.reshape(oh, h, ow, w).mean(axis=(1, 3))


@pytest.mark.parametrize("src,dst", [((224, 24), (20, 2)), ((97, 143), (14, 20)),
                                     ((40, 40), (20, 20)), ((7, 5), (20, 14))])
def test_area_resampling_matches_repeat_and_block_mean(src, dst):
    img = np.random.default_rng(0).random(src)
    np.testing.assert_allclose(resample(img, dst), repeat_then_block_mean(img, dst))


def test_integer_factor_is_block_mean():
    img = np.random.default_rng(1).random((200, 60))
    ref = img.reshape(20, 10, 6, 10).mean(axis=(1, 3))
    np.testing.assert_allclose(resample(img, (20, 6)), ref)


def test_empty_canvas_has_no_stages():
    st = from_image(np.zeros(CANVAS))
    assert st.empty and st.lenet_input is None


@pytest.mark.parametrize("bad,word", [(np.full((4, 4), 2.0), "from 2 to 2"),
                                      (np.zeros(5), "shape (5,)"),
                                      (np.array([[np.nan, 0]]), "[0, 1]")])
def test_bad_images_are_refused_by_value(bad, word):
    with pytest.raises(DataError, match=word.replace("[", r"\[").replace("(", r"\(")
                       .replace(")", r"\)").replace("]", r"\]")):
        from_image(bad)


def test_bad_pen_is_refused():
    with pytest.raises(DataError, match="pen width"):
        from_strokes([[(1, 1), (5, 5)]], 0.0, (10, 10))


def test_lenet_input_is_the_datasets_scaling():
    st = from_strokes(SHAPES["L"], PEN, CANVAS)
    np.testing.assert_allclose(st.lenet_input, to_lenet_input(st.centred * 255)[0])
    assert st.lenet_input.shape == (1, 32, 32)


def easy_digits(net, data, n=20):
    """The first ``n`` test images the net gets right with over 99% confidence."""
    logits = net.predict(to_lenet_input(data.test_images[:200]))
    p = np.exp(logits - logits.max(1, keepdims=True))
    p /= p.sum(1, keepdims=True)
    ok = (p.argmax(1) == data.test_labels[:200]) & (p.max(1) > 0.99)
    return np.flatnonzero(ok)[:n]


def test_test_digits_painted_at_canvas_scale_keep_their_class():
    net, _ = checkpoint.load_network(resources_dir() / "pretrained/lenet5.npz")
    data = load()
    chosen = easy_digits(net, data)
    assert len(chosen) == 20
    inputs = []
    for i in chosen:
        canvas = np.kron(data.test_images[i] / 255.0, np.ones((10, 10)))   # 280x280
        inputs.append(from_image(canvas).lenet_input)
    preds = net.predict(np.stack(inputs)).argmax(1)
    right = int(np.sum(preds == data.test_labels[chosen]))
    print(f"canvas path: {right} of {len(chosen)} easy test digits keep their class")
    assert right == len(chosen)
    net.close()


def test_mnist_itself_is_centred_that_way_and_survives_the_canvas():
    """MNIST's own test digits have their centre of mass (in pixel indices) in
    [13.5, 14.5); a digit painted 10x onto the canvas comes back centred the same way."""
    from cnnviz.data import load

    images = load().test_images[:300].astype(np.float64) / 255
    for img in images[:300]:
        cy, cx = com_index(img)
        assert 13.5 <= cy < 14.5 and 13.5 <= cx < 14.5
    for img in images[:60]:
        st = from_image(np.kron(img, np.ones((10, 10))))
        cy, cx = com_index(st.centred)
        assert abs(cy - 14) <= 0.5 + 1e-9 and abs(cx - 14) <= 0.5 + 1e-9, (cy, cx)
