"""The training speed shown while the training process runs: the images of the last
second's frames over their seconds, worked out every half second and held between."""

import pytest

from cnnviz.gui import rate_meter
from cnnviz.gui.rate_meter import RateMeter


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def test_nothing_timed_shows_no_rate():
    m = RateMeter(Clock())
    assert m.add(0, 0.0) == 0.0


def test_the_rate_is_all_images_over_all_seconds_of_the_last_second():
    clock = Clock()
    m = RateMeter(clock)
    assert m.add(640, 0.240) == 0.0                     # the first frame: too short
    clock.now += 0.040
    assert m.add(640, 0.040) == pytest.approx(1280 / 0.28)   # 0.28 s trained: shown
    clock.now += 0.040
    assert m.add(640, 0.040) == pytest.approx(1280 / 0.28)   # and held
    # frames 40 ms apart; one in three held up by a test-accuracy point
    frames = [(640, 0.040), (64, 0.040), (640, 0.040)] * 8
    shown = []
    for images, seconds in frames:
        clock.now += 0.040
        shown.append(m.add(images, seconds))
    assert shown[10] == pytest.approx(1280 / 0.28)       # 0.48 s after the first figure
    # 0.52 s after it, worked out again over the frames of the last second: all so far
    counted = [(640, 0.240), (640, 0.040), (640, 0.040)] + frames[:12]
    assert shown[11] == pytest.approx(sum(i for i, _ in counted)
                                      / sum(s for _, s in counted))
    assert len(set(shown)) == 2                         # two figures in a second


def test_frames_older_than_the_window_no_longer_count():
    clock = Clock()
    m = RateMeter(clock)
    assert m.add(6400, 0.4) == pytest.approx(16_000)
    clock.now += rate_meter.WINDOW_S + 0.01
    assert m.add(800, 0.1) == pytest.approx(8_000)      # only the new frame


def test_a_new_run_starts_afresh():
    clock = Clock()
    m = RateMeter(clock)
    m.add(6400, 0.4)
    m.reset()
    assert m.add(0, 0.0) == 0.0                         # nothing held from the last run
    assert m.add(4000, 0.5) == pytest.approx(8_000)
