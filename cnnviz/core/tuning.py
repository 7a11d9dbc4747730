"""Process-wide settings that make the NumPy core fast; the CLI, the GUI and the
benchmarks call :func:`tune` once at start-up. The core works without them, only slower.

- glibc hands large blocks back to the system as soon as they are freed, so every
  training step pays thousands of page faults for the same few megabytes of buffers.
  Raising the mmap and trim thresholds keeps the memory in the process (it stays bounded:
  the same buffers are reused every step).
- The core runs its own compute threads over chunks of a batch; BLAS threads on top of
  them would fight for the same cores, so BLAS gets one thread.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
_THRESHOLD = 256 * 1024 * 1024
_state: dict[str, object] = {}


def tune_malloc() -> bool:
    """Raise glibc's mmap and trim thresholds to 256 MiB; False where that is not glibc."""
    if "malloc" in _state:
        return bool(_state["malloc"])
    ok = False
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
            ok = bool(libc.mallopt(_M_MMAP_THRESHOLD, _THRESHOLD)) and bool(
                libc.mallopt(_M_TRIM_THRESHOLD, _THRESHOLD))
        except (OSError, AttributeError):
            ok = False
    _state["malloc"] = ok
    return ok


def single_threaded_blas() -> None:
    """Limit BLAS to one thread for the rest of the process (threadpoolctl)."""
    if "blas" not in _state:
        from threadpoolctl import threadpool_limits

        _state["blas"] = threadpool_limits(limits=1, user_api="blas")


def blas_single() -> bool:
    """Whether :func:`single_threaded_blas` has limited BLAS to one thread here."""
    return "blas" in _state


def blas_info() -> list[dict]:
    """Which BLAS library, kernel architecture and thread count NumPy runs on."""
    from threadpoolctl import threadpool_info

    keep = ("internal_api", "version", "architecture", "num_threads", "threading_layer")
    return [{k: d.get(k) for k in keep} for d in threadpool_info() if d.get("user_api") == "blas"]


def tune() -> None:
    """Apply both settings (idempotent)."""
    tune_malloc()
    single_threaded_blas()
