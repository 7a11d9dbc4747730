"""Reference benchmark: LeNet-5 trained one image at a time with SciPy loops.

Measures training images/s (forward + backward + SGD update, batch 1) in the
style of the lecture's source code: every convolution is a Python loop over
channel pairs calling scipy.signal.correlate2d / convolve2d on single 2-D
maps, pooling is NumPy reshape/mean, dense layers are NumPy dot.

Network (same as benchmarks/pytorch_lenet5.py): input 1@32x32,
C1 6@28x28 + tanh, S2 avg-pool 2, C3 16@10x10 + tanh, S4 avg-pool 2,
C5 120@1x1 + tanh (120x16 correlate2d calls), F6 84 + tanh, OUT 10,
softmax cross-entropy; SGD lr=0.01 momentum=0.9. Lecture backward formulas per
channel pair (Y_i = B_i + sum_j X_j * K_ij, "*" = valid cross-correlation):
    dE/dB_i  = sum dE/dY_i
    dE/dK_ij = correlate2d(X_j, dE/dY_i, "valid")
    dE/dX_j  = sum_i convolve2d(dE/dY_i, K_ij, "full")

Run with the project venv (numpy + scipy):

    /work/venv/bin/python benchmarks/scipy_loop_lenet5.py [--seconds 3] [--dtype float32] [--json]
"""

import argparse
import json
import time

import numpy as np
import scipy
from scipy.signal import convolve2d, correlate2d

LR = 0.01
MOMENTUM = 0.9
N_IMAGES = 256


def init_params(rng, dtype):
    def uniform(shape, fan_in):
        bound = 1.0 / np.sqrt(fan_in)
        return rng.uniform(-bound, bound, size=shape).astype(dtype)

    p = {}
    for name, c_out, c_in in (("C1", 6, 1), ("C3", 16, 6), ("C5", 120, 16)):
        p[name + ".K"] = uniform((c_out, c_in, 5, 5), c_in * 25)
        p[name + ".B"] = uniform((c_out,), c_in * 25)
    for name, n_out, n_in in (("F6", 84, 120), ("OUT", 10, 84)):
        p[name + ".W"] = uniform((n_out, n_in), n_in)
        p[name + ".b"] = uniform((n_out,), n_in)
    return p


def conv_forward(x, K, B):
    c_out, c_in, k, _ = K.shape
    h, w = x.shape[1] - k + 1, x.shape[2] - k + 1
    y = np.empty((c_out, h, w), dtype=x.dtype)
    for i in range(c_out):
        acc = np.full((h, w), B[i], dtype=x.dtype)
        for j in range(c_in):
            acc += correlate2d(x[j], K[i, j], mode="valid")
        y[i] = acc
    return y


def conv_backward(x, K, dy, need_dx=True):
    c_out, c_in = K.shape[:2]
    dK = np.empty_like(K)
    dB = np.empty(c_out, dtype=K.dtype)
    dx = np.zeros_like(x) if need_dx else None
    for i in range(c_out):
        dB[i] = dy[i].sum()
        for j in range(c_in):
            dK[i, j] = correlate2d(x[j], dy[i], mode="valid")
            if need_dx:
                dx[j] += convolve2d(dy[i], K[i, j], mode="full")
    return dK, dB, dx


def pool_forward(x):
    c, h, w = x.shape
    return x.reshape(c, h // 2, 2, w // 2, 2).mean(axis=(2, 4))


def pool_backward(dy):
    return np.repeat(np.repeat(dy, 2, axis=1), 2, axis=2) / 4


def loss_and_grads(p, x, label):
    """x: (1, 32, 32) image, label: int. Returns (loss, dict of gradients)."""
    a1 = np.tanh(conv_forward(x, p["C1.K"], p["C1.B"]))
    s2 = pool_forward(a1)
    a3 = np.tanh(conv_forward(s2, p["C3.K"], p["C3.B"]))
    s4 = pool_forward(a3)
    a5 = np.tanh(conv_forward(s4, p["C5.K"], p["C5.B"]))
    f5 = a5.reshape(-1)
    a6 = np.tanh(np.dot(p["F6.W"], f5) + p["F6.b"])
    z = np.dot(p["OUT.W"], a6) + p["OUT.b"]

    e = np.exp(z - z.max())
    prob = e / e.sum()
    loss = -np.log(prob[label])

    g = {}
    dz = prob.copy()
    dz[label] -= 1
    g["OUT.W"] = np.outer(dz, a6)
    g["OUT.b"] = dz
    d6 = np.dot(p["OUT.W"].T, dz) * (1 - a6 * a6)
    g["F6.W"] = np.outer(d6, f5)
    g["F6.b"] = d6
    d5 = (np.dot(p["F6.W"].T, d6) * (1 - f5 * f5)).reshape(a5.shape)
    g["C5.K"], g["C5.B"], ds4 = conv_backward(s4, p["C5.K"], d5)
    d3 = pool_backward(ds4) * (1 - a3 * a3)
    g["C3.K"], g["C3.B"], ds2 = conv_backward(s2, p["C3.K"], d3)
    d1 = pool_backward(ds2) * (1 - a1 * a1)
    g["C1.K"], g["C1.B"], _ = conv_backward(x, p["C1.K"], d1, need_dx=False)
    return loss, g


def sgd_step(p, g, velocity):
    for k in p:
        velocity[k] = MOMENTUM * velocity[k] + g[k]
        p[k] -= LR * velocity[k]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=3.0,
                    help="length of the timed loop in seconds (default 3)")
    ap.add_argument("--dtype", choices=("float32", "float64"), default="float32",
                    help="floating-point type of data and parameters (default float32)")
    ap.add_argument("--json", action="store_true",
                    help="print one JSON object instead of a table")
    args = ap.parse_args()
    dtype = np.dtype(args.dtype)

    rng = np.random.default_rng(0)
    x = rng.standard_normal((N_IMAGES, 1, 32, 32)).astype(dtype)
    y = rng.integers(0, 10, size=N_IMAGES)
    p = init_params(rng, dtype)
    velocity = {k: np.zeros_like(v) for k, v in p.items()}

    def train_one(i):
        _, g = loss_and_grads(p, x[i % N_IMAGES], y[i % N_IMAGES])
        sgd_step(p, g, velocity)

    for i in range(3):
        train_one(i)
    n = 0
    start = time.perf_counter()
    while True:
        train_one(n)
        n += 1
        elapsed = time.perf_counter() - start
        if elapsed >= args.seconds:
            break
    ips = n / elapsed

    result = {
        "impl": "scipy-loop",
        "version": f"numpy {np.__version__}, scipy {scipy.__version__}",
        "dtype": args.dtype,
        "seconds": args.seconds,
        "train": {"1": ips},
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(f"impl     scipy-loop ({result['version']}, {args.dtype})")
        print(f"train b1    {ips:10.1f} img/s  ({n} images in {elapsed:.2f} s)")


if __name__ == "__main__":
    main()
