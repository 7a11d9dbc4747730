"""The window gives way to training when both want the CPU.

While it trains, cnnviz runs three busy things on a machine that may have two cores:
the window (the GUI thread paints every view 25 times a second) and the training
process's two compute lanes. At the same priority the window's paint took a lane's core
whenever it wanted one, and a batch waited for the lane it held up. Once the training
process has started, the GUI thread therefore lowers its own priority by
:data:`WINDOW_NICE`: the scheduler then hands it mostly the moments a lane waits, and it
still answers in time. Nine interleaved pairs of 25 s runs of
``benchmarks/gui_responsiveness.py`` on a 2-core machine: training in the window at
63-73% of headless, median 69%, against 60-68%, median 63%, without (never lower in a
pair); event-loop lateness p95 21-32 ms against 13-18 ms, inside the 50 ms goal;
23.3-24.2 frames/s against 23.9-24.5.

Only the calling thread is lowered (on Linux the nice value belongs to a thread), once
per process, and only on Linux: elsewhere it would lower the whole process, BLAS threads
included. Threads and processes it starts afterwards inherit the value: a training
process started again after a failure shares the CPU with the window as an equal, as
before. Where a desktop groups each session's processes (Linux's autogroup, systemd's
session slices), this weighs the window against its own training only, not against
other programs.
"""

from __future__ import annotations

import os
import sys

#: The nice increment of the GUI thread while training runs (Linux's scheduler weighs a
#: thread at 0 as 1024, at 5 as 335, at 10 as 110). 10 gave 66-75% of headless, with
#: p95 lateness of 35-37 ms and single waits over 100 ms; and with a second copy of the
#: benchmark running at the same time, 3 frames/s against 11 at 5.
WINDOW_NICE = 5

_lowered = False


def yield_to_training() -> bool:
    """Lower the calling thread's CPU priority by :data:`WINDOW_NICE`, the first time it
    is called in this process; True if it did. Linux only; where the value cannot be
    changed, nothing happens. It is for good: a thread cannot raise its priority again."""
    global _lowered
    if _lowered or not sys.platform.startswith("linux") or not hasattr(os, "setpriority"):
        return False
    _lowered = True
    try:
        now = os.getpriority(os.PRIO_PROCESS, 0)
        os.setpriority(os.PRIO_PROCESS, 0, min(19, now + WINDOW_NICE))
    except OSError:
        return False
    return True
