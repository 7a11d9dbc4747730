"""The training speed the window shows while the training process runs: readable, and
true to the last second.

The process sends a frame 25 times a second, each with the images it trained since the
last one and the seconds that took. A frame's own rate swings with what fell into its
40 ms: a test-accuracy point, a health record, the other lane held up for a moment.
Shown frame by frame, the figure jumped between about 6,000 and 15,500 images/s (5th and
95th percentiles of 12 s of training at batch 64), 25 times a second: a number nobody
could read out to a class. :class:`RateMeter` gives the rate over the frames of the last
:data:`WINDOW_S` (all their images over all their seconds), worked out afresh every
:data:`HOLD_S` and held in between.
"""

from __future__ import annotations

import time
from collections import deque

#: the rate covers the frames that arrived within this many seconds
WINDOW_S = 1.0
#: and is worked out again at most this often, so that its digits can be read
HOLD_S = 0.5
#: the first figure of a run waits for this much training: the first frame, one batch
#: that paid for the training process's start, read "637 images/s"
FIRST_S = 0.25


class RateMeter:
    """Images per second over the recent frames of one run."""

    def __init__(self, clock=time.monotonic):
        self._clock = clock
        self._frames: deque[tuple[float, int, float]] = deque()
        self._rate = 0.0
        self._at: float | None = None

    def reset(self) -> None:
        """A new run: nothing of the last one counts."""
        self._frames.clear()
        self._rate, self._at = 0.0, None

    def add(self, images: int, seconds: float) -> float:
        """Count a frame's ``images`` trained in ``seconds``; returns the rate to show
        (0 while nothing has been timed)."""
        now = self._clock()
        if seconds > 0:
            self._frames.append((now, images, seconds))
        while self._frames and now - self._frames[0][0] > WINDOW_S:
            self._frames.popleft()
        if self._frames and (self._at is None or now - self._at >= HOLD_S):
            timed = sum(f[2] for f in self._frames)
            if self._at is not None or timed >= FIRST_S:
                self._rate = sum(f[1] for f in self._frames) / timed
                self._at = now
        return self._rate
