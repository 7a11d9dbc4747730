"""Check cnnviz's numbers against PyTorch's: every layer, every gradient, and training.

cnnviz's tests check the core against SciPy, finite differences and naive loop twins,
none of which needs PyTorch. This script checks the last of the README's promises:
that the core computes what PyTorch computes for the same LeNet-5, with the same
weights in PyTorch's layouts, and that SGD and Adam follow ``torch.optim``'s rules.

1. **Layers**, in float64, for each of the 36 variants of LeNet-5 (activation tanh,
   ReLU or sigmoid; average or max pooling; border mode valid, same or full; C3 full or
   LeCun's table): the logits, the loss and every parameter's gradient of a batch of
   16 MNIST test images (with noise of 1e-6 against tied maxima), and the input's
   gradient. In float32 too, for the 18 average-pooling variants (float32 rounding
   decides near-ties of max pooling differently in the two libraries). The PyTorch
   model is built from the lecture's table, not from the cnnviz network: only the
   weights are cnnviz's.
2. **The probe snapshot**, the numbers every view of the window draws: for every layer
   its input X, pre-activation Z, output, dE/d(output), dE/dZ, dE/dK, dE/dB and dE/dX,
   against the same tensors of PyTorch's autograd (``retain_grad``).
3. **The update rules** alone, fed the same random gradients.
4. **Training**: ``Session.train_batch``, the very path of ``cnnviz train`` and of the
   window, for 30 steps at batch 64 with SGD (momentum 0.9, weight decay 5e-4) and with
   Adam (weight decay 1e-4), against ``torch.optim.SGD`` and ``torch.optim.Adam`` on
   the same batches; in float64, and in float32 for scale.
5. **The rate's decay**: 12 steps over 256 images, three epochs, the rate times 0.8
   after each, against ``torch.optim.lr_scheduler.ExponentialLR``.

It prints the largest difference of each check relative to the largest magnitude of
PyTorch's array, and exits with 1 if a float64 check differs by more than 1e-10 or a
float32 layer by more than 1e-4.

Run it from the checkout with a Python that has PyTorch (any build) and NumPy; the
core imports nothing else::

    python3 -m venv torchvenv
    torchvenv/bin/pip install numpy
    torchvenv/bin/pip install torch --index-url https://download.pytorch.org/whl/cpu
    PYTHONPATH=. torchvenv/bin/python tools/against_pytorch.py
"""

from __future__ import annotations

import argparse
import itertools
import sys

import numpy as np

try:
    import torch
    import torch.nn.functional as F
except ImportError:
    sys.exit("this check needs PyTorch: run it with a Python that has torch installed")

from cnnviz.core import lenet5, softmax_cross_entropy
from cnnviz.core.config import TrainConfig
from cnnviz.core.session import Session
from cnnviz.core.trace import trace
from cnnviz.data.mnist import load, to_lenet_input

#: the largest difference allowed: float64 finds rounding, 1e-16 to 1e-13; float32 its
#: own rounding summed over a batch, 1e-6 to 1e-5
TOLERANCE = {np.float64: 1e-10, np.float32: 1e-4}
TORCH = {np.float64: torch.float64, np.float32: torch.float32}
PADDING = {"valid": 0, "same": 2, "full": 4}   # of a 5x5 kernel


def rel(ours, theirs) -> float:
    """max |ours - theirs| / max |theirs| (the plain difference where theirs is all 0)."""
    theirs = theirs.detach().numpy() if isinstance(theirs, torch.Tensor) else np.asarray(theirs)
    ours = np.asarray(ours, dtype=np.float64).reshape(theirs.shape)
    scale = np.abs(theirs).max()
    diff = np.abs(ours - theirs).max()
    return float(diff / scale) if scale > 0 else float(diff)


def lecun_table() -> np.ndarray:
    """LeCun et al. 1998, Table I, written here from the paper's pattern and not taken
    from cnnviz: C3 maps 0-5 read three neighbouring S2 maps, 6-11 four neighbouring
    ones, 12-14 four in two pairs, 15 all six. (16, 6), True where map i reads map j."""
    table = np.zeros((16, 6), dtype=bool)
    for i in range(6):
        table[i, [(i + d) % 6 for d in range(3)]] = True
        table[6 + i, [(i + d) % 6 for d in range(4)]] = True
    for i, reads in enumerate(((0, 1, 3, 4), (1, 2, 4, 5), (0, 2, 3, 5))):
        table[12 + i, list(reads)] = True
    table[15] = True
    return table


class TorchLeNet:
    """LeNet-5 in PyTorch, built from the lecture's table and the variant's options,
    not from the cnnviz network: only the weights are cnnviz's (by PyTorch's names and
    layouts). C1 conv 6 5x5, S2 pool 2x2, C3 conv 16 5x5, S4 pool 2x2, C5 conv 120 5x5,
    F6 dense 84, OUT dense 10; the activation after C1, C3, C5 and F6."""

    LAYERS = (("C1", "conv", (6, 1, 5, 5)), ("S2", "pool", None),
              ("C3", "conv", (16, 6, 5, 5)), ("S4", "pool", None),
              ("C5", "conv", (120, 16, 5, 5)), ("F6", "dense", None),
              ("OUT", "dense", (10, 84)))

    def __init__(self, state: dict, dtype, activation="tanh", pooling="avg", mode="valid",
                 c3_table="full"):
        self.padding = PADDING[mode]
        self.act = {"tanh": torch.tanh, "relu": torch.relu, "sigmoid": torch.sigmoid}[activation]
        self.pool = {"avg": F.avg_pool2d, "max": F.max_pool2d}[pooling]
        self.mask = (torch.tensor(lecun_table()[:, :, None, None], dtype=dtype)
                     if c3_table == "lecun" else None)
        self.params = {}
        for name, kind, shape in self.LAYERS:
            if kind == "pool":
                continue
            for part in ("weight", "bias"):
                w = np.array(state[f"{name}.{part}"])
                want = shape if part == "weight" else (shape[0],) if shape else None
                if want is not None and w.shape != want:
                    raise SystemExit(f"{name}.{part} is {w.shape}, LeNet-5's is {want}")
                self.params[f"{name}.{part}"] = torch.tensor(w, dtype=dtype, requires_grad=True)

    def parameters(self):
        return list(self.params.values())

    def named(self):
        return dict(self.params)

    def forward(self, x, record=None):
        """Logits; with ``record`` a dict, each layer's (input, pre-activation, output)
        tensors, kept for their gradients."""
        p = self.params
        for name, kind, _ in self.LAYERS:
            if name == "F6":
                x = x.flatten(1)
            if record is not None:
                x.retain_grad()
            x_in = x
            if kind == "conv":
                w = p[f"{name}.weight"]
                if name == "C3" and self.mask is not None:
                    w = w * self.mask
                z = F.conv2d(x, w, p[f"{name}.bias"], padding=self.padding)
            elif kind == "dense":
                z = F.linear(x, p[f"{name}.weight"], p[f"{name}.bias"])
            else:
                z = self.pool(x, 2)
            y = self.act(z) if name in ("C1", "C3", "C5", "F6") else z
            if record is not None:
                z.retain_grad()
                if y is not z:
                    y.retain_grad()
                record[name] = (x_in, z, y)
            x = y
        return x


def check_layers(data, dtype, quiet: bool) -> float:
    """Part 1 and 2: the 36 variants, a batch and the probe snapshot. The worst difference."""
    # Noise of 1e-6 keeps apart the values that a max-pooling window would otherwise
    # hold tied: over the blank border of a digit every C1 output is the same number.
    # Both libraries give a tie to the first value of the window, but PyTorch's
    # convolution rounds the last rows of a map differently, so its "tie" there is 1e-17
    # off, and the other value wins: dE/dX then lands on another, equally right, pixel.
    rng = np.random.default_rng(0)
    x = to_lenet_input(data.test_images[:16], np.float64)
    x = (x + 1e-6 * rng.standard_normal(x.shape)).astype(dtype)
    labels = data.test_labels[:16].astype(np.int64)
    worst = 0.0
    for i, (act, pool, mode, c3) in enumerate(itertools.product(
            ("tanh", "relu", "sigmoid"), ("avg", "max"), ("valid", "same", "full"),
            ("full", "lecun"))):
        if pool == "max" and dtype == np.float32:
            # float32 keeps 7 digits: saturated tanh and sigmoid outputs, and nearby
            # values of a map, are equal in one library and a last bit apart in the
            # other, and the window's winner (and where dE/dY goes) differs; the noise of
            # 1e-6 cannot keep them apart. float64 checks max pooling.
            continue
        net = lenet5(seed=i, activation=act, pooling=pool, mode=mode, c3_table=c3,
                     dtype=dtype)
        tnet = TorchLeNet(net.state_dict(), TORCH[dtype], act, pool, mode, c3)
        # a batch: logits, loss, every parameter's gradient and the input's
        logits = net.forward(x)
        loss, dlogits = softmax_cross_entropy(logits, labels)
        net.backward(dlogits)
        tx = torch.tensor(x, requires_grad=True)
        tlogits = tnet.forward(tx)
        tloss = F.cross_entropy(tlogits, torch.tensor(labels))
        tloss.backward()
        diffs = {"logits": rel(logits, tlogits), "loss": rel(loss, tloss)}
        grads = net.grads()
        for key, p in tnet.named().items():
            diffs[f"d{key}"] = rel(grads[key], p.grad)
        # the input's gradient: dE/dX of C1 in a snapshot of the whole batch's pass
        diffs["dE/dinput"] = rel(net_input_grad(net, x, labels), tx.grad)
        # the probe snapshot: a single image on its own loss, every field of every layer
        probe = 3
        snap = trace(net, x[probe], int(labels[probe]))
        for p in tnet.parameters():
            p.grad = None
        record = {}
        tp = torch.tensor(x[probe:probe + 1], requires_grad=True)
        out = tnet.forward(tp, record)
        F.cross_entropy(out, torch.tensor(labels[probe:probe + 1])).backward()
        params = tnet.named()
        for lay in snap.layers:
            tin, tz, ty = record[lay.name]
            pairs = {"X": (lay.x, tin), "Z": (lay.z, tz), "out": (lay.y, ty),
                     "dE/dout": (lay.dy, ty.grad), "dE/dZ": (lay.dz, tz.grad),
                     "dE/dX": (lay.dx, tin.grad)}
            if lay.weight is not None:   # [None]: compared as the per-image ones are
                pairs["dE/dK"] = (lay.dweight, params[f"{lay.name}.weight"].grad[None])
                pairs["dE/dB"] = (lay.dbias, params[f"{lay.name}.bias"].grad[None])
            for what, (ours, theirs) in pairs.items():
                diffs[f"probe {lay.name} {what}"] = rel(ours, theirs[0])
        if snap.probabilities is not None:
            diffs["probe softmax"] = rel(snap.probabilities, torch.softmax(out, 1)[0])
        name, value = max(diffs.items(), key=lambda kv: kv[1])
        worst = max(worst, value)
        if not quiet:
            print(f"  {act:7} {pool:3} {mode:5} C3 {c3:5}  {len(diffs):3} arrays, "
                  f"largest difference {value:.1e} ({name})")
    return worst


def net_input_grad(net, x, labels) -> np.ndarray:
    """dE/dX of the network's input for the batch mean loss, from a stepped run."""
    from cnnviz.core.batch import BatchRun

    run = BatchRun(net, x, labels, keep=True)
    run.run_all()
    parts = []
    for c in run.chunks:   # each chunk's arrays are batch-last
        dx = c.dys[0]
        parts.append(np.moveaxis(dx, -1, 0).reshape((dx.shape[-1],) + net.blocks[0].in_shape))
    return np.concatenate(parts)


def check_training(data, dtype, steps: int, decay: bool = False) -> dict[str, list[float]]:
    """Part 4: the largest relative weight difference after each step, per optimiser.
    With ``decay``: 256 training images, so that 12 steps of 64 cross two epochs' ends,
    where cnnviz multiplies the rate by 0.8 and PyTorch's ``ExponentialLR`` does."""
    found = {}
    if decay:
        data = data.subset(256, 16)
    for opt, settings in (("sgd", dict(lr=0.05, momentum=0.9, weight_decay=5e-4)),
                          ("adam", dict(lr=1e-3, weight_decay=1e-4))):
        config = TrainConfig(batch_size=64, optimizer=opt, shift=0, seed=7,
                             lr_decay=0.8 if decay else 1.0, **{"momentum": 0.9, **settings})
        net = lenet5(seed=7, dtype=dtype)
        session = Session(data, config, net=net)
        tnet = TorchLeNet(net.state_dict(), TORCH[dtype])
        if opt == "sgd":
            topt = torch.optim.SGD(tnet.parameters(), **settings)
        else:
            topt = torch.optim.Adam(tnet.parameters(), **settings)
        schedule = torch.optim.lr_scheduler.ExponentialLR(topt, gamma=0.8) if decay else None
        per_step = []
        for _ in range(steps):
            epoch = session.epoch
            stats = session.train_batch()
            # the batch it trained: its order is reshuffled only when the next one begins
            idx = session._order[session._pos - stats.images:session._pos]
            x = torch.tensor(to_lenet_input(data.train_images[idx], dtype))
            y = torch.tensor(data.train_labels[idx].astype(np.int64))
            topt.zero_grad()
            F.cross_entropy(tnet.forward(x), y).backward()
            topt.step()
            if schedule is not None and session.epoch != epoch:
                schedule.step()
            ours = net.state_dict()
            worst = max(rel(ours[k], p) for k, p in tnet.named().items())
            if decay:   # and the rates themselves, for the next step
                worst = max(worst, rel(session.opt.lr, topt.param_groups[0]["lr"]))
            per_step.append(worst)
        if decay and session.epoch < 2:
            raise SystemExit("the decay check did not cross two epochs' ends")
        found[opt] = per_step
        net.close()
    return found


def check_rules(steps: int) -> dict[str, float]:
    """Part 3: the update rules alone, fed the very same random gradients in float64.
    The largest relative weight difference over all steps, per optimiser."""
    from cnnviz.core.optim import make_optimizer

    rng = np.random.default_rng(1)
    found = {}
    for opt, settings in (("sgd", dict(lr=0.05, momentum=0.9, weight_decay=5e-4)),
                          ("adam", dict(lr=1e-3, weight_decay=1e-4))):
        net = lenet5(seed=3, dtype=np.float64)
        ours = make_optimizer(opt, net.parameters(), **settings)
        named = {k: torch.tensor(np.array(v), requires_grad=True)
                 for k, v in net.state_dict().items()}
        cls = torch.optim.SGD if opt == "sgd" else torch.optim.Adam
        theirs = cls(named.values(), **settings)
        worst = 0.0
        for _ in range(steps):
            grads = {k: rng.standard_normal(v.shape) * 10.0 ** rng.integers(-9, 0)
                     for k, v in named.items()}
            ours.step(grads)
            for k, p in named.items():
                p.grad = torch.tensor(grads[k])
            theirs.step()
            params = net.state_dict()
            worst = max(worst, *(rel(params[k], p) for k, p in named.items()))
        found[opt] = worst
    return found


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--steps", type=int, default=30, help="training steps (default 30)")
    ap.add_argument("--quiet", action="store_true", help="no line per variant")
    args = ap.parse_args(argv)
    torch.set_num_threads(1)
    data = load()
    failed = []
    print(f"PyTorch {torch.__version__}, NumPy {np.__version__}")
    for dtype in (np.float64, np.float32):
        name, bound = np.dtype(dtype).name, TOLERANCE[dtype]
        count = "36 variants" if dtype == np.float64 else "the 18 average-pooling variants"
        print(f"1-2. {name}, {count}: a batch of 16 (logits, loss, every gradient, "
              "dE/dinput) and the probe snapshot (every field of every layer)")
        worst = check_layers(data, dtype, args.quiet)
        print(f"     largest difference of all: {worst:.1e} (at most {bound:g})")
        if worst > bound:
            failed.append(f"{name} layers")
    print(f"3. the update rules alone, float64, {args.steps} steps of the same random "
          "gradients (1e-9 to 0.1):")
    for opt, value in check_rules(args.steps).items():
        print(f"     {opt:4}  largest difference {value:.1e}")
        if value > TOLERANCE[np.float64]:
            failed.append(f"{opt} rule")
    for dtype in (np.float64, np.float32):
        print(f"4. training, {np.dtype(dtype).name}, batch 64, weights after steps "
              f"1, 10 and {args.steps}:")
        for opt, per_step in check_training(data, dtype, args.steps).items():
            marks = [per_step[0], per_step[min(9, len(per_step) - 1)], per_step[-1]]
            print(f"     {opt:4}  " + "  ".join(f"{v:.1e}" for v in marks))
            if dtype == np.float64 and max(per_step) > TOLERANCE[dtype]:
                failed.append(f"{opt} training")
    print("5. the rate's decay, float64: 12 steps of 64 over 256 images (three epochs), "
          "the rate times 0.8 after each, against ExponentialLR(0.8):")
    for opt, per_step in check_training(data, np.float64, 12, decay=True).items():
        print(f"     {opt:4}  weights after step 12: {per_step[-1]:.1e}")
        if max(per_step) > TOLERANCE[np.float64]:
            failed.append(f"{opt} decay")
    if failed:
        print("FAILED: " + ", ".join(failed))
        return 1
    print("agreed: every float64 difference under 1e-10, the float32 layers' under 1e-4")
    return 0


if __name__ == "__main__":
    sys.exit(main())
