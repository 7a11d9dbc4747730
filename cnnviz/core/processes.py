"""Worker processes: the other cores, without the GIL.

Two threads of one interpreter trained LeNet-5 only 1.1-1.3x faster than one on two
cores: each chunk of a batch makes some hundreds of NumPy calls, and every call hands the
GIL back and forth between the threads. Two processes, each with its own interpreter,
trained 1.3-1.5x faster than two threads. So :meth:`BatchRun.run_all` and
:meth:`BatchRun.forward_all` share the chunks of a batch with worker processes (with
one worker, each side takes chunks from its own end until they meet, so a lane held up
costs a chunk, not half the batch: :func:`run_split`); stepping block by block and
traced runs stay in-process.

A worker computes a chunk with the same code, the same weights and one BLAS thread, so
it gives the very same bits as the parent would; the gradients come back per chunk and
are summed in chunk order as before. Nothing depends on whether a worker ran.

How they talk, with no pickle: the weights, the chunks' inputs, the labels and every
chunk's gradients, logits and loss lie in one block of shared memory (a Linux memfd that
the worker inherits); commands and replies are short JSON lines over two pipes. A worker
ends when its command pipe closes, so it never outlives the process that started it.
Where memfd is missing (not Linux), the chunks run in-process. After a worker fails
they run in-process too, for :data:`RETRY_S`; then a fresh worker takes over, unless
:data:`MAX_FAILURES` failures came within :data:`FAILURE_WINDOW_S` (:meth:`Pool.fail`).
A worker that hangs is given up too: inside a batch after :data:`BATCH_WAIT_S`, on a
job between batches (:mod:`cnnviz.core.worker_trace`) when its caller stops waiting.
"""

from __future__ import annotations

import atexit
import json
import mmap
import os
import select
import signal
import subprocess
import sys
import threading
import time
import weakref
from collections import deque

import numpy as np

from cnnviz.core import worker_trace
from cnnviz.core.shared_batch import Layout, Views, layout_for
from cnnviz.core.tuning import blas_single

_MAIN = "import sys; from cnnviz.core.processes import serve; serve(*map(int, sys.argv[1:]))"

#: While a batch's chunks are out, the parent polls for the worker's reply for up to this
#: long before it blocks on the pipe, and the worker, once it has replied, polls for the
#: next batch for up to :data:`LINGER_S`. A process woken from a blocking read answered
#: 40-70 us late on 2-core AMD EPYC machines, twice a batch; polling took the worker's
#: start from 54 to 16 us after the request and the parent's wake-up from 70-95 to 20-25
#: us. Steps of the two ways taken in turn: 5-6% more images/s at batch 64 (parent
#: 1.5-2.4%, worker 3.4-4.3%), 2-3% at 256. Both are bounded, so a pause costs at most
#: 2 ms of one core; traces and test-accuracy jobs block as before. Beside the window
#: they do not poll (:func:`set_polling`).
SPIN_S = 0.003
LINGER_S = 0.002
_polling = {"spin": SPIN_S, "linger": LINGER_S}


def set_polling(spin: float, linger: float) -> None:
    """How long this process polls for a worker's reply, and its workers for the next
    batch, before they block (:data:`SPIN_S`, :data:`LINGER_S`). The window's training
    process sets both to 0: there another process, the window, needs the moments a lane
    waits; polling gave them to no one."""
    _polling.update(spin=float(spin), linger=float(linger))


#: A worker that has not finished its share of a batch this long after this process ran
#: out of chunks to take (at least this long, and at least as long as a chunk takes here)
#: is late: another program holds its core. Its unfinished chunk is computed here and its
#: reply passed over when it comes (:func:`_run_shared`).
LATE_MIN_S = 0.0005
#: After a worker fails (it died, hung on a job, or could not start), this process
#: computes alone for this long, then starts a fresh worker; after MAX_FAILURES failures
#: it stays alone. A lecture that runs for an hour loses one worker's speed for half a
#: minute, not for the rest of the hour.
RETRY_S = 30.0
MAX_FAILURES = 3
#: failures further apart than this are not counted together
FAILURE_WINDOW_S = 600.0
#: A worker's share of a batch takes milliseconds (its first, with the worker's start,
#: about a second): one that has not answered after this long hangs, and is given up.
BATCH_WAIT_S = 30.0


def _poll(fd: int, seconds: float) -> None:
    """Return once ``fd`` is readable, or after ``seconds`` of asking."""
    end = time.perf_counter() + seconds
    while not select.select([fd], [], [], 0)[0] and time.perf_counter() < end:
        pass


def supported() -> bool:
    return hasattr(os, "memfd_create") and sys.platform.startswith("linux")


def _send(fd: int, msg: dict) -> None:
    data = (json.dumps(msg) + "\n").encode()
    while data:
        data = data[os.write(fd, data):]


class _LineReader:
    def __init__(self, fd: int):
        self.fd, self.buf = fd, b""

    def read(self, timeout: float | None = None) -> dict | None:
        """The next line as JSON; None once the pipe is closed. ``TimeoutError`` if no
        whole line came within ``timeout`` seconds."""
        end = None if timeout is None else time.monotonic() + timeout
        while b"\n" not in self.buf:
            if end is not None and not select.select(
                    [self.fd], [], [], max(0.0, end - time.monotonic()))[0]:
                raise TimeoutError
            part = os.read(self.fd, 65536)
            if not part:
                return None
            self.buf += part
        line, self.buf = self.buf.split(b"\n", 1)
        return json.loads(line)


class WorkerError(RuntimeError):
    """A worker process could not run its chunks (the parent then runs them itself)."""


class WorkerHung(WorkerError):
    """A worker process did not answer in time: it is given up even if it lives."""


class Worker:
    """One worker process and its pipes."""

    def __init__(self, memfd: int, size: int, layout: Layout, config: dict):
        cmd_r, self.cmd_w = os.pipe()
        self.res_r, res_w = os.pipe()
        # the very cnnviz this process runs, wherever it was imported from
        home = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        path = os.pathsep.join(p for p in (home, os.environ.get("PYTHONPATH")) if p)
        # BLAS is limited to one thread by tune() there, as here: the same code path, so
        # the same bits (started with OPENBLAS_NUM_THREADS=1 it took another, 10-20% slower)
        env = dict(os.environ, PYTHONPATH=path)
        try:
            self.proc = subprocess.Popen(
                # -P: no working directory on sys.path, where another cnnviz could be
                [sys.executable, "-P", "-c", _MAIN, str(cmd_r), str(res_w), str(memfd)],
                pass_fds=(cmd_r, res_w, memfd), stdin=subprocess.DEVNULL, env=env,
                close_fds=True)
        except OSError:
            os.close(self.cmd_w)
            os.close(self.res_r)
            raise
        finally:
            os.close(cmd_r)
            os.close(res_w)
        self.reader = _LineReader(self.res_r)
        #: replies still to come for batches finished without them (:func:`_run_shared`),
        #: and since when the oldest of them has been owed
        self.owed = 0
        self.owed_since = 0.0
        try:
            _send(self.cmd_w, {"cmd": "setup", "size": size, "layout": layout.to_json(),
                               "config": config})
        except OSError:
            self.close()   # no worker is left half started
            raise

    def request(self, msg: dict) -> None:
        _send(self.cmd_w, msg)

    def reply(self, spin: float = 0.0, timeout: float | None = None) -> dict:
        """The worker's next reply; ``spin``: poll for it that long before blocking;
        ``timeout``: :class:`WorkerHung` if it has not come after that many seconds."""
        if spin and b"\n" not in self.reader.buf:
            _poll(self.res_r, spin)
        try:
            return self._next(timeout)
        except TimeoutError:
            raise WorkerHung(f"no answer within {timeout:g} s") from None

    def reply_within(self, seconds: float) -> dict | None:
        """The worker's next reply if it comes within ``seconds``, else None (it is then
        still to come: count it in :attr:`owed` to have it passed over)."""
        try:
            return self._next(seconds)
        except TimeoutError:
            return None

    def drain_owed(self) -> None:
        """Read and pass over the owed replies that have come, without waiting and
        without touching the reply after them (a job's, say)."""
        while self.owed:
            try:
                msg = self.reader.read(0.0)
            except TimeoutError:
                return
            if msg is None:
                raise self._ended()
            self.owed -= 1

    def _ended(self) -> WorkerError:
        try:
            code = self.proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            code = None
        return WorkerError(f"it ended, exit code {code}")

    def _next(self, timeout: float | None) -> dict:
        """The next reply owed to no finished batch; ``TimeoutError`` if none came."""
        while True:
            msg = self.reader.read(timeout)
            if msg is None:
                raise self._ended()
            if self.owed:   # for a batch finished without it: whatever it says is moot
                self.owed -= 1
                continue
            if not msg.get("ok"):
                raise WorkerError(msg.get("error", "worker failed"))
            return msg

    def close(self) -> None:
        for fd in (self.cmd_w, self.res_r):
            try:
                os.close(fd)
            except OSError:
                pass
        try:
            self.proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


class Pool:
    """Worker processes shared by every network of this process.

    Networks of the same architecture share the workers (each run sends its weights);
    another architecture, dtype or a bigger batch restarts them.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.pid = os.getpid()
        self.workers: list[Worker] = []
        self.key = None
        self.views: Views | None = None
        self._buf = None
        self._fd = -1
        self.broken = False
        self.failures = 0
        self._broken_at = 0.0
        #: traces asked of the workers and not yet read back (oldest first)
        self.pending: deque[worker_trace.Pending] = deque()
        #: chunks of the last batch shared with one worker computed (here, there)
        self.last_split = (0, 0)
        #: the last shared batch's tag, and the time a chunk took here lately, training
        #: (True) and forward only (False): a forward chunk takes about a third as long
        self.tag = 0
        self.chunk_s = {True: LATE_MIN_S, False: LATE_MIN_S}
        #: how long the last batch's ``meanwhile()`` took (see _run_shared)
        self.meanwhile_s = 0.0

    def fail(self) -> None:
        """Stop using the workers: for :data:`RETRY_S`, or for good once this is the
        :data:`MAX_FAILURES`-th failure within :data:`FAILURE_WINDOW_S`. The caller shuts
        them down."""
        if not self.broken:
            now = time.monotonic()
            if self.failures and now - self._broken_at > FAILURE_WINDOW_S:
                self.failures = 0   # the last one was long ago
            self.failures += 1
            self._broken_at = now
        self.broken = True

    def for_how_long(self) -> str:
        """How long this process computes alone after a failure, in words."""
        if self.failures >= MAX_FAILURES:
            return "from now on"
        return f"for the next {RETRY_S:.0f} s"

    def retry(self) -> bool:
        """Whether the workers may be used again: :data:`RETRY_S` after a failure
        (the next batch starts a fresh one), unless there have been too many."""
        if (self.broken and self.failures < MAX_FAILURES
                and time.monotonic() - self._broken_at >= RETRY_S
                and self.lock.acquire(blocking=False)):
            try:
                self.shutdown()   # what is left of the failed one
                self.broken = False
            finally:
                self.lock.release()
        return not self.broken

    def ensure(self, count: int, layout: Layout, config: dict) -> Views:
        """Views of the shared block, (re)starting the workers if they cannot take it."""
        # the configuration's items as they are: json.dumps took 8 us at every batch
        key = (sorted(config.items()), layout.dtype, layout.params,
               layout.image_shape, layout.classes, layout.chunk)
        have = self.views.layout if self.views is not None else None
        if (key != self.key or len(self.workers) < count or have.images < layout.images
                or have.slots < layout.slots):
            self.shutdown()
            size = layout.offsets()["end"]
            self._fd = os.memfd_create("cnnviz-batch", os.MFD_CLOEXEC)
            os.ftruncate(self._fd, size)
            self._buf = mmap.mmap(self._fd, size)
            self.views = Views(self._buf, layout)
            for _ in range(count):   # one at a time: shutdown() ends those started
                self.workers.append(Worker(self._fd, size, layout, config))
            self.key = key
        return self.views

    def shutdown(self) -> None:
        self.pending.clear()
        for w in self.workers:
            w.close()
        # the mapping closes when no view of it is left
        self.workers, self.key, self.views, self._buf = [], None, None, None
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


_pool: Pool | None = None
_pool_lock = threading.Lock()


def pool() -> Pool | None:
    """This process's pool, or None where worker processes cannot run."""
    global _pool
    if not supported():
        return None
    with _pool_lock:
        if _pool is None or _pool.pid != os.getpid():
            _pool = Pool()
            atexit.register(_pool.shutdown)
        p = _pool
    return p if p.retry() else None   # outside the lock: it may close a worker


def usable(net) -> bool:
    """Whether ``net`` may run on worker processes at all: they rebuild it from its
    config, and their BLAS runs one thread (with more here the sums would round
    differently)."""
    return bool(net.processes and net.config.get("model") and blas_single())


def run_split(run, backward: bool, local, meanwhile=None) -> bool:
    """Run every chunk of ``run`` (a fresh :class:`BatchRun`): some here with
    ``local(chunk)``, the others on worker processes; ``meanwhile()``, if given, runs
    here too, before this process takes its chunks or after its last one. False, with
    nothing done, when no worker can take them (then the caller runs them as before).

    With one worker (two lanes, the usual case) the chunks are not cut in two fixed
    halves: this process takes them from the first on, the worker from the last back,
    each marking a chunk taken in the shared block before it starts it, until they
    meet. A lane that another program holds up (the window's paint, say) then costs
    the batch at most one chunk, not its whole half. ``meanwhile()`` runs first when it
    took a chunk's time or more the last time (the worker then takes a chunk more), else
    after this process's last chunk, while the worker finishes its own. The bits do not
    change: every chunk is computed by the same code, and the gradients are summed in
    chunk order whoever computed them. Should both sides see the other's mark on the
    chunk where they meet, neither computes it and it is computed here afterwards;
    should neither see it, both do and this one's is kept.
    """
    net, chunks = run.net, run.chunks
    count = min(net.threads - 1, len(chunks) - 1)
    p = pool() if count >= 1 and usable(net) else None
    if p is None or not p.lock.acquire(blocking=False):
        return False
    try:
        if p.broken:   # failed in another thread since pool() handed it out
            return False
        try:
            # a probe traced on a worker reads the weights from the block: it must be
            # done before they change (it costs the wait for the rest of its trace)
            while p.pending:
                worker_trace.finish_one(p, p.views)
            if p.broken:   # a worker hung at its job and was given up
                p.shutdown()
                return False
            views = p.ensure(count, layout(net, run.n), net.config)
        except OSError as e:   # no worker could start, or one has gone
            close_failed(p, e)
            return False
        views.put_params(net)
        if backward:
            views.labels[:run.n] = run.labels
        if count == 1:
            _run_shared(p, views, run, backward, local, meanwhile)
        else:
            _run_groups(p, views, run, backward, local, meanwhile, count)
        if p.broken:
            p.shutdown()
        return True
    finally:
        p.lock.release()


def _run_shared(p: Pool, views: Views, run, backward: bool, local, meanwhile) -> None:
    """One worker: both sides take chunks until they meet (see :func:`run_split`).

    Every mark carries the batch's tag, so that nothing left from an earlier batch
    counts. Once this process has no chunk left to take, it gives the worker about one
    chunk's time to finish; a worker still busy then is held up by another program, so
    its unfinished chunk is computed here too (the same bits) and its reply is passed
    over when it comes. The worker stops taking chunks of a batch once this process has
    moved on to the next one.
    """
    chunks = run.chunks
    n = len(chunks)
    p.tag = tag = p.tag % 2_000_000_000 + 1
    mine, theirs, done = views.claims
    views.batch_tag[0] = tag
    for c in chunks:
        views.chunk_x(c.lo, c.hi)[...] = c.source   # any chunk may be the worker's
    w = p.workers[0]
    done_here: set[int] = set()
    asked = _still_with_us(p, w)
    if asked:
        try:
            w.request({"cmd": "run", "n": run.n, "backward": backward, "take": True,
                       "tag": tag, "linger": _polling["linger"],
                       "chunks": [[c.lo, c.hi, j] for j, c in enumerate(chunks)]})
        except OSError as e:   # it has gone: its pipe is closed
            give_up(p, w, e)
            asked = False
    clock = time.perf_counter
    try:
        # meanwhile() first when the worker can take a whole chunk more in its time, else
        # once this process has no chunk left, in the time it would wait for the worker's
        # last one: either way as little of it as may be is added to the batch's time
        early = meanwhile is not None and asked and p.meanwhile_s >= p.chunk_s[backward]
        if early:
            _timed_meanwhile(p, meanwhile)
        for j in range(n):
            mine[j] = tag
            if asked and theirs[j] == tag:
                break
            t0 = clock()
            local(chunks[j])
            p.chunk_s[backward] = clock() - t0
            done_here.add(j)
        if meanwhile is not None and not early:
            _timed_meanwhile(p, meanwhile)
    finally:
        if asked:
            try:
                if w.reply_within(_patience(p, views, n, done_here, tag, backward)) is None:
                    if not w.owed:
                        w.owed_since = time.monotonic()
                    w.owed += 1   # late: what it has not finished is computed below
            except WorkerError as e:
                if isinstance(e, WorkerHung) or w.proc.poll() is not None:
                    give_up(p, w, e)
    there = 0
    for j in range(n):
        if j in done_here:
            continue
        if done[j] == tag:   # its results are in the slot before its tag is
            _collect(run, chunks[j], views, j, backward)
            there += 1
        else:   # the worker failed or is late, or both sides stepped back from it
            local(chunks[j])
    p.last_split = (len(done_here), there)


def _timed_meanwhile(p: Pool, meanwhile) -> None:
    t0 = time.perf_counter()
    meanwhile()
    p.meanwhile_s = time.perf_counter() - t0


def _still_with_us(p: Pool, w: "Worker") -> bool:
    """Whether to share this batch with ``w``: not while it still works on an earlier one
    (the replies it owes are read as they come); given up once it has owed one for
    :data:`BATCH_WAIT_S`."""
    try:
        w.drain_owed()
    except WorkerError as e:
        give_up(p, w, e)
        return False
    if not w.owed:
        return True
    if time.monotonic() - w.owed_since > BATCH_WAIT_S:
        give_up(p, w, WorkerHung(f"no answer within {BATCH_WAIT_S:g} s"))
    return False


def _patience(p: Pool, views: Views, n: int, done_here: set[int], tag: int,
              backward: bool) -> float:
    """How long to wait for the worker's reply once this process has no chunk left: until
    its chunk in hand is half a chunk's time overdue, at least :data:`LATE_MIN_S` (after
    polling for it as :func:`set_polling` says)."""
    _, theirs, done = views.claims
    wait = LATE_MIN_S
    for j in range(n):
        if j not in done_here and theirs[j] == tag and done[j] != tag:
            overdue_at = views.started[j] + 1.5 * p.chunk_s[backward]
            wait = max(wait, overdue_at - time.monotonic())
            break
    spin = _polling["spin"]
    if spin:
        _poll(p.workers[0].res_r, min(spin, wait))
    return wait


def _run_groups(p: Pool, views: Views, run, backward: bool, local, meanwhile,
                count: int) -> None:
    """Several workers: the chunks cut into fixed consecutive groups, the first here."""
    chunks = run.chunks
    groups = _groups(len(chunks), count + 1)
    failed: list[int] = []
    asked = []
    for w, group in zip(p.workers, groups[1:]):
        for j in group:
            c = chunks[j]
            views.chunk_x(c.lo, c.hi)[...] = c.source   # the worker turns it around
        try:
            w.request({"cmd": "run", "n": run.n, "backward": backward,
                       "linger": _polling["linger"],
                       "chunks": [[chunks[j].lo, chunks[j].hi, int(j)] for j in group]})
            asked.append((w, group))
        except OSError as e:   # it has gone: its pipe is closed
            failed += group
            give_up(p, w, e)
    try:
        for j in groups[0]:
            local(chunks[j])
        if meanwhile is not None:
            meanwhile()
    finally:
        for w, group in asked:
            try:
                w.reply(_polling["spin"], BATCH_WAIT_S)
            except WorkerError as e:
                failed += group
                if isinstance(e, WorkerHung) or w.proc.poll() is not None:
                    give_up(p, w, e)
    for group in groups[1:]:
        for j in group:
            if j in failed:
                local(chunks[j])
            else:
                _collect(run, chunks[j], views, j, backward)


def _groups(n: int, parts: int) -> list[list[int]]:
    """0..n-1 cut into ``parts`` consecutive groups, the first ones one longer where
    they cannot be equal (as ``np.array_split``, without its 5-15 us)."""
    size, extra = divmod(n, parts)
    out, lo = [], 0
    for g in range(parts):
        hi = lo + size + (g < extra)
        out.append(list(range(lo, hi)))
        lo = hi
    return out


_layouts: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def layout(net, n: int):
    """``layout_for(net, n)``, kept per network while batches fit (it takes 15 us)."""
    layout = _layouts.get(net)
    if layout is None or layout.images < n:
        layout = _layouts[net] = layout_for(net, n)
    return layout


def give_up(p: Pool, w: Worker | None, why: Exception) -> None:
    """Stop using the workers for a while (:meth:`Pool.fail`) and say why, once."""
    if not p.broken:
        p.fail()
        who = f"worker process {w.proc.pid} failed" if w else "no worker process could start"
        print(f"cnnviz: {who} ({why}); computing in this process {p.for_how_long()}",
              file=sys.stderr)


def close_failed(p: Pool, why: Exception) -> None:
    """Starting or asking a worker failed: give up (:func:`give_up`, naming the first
    worker if one had started) and shut the pool down. Call with ``p.lock`` held."""
    give_up(p, p.workers[0] if p.workers else None, why)
    p.shutdown()


def _collect(run, c, views: Views, slot: int, backward: bool) -> None:
    """Fill a chunk's state from what its worker left in slot ``slot``."""
    grads, logits, loss = views.slots[slot]
    m = c.hi - c.lo
    c.acts.append(logits[:views.layout.classes * m].reshape(views.layout.classes, m).copy())
    if backward:
        c.loss_sum = float(loss[0])
        c.flat_grads = grads.copy()   # the slot is reused next batch


# -- the worker's side ----------------------------------------------------------------
def serve(cmd_fd: int, res_fd: int, mem_fd: int) -> None:
    from cnnviz.core.models import build
    from cnnviz.core.tuning import tune

    # Ctrl+C in a terminal reaches the whole process group: the parent decides, and
    # closing its pipe ends this process
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    tune()
    reader = _LineReader(cmd_fd)
    net = views = None
    buf = None
    linger = 0.0
    while True:
        if linger and b"\n" not in reader.buf:   # the next batch comes soon
            _poll(cmd_fd, linger)
        msg = reader.read()
        if msg is None:   # the parent closed the pipe, or ended
            return
        try:
            if msg["cmd"] == "setup":
                try:
                    layout = Layout.from_json(msg["layout"])
                    buf = mmap.mmap(mem_fd, msg["size"])
                    views = Views(buf, layout)
                    net = build(msg["config"], dtype=np.dtype(layout.dtype), threads=1)
                    own = [(k, v.shape) for k, v in net.parameters().items()]
                    if own != list(layout.params):
                        raise ValueError("the network built here does not match the parent's")
                except Exception as e:  # noqa: BLE001  (the parent sees the pipe close)
                    print(f"cnnviz worker: cannot set up: {e}", file=sys.stderr)
                    return
                continue
            linger = 0.0
            if msg["cmd"] == "trace":
                _send(res_fd, worker_trace.serve_trace(net, views, msg))
                continue
            if msg["cmd"] == "evaluate":
                _send(res_fd, worker_trace.serve_evaluate(net, views, msg))
                continue
            views.get_params(net)   # into this process's own arrays
            n, backward = msg["n"], msg["backward"]
            labels = views.labels[:n] if backward else None
            if msg.get("take"):
                # take chunks from the last back until the parent's mark is met, or the
                # parent has moved on to another batch
                tag, claims = msg["tag"], views.claims
                for lo, hi, slot in reversed(msg["chunks"]):
                    if views.batch_tag[0] != tag:
                        break
                    views.started[slot] = time.monotonic()
                    claims[1, slot] = tag
                    if claims[0, slot] == tag:
                        break
                    _serve_chunks(net, views, [[lo, hi, slot]], labels, n, backward)
                    claims[2, slot] = tag   # after its results
            else:
                _serve_chunks(net, views, msg["chunks"], labels, n, backward)
            _send(res_fd, {"ok": True})
            linger = float(msg.get("linger", 0.0))
        except BrokenPipeError:   # the parent has gone (or ended with a trace still out)
            return
        except Exception as e:  # noqa: BLE001  (reported to the parent, which runs it itself)
            try:
                _send(res_fd, {"ok": False, "error": f"{type(e).__name__}: {e}"})
            except BrokenPipeError:
                return


def _serve_chunks(net, views: Views, spec, labels, n: int, backward: bool) -> None:
    """Compute the chunks ``spec`` ([lo, hi, slot] each) of an ``n``-image batch and
    leave each one's logits, loss and gradients in its slot (a worker)."""
    from cnnviz.core.batch import BatchRun, ChunkState

    chunks = [ChunkState(lo, hi, [], views.chunk_x(lo, hi)) for lo, hi, _ in spec]
    run = BatchRun.of_chunks(net, chunks, labels, n)
    if backward:
        run.run_all()
    else:
        run.forward_all(final=True)
    for (_, _, slot), c in zip(spec, chunks):
        grads, logits, loss = views.slots[slot]
        logits[:c.acts[-1].size] = c.acts[-1].ravel()
        if backward:
            loss[0] = c.loss_sum
            named = views.split(grads)
            for i, b in enumerate(net.blocks):
                for k in b.layer.params:
                    named[f"{b.name}.{k}"][...] = c.grads[i][k]
