"""Check cnnviz's numbers against PyTorch's: every layer, every gradient, and training.

cnnviz's tests check the core against SciPy, finite differences and naive loop twins,
none of which needs PyTorch. This script checks the last of the README's promises:
that the core computes what PyTorch computes for the same LeNet-5, with the same
weights in PyTorch's layouts, and that SGD and Adam follow ``torch.optim``'s rules.

1. **Layers**, in float64, for each of the 36 variants of LeNet-5 (activation tanh,
   ReLU or sigmoid; average or max pooling; border mode valid, same or full; C3 full or
   LeCun's table): the logits, the loss and every parameter's gradient of a batch of
   16 MNIST test images (with noise of 1e-6 against tied maxima), and the input's
   gradient.
2. **The probe snapshot**, the numbers every view of the window draws: for every layer
   its input X, pre-activation Z, output, dE/d(output), dE/dZ, dE/dK, dE/dB and dE/dX,
   against the same tensors of PyTorch's autograd (``retain_grad``).
3. **The update rules** alone, fed the same random gradients.
4. **Training**: ``Session.train_batch``, the very path of ``cnnviz train`` and of the
   window, for 30 steps at batch 64 with SGD (momentum 0.9, weight decay 5e-4) and with
   Adam (weight decay 1e-4), against ``torch.optim.SGD`` and ``torch.optim.Adam`` on
   the same batches; in float64, and in float32 for scale.

It prints the largest difference of each check relative to the largest magnitude of
PyTorch's array, and exits with 1 if a float64 check differs by more than 1e-10.

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

TOLERANCE = 1e-10   # float64; the differences found are rounding, 1e-16 to 1e-13
PADDING = {"valid": 0, "same": 2, "full": 4}   # of a 5x5 kernel


def rel(ours, theirs) -> float:
    """max |ours - theirs| / max |theirs| (the plain difference where theirs is all 0)."""
    theirs = theirs.detach().numpy() if isinstance(theirs, torch.Tensor) else np.asarray(theirs)
    ours = np.asarray(ours, dtype=np.float64).reshape(theirs.shape)
    scale = np.abs(theirs).max()
    diff = np.abs(ours - theirs).max()
    return float(diff / scale) if scale > 0 else float(diff)


class TorchLeNet:
    """The same LeNet-5 in PyTorch, from a cnnviz network's blocks and weights."""

    def __init__(self, net, dtype):
        self.mode = net.config["mode"]
        self.blocks = []
        for b in net.blocks:
            lay = b.layer
            params = {k: torch.tensor(np.array(v), dtype=dtype, requires_grad=True)
                      for k, v in lay.params.items()}
            mask = getattr(lay, "connections", None)
            if mask is not None:
                mask = torch.tensor(mask[:, :, None, None], dtype=dtype)
            act = b.activation.kind if b.activation else None
            self.blocks.append((b.name, lay.kind, params, mask, act, b.flatten))

    def parameters(self):
        return [p for _, _, params, _, _, _ in self.blocks for p in params.values()]

    def named(self):
        return {f"{name}.{k}": p for name, _, params, _, _, _ in self.blocks
                for k, p in params.items()}

    def forward(self, x, record=None):
        """Logits; with ``record`` a dict, each block's (input, pre-activation, output)
        tensors, kept for their gradients."""
        for name, kind, params, mask, act, flatten in self.blocks:
            if flatten:
                x = x.flatten(1)
            if record is not None:
                x.retain_grad()
            x_in = x
            if kind == "conv":
                w = params["weight"] if mask is None else params["weight"] * mask
                z = F.conv2d(x, w, params["bias"], padding=PADDING[self.mode])
            elif kind == "dense":
                z = F.linear(x, params["weight"], params["bias"])
            elif kind == "avg pool":
                z = F.avg_pool2d(x, 2)
            elif kind == "max pool":
                z = F.max_pool2d(x, 2)
            else:
                raise ValueError(f"no PyTorch twin for a {kind!r} layer")
            y = {"tanh": torch.tanh, "relu": torch.relu, "sigmoid": torch.sigmoid,
                 None: lambda t: t}[act](z)
            if record is not None:
                z.retain_grad()
                if y is not z:
                    y.retain_grad()
                record[name] = (x_in, z, y)
            x = y
        return x


def check_layers(data, quiet: bool) -> float:
    """Part 1 and 2: the 36 variants, a batch and the probe snapshot. The worst difference."""
    # Noise of 1e-6 keeps apart the values that a max-pooling window would otherwise
    # hold tied: over the blank border of a digit every C1 output is the same number.
    # Both libraries give a tie to the first value of the window, but PyTorch's
    # convolution rounds the last rows of a map differently, so its "tie" there is 1e-17
    # off, and the other value wins: dE/dX then lands on another, equally right, pixel.
    rng = np.random.default_rng(0)
    x = to_lenet_input(data.test_images[:16], np.float64)
    x += 1e-6 * rng.standard_normal(x.shape)
    labels = data.test_labels[:16].astype(np.int64)
    worst = 0.0
    for i, (act, pool, mode, c3) in enumerate(itertools.product(
            ("tanh", "relu", "sigmoid"), ("avg", "max"), ("valid", "same", "full"),
            ("full", "lecun"))):
        net = lenet5(seed=i, activation=act, pooling=pool, mode=mode, c3_table=c3,
                     dtype=np.float64)
        tnet = TorchLeNet(net, torch.float64)
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


def check_training(data, dtype, steps: int) -> dict[str, list[float]]:
    """Part 4: the largest relative weight difference after each step, per optimiser."""
    tdtype = torch.float64 if dtype == np.float64 else torch.float32
    found = {}
    for opt, settings in (("sgd", dict(lr=0.05, momentum=0.9, weight_decay=5e-4)),
                          ("adam", dict(lr=1e-3, weight_decay=1e-4))):
        config = TrainConfig(batch_size=64, optimizer=opt, shift=0, seed=7,
                             **{"momentum": 0.9, **settings})
        net = lenet5(seed=7, dtype=dtype)
        session = Session(data, config, net=net)
        tnet = TorchLeNet(net, tdtype)
        if opt == "sgd":
            topt = torch.optim.SGD(tnet.parameters(), lr=settings["lr"],
                                   momentum=settings["momentum"],
                                   weight_decay=settings["weight_decay"])
        else:
            topt = torch.optim.Adam(tnet.parameters(), lr=settings["lr"],
                                    weight_decay=settings["weight_decay"])
        per_step = []
        for _ in range(steps):
            idx = session._order[session._pos:session._pos + config.batch_size]
            x = torch.tensor(to_lenet_input(data.train_images[idx], dtype))
            y = torch.tensor(data.train_labels[idx].astype(np.int64))
            session.train_batch()
            topt.zero_grad()
            F.cross_entropy(tnet.forward(x), y).backward()
            topt.step()
            ours = net.state_dict()
            per_step.append(max(rel(ours[k], p) for k, p in tnet.named().items()))
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
    print(f"PyTorch {torch.__version__}, NumPy {np.__version__}")
    print("1-2. float64, 36 variants: a batch of 16 (logits, loss, every gradient, "
          "dE/dinput) and the probe snapshot (every field of every layer)")
    worst = check_layers(data, args.quiet)
    print(f"     largest difference of all: {worst:.1e}")
    failed = worst > TOLERANCE
    print(f"3. the update rules alone, float64, {args.steps} steps of the same random "
          "gradients (1e-9 to 0.1):")
    for opt, value in check_rules(args.steps).items():
        print(f"     {opt:4}  largest difference {value:.1e}")
        failed = failed or value > TOLERANCE
    for dtype in (np.float64, np.float32):
        print(f"4. training, {np.dtype(dtype).name}, batch 64, weights after steps "
              f"1, 10 and {args.steps}:")
        for opt, per_step in check_training(data, dtype, args.steps).items():
            marks = [per_step[0], per_step[min(9, len(per_step) - 1)], per_step[-1]]
            print(f"     {opt:4}  " + "  ".join(f"{v:.1e}" for v in marks))
            if dtype == np.float64 and max(per_step) > TOLERANCE:
                failed = True
    print("FAILED: a float64 difference is over 1e-10" if failed
          else "agreed: every float64 difference is under 1e-10")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
