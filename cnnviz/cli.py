"""The ``cnnviz`` command: the GUI with no arguments, and headless subcommands.

    cnnviz                       open the explorer window
    cnnviz train [options]       train LeNet-5 and save a checkpoint
    cnnviz evaluate CKPT         test accuracy and confusion matrix of a checkpoint
    cnnviz bench                 training and inference throughput as JSON
    cnnviz screenshot --out F    the main window rendered headless to a PNG or SVG
    cnnviz animate --input I     a kernel sliding over an input, as an animated GIF
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

from cnnviz.errors import CnnvizError, ConfigError, TrainingDiverged, require_folder
from cnnviz.translatable import QT_TRANSLATE_NOOP


def _count(n: int, noun: str) -> str:
    """``1 epoch``, ``10 epochs``."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _train_defaults():
    from cnnviz.core.session import TrainConfig

    return TrainConfig()


def _add_data(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data", metavar="DIR", help="folder with the four MNIST-format IDX files "
                   "(default: the bundled MNIST)")


def _add_arch(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("architecture")
    g.add_argument("--activation", choices=["tanh", "relu", "sigmoid"], default="tanh")
    g.add_argument("--pooling", choices=["avg", "max"], default="avg")
    g.add_argument("--mode", choices=["valid", "same", "full"], default="valid",
                   help="border mode of the conv layers C1, C3, C5")
    g.add_argument("--c3-table", choices=["full", "lecun"], default="full",
                   help="C3 connectivity: full, or LeCun et al.'s partial table")


def _window_help() -> str:
    """The window's own options (``cnnviz`` without a command), for ``cnnviz --help``:
    taken from the window's parser, so that the two never differ."""
    from cnnviz.gui.app import build_parser as window_parser

    text = window_parser().format_help()
    options = text[text.index("options:"):].split("\n", 1)[1]
    lines = [line for line in options.splitlines() if not line.lstrip().startswith("-h, --help")]
    return ("Without a command, cnnviz opens the window on the bundled MNIST. Its options:\n"
            + "\n".join(lines).rstrip() + "\n\nFor a command's options: cnnviz COMMAND --help")


def build_parser() -> argparse.ArgumentParser:
    d = _train_defaults()
    p = argparse.ArgumentParser(prog="cnnviz", description="Watch LeNet-5 compute and learn.",
                                epilog=_window_help(),
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="command")

    t = sub.add_parser("train", help="train LeNet-5 and save a checkpoint")
    t.add_argument("--epochs", type=int, default=d.epochs)
    t.add_argument("--batch-size", type=int, default=d.batch_size)
    t.add_argument("--lr", type=float, default=d.lr, help="learning rate")
    t.add_argument("--lr-decay", type=float, default=d.lr_decay,
                   help="the learning rate is multiplied by this after every epoch")
    t.add_argument("--optimizer", choices=["sgd", "adam"], default=d.optimizer)
    t.add_argument("--momentum", type=float, default=d.momentum, help="SGD momentum")
    t.add_argument("--weight-decay", type=float, default=d.weight_decay)
    t.add_argument("--shift", type=int, default=d.shift, choices=[0, 1, 2],
                   help="move each training image by up to this many pixels (augmentation)")
    t.add_argument("--seed", type=int, default=d.seed)
    t.add_argument("--out", metavar="CKPT", default="lenet5.npz", help="checkpoint to write")
    t.add_argument("--resume", metavar="CKPT",
                   help="go on training from this checkpoint until --epochs epochs in all: "
                        "exactly, with its own settings, when it holds the session state "
                        "for this data; else from its weights, step and epoch with the "
                        "settings given here")
    t.add_argument("--limit-train", type=int, metavar="N", help="train on the first N images")
    t.add_argument("--limit-test", type=int, metavar="N", help="test on the first N images")
    t.add_argument("--no-progress", action="store_true", help="no progress bar")
    _add_data(t)
    _add_arch(t)

    e = sub.add_parser("evaluate", help="test accuracy and confusion matrix of a checkpoint")
    e.add_argument("checkpoint", metavar="CKPT")
    e.add_argument("--limit-test", type=int, metavar="N")
    _add_data(e)

    b = sub.add_parser("bench", help="training and inference images/s, as JSON")
    b.add_argument("--batch-sizes", default="1,16,64,256")
    b.add_argument("--seconds", type=float, default=1.0, help="length of each timed loop")
    b.add_argument("--repeats", type=int, default=3)
    b.add_argument("--threads", type=int, default=None,
                   help="compute lanes (default: up to 2, one per core)")
    b.add_argument("--no-processes", action="store_true",
                   help="run the other lanes as threads here, not as worker processes")
    s = sub.add_parser("screenshot", help="render the main window to a PNG or SVG, headless")
    s.add_argument("--out", required=True, metavar="FILE.png")
    s.add_argument("--steps", type=int, default=0, help="training batches to run first")
    s.add_argument("--layer", help="layer to select (C1, S2, C3, S4, C5, F6, OUT; default C1)")
    s.add_argument("--pretrained", action="store_true", help="start from the bundled trained net")
    s.add_argument("--probe", type=int, default=0, help="test image to show")
    s.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    s.add_argument("--tab", choices=["forward", "backward"],
                   help="which side of the layer inspector to show (default forward)")
    s.add_argument("--page",
                   help="page of the window to show: network (the default), convolution, "
                        "pooling, backprop, multichannel, draw, evaluation or health (or "
                        "the page's full name, as scenario files have it: health_page)")
    s.add_argument("--lang", help="interface language: en or ru (default: the scenario's, "
                                  "else en)")
    s.add_argument("--theme", choices=["light", "dark"], help="colour theme (default light)")
    s.add_argument("--present", action="store_true", default=None,
                   help="presentation mode: large fonts, no training dock")
    s.add_argument("--scenario", metavar="FILE.json",
                   help="open this scenario file first: its network, probe, page, layer, lab "
                        "settings, theme and presentation mode, unless the options above "
                        "say otherwise")
    _add_data(s)
    _add_animate(sub)
    return p


def _add_animate(sub) -> None:
    from cnnviz.core.borders import FILLS, MODES
    from cnnviz.labs.kernels import PRESETS

    a = sub.add_parser("animate", help="a kernel sliding over an input, as an animated GIF "
                       "with one frame per output position")
    a.add_argument("--input", required=True, metavar="SPEC",
                   help="digit:N (test image N as LeNet-5's 32x32 input: the 28x28 digit "
                   "with its 2-pixel border, scaled as the network sees it), random:HxW "
                   "(seeded whole numbers -3..3, at most 32x32) or FILE.npy (a 2-D array)")
    a.add_argument("--kernel", required=True, choices=list(PRESETS), metavar="NAME",
                   help=f"preset kernel: {', '.join(PRESETS)}")
    a.add_argument("--mode", choices=MODES, default="valid", help="border mode")
    a.add_argument("--fill", choices=FILLS, default="zeros", help="what lies beyond the border")
    a.add_argument("--conv", action="store_true",
                   help="true convolution (kernel turned 180 degrees) instead of correlation")
    a.add_argument("--stride", type=int, default=1)
    a.add_argument("--dilation", type=int, default=1)
    a.add_argument("--ms", type=int, default=400, help="milliseconds per frame")
    a.add_argument("--out", default="animation.gif", metavar="FILE.gif")
    _add_data(a)


def _load_data(args):
    from cnnviz.data import load

    data = load(args.data)
    limit_train = getattr(args, "limit_train", None)
    limit_test = getattr(args, "limit_test", None)
    for option, n in (("--limit-train", limit_train), ("--limit-test", limit_test)):
        if n is not None and n < 1:   # 0 crashed training, and evaluated nothing at "0.00%"
            raise ConfigError(QT_TRANSLATE_NOOP(
                "Errors", "{option} must be at least 1, not {n}"), option=option, n=n)
    if limit_train is not None or limit_test is not None:
        data = data.subset(limit_train, limit_test)
    return data


def cmd_train(args) -> int:
    from dataclasses import replace

    from cnnviz.core import checkpoint
    from cnnviz.core.session import Session, TrainConfig
    from cnnviz.core.tuning import tune

    config = TrainConfig(epochs=args.epochs, batch_size=args.batch_size, lr=args.lr,
                         optimizer=args.optimizer, momentum=args.momentum,
                         weight_decay=args.weight_decay, lr_decay=args.lr_decay,
                         shift=args.shift, seed=args.seed).validate()
    arch = {"model": "lenet5", "activation": args.activation, "pooling": args.pooling,
            "mode": args.mode, "c3_table": args.c3_table}
    tune()
    out = Path(args.out)
    require_folder(out, ConfigError)   # said before the training, not after it
    data = _load_data(args)
    if args.resume:
        session, exact = checkpoint.open_session(args.resume, data, config)
        if exact:
            config = replace(session.config, epochs=config.epochs)
            session.config = config
        if session.epoch >= config.epochs:
            raise ConfigError(f"{args.resume} has already trained {session.epoch} epochs; "
                              f"ask for more with --epochs")
        how = ("exactly where it stopped, with its own settings" if exact else
               "from its weights, step and epoch (it holds no session state for this data)")
        print(f"cnnviz: resuming {args.resume} at epoch {session.epoch}, {how}", flush=True)
        if session.note:
            print(f"cnnviz: note: {session.note}", file=sys.stderr, flush=True)
    else:
        session = Session(data, config, arch)
    print(f"cnnviz: training LeNet-5 on {data.name}: {len(data.train_labels)} training and "
          f"{len(data.test_labels)} test images, {_count(config.epochs, 'epoch')}, batch "
          f"{config.batch_size}, {config.optimizer} lr {config.lr:g}", flush=True)
    t_start = time.perf_counter()
    try:
        ev = _train_epochs(session, config, data, out, args.no_progress, t_start)
    except TrainingDiverged as e:
        kept = (f"the last good checkpoint {out} (epoch {session.epoch}) was kept"
                if session.epoch > 0 else "no checkpoint was written")
        raise TrainingDiverged(f"{e}; {kept}") from None
    print(f"cnnviz: saved {out} (test accuracy {ev.accuracy * 100:.2f}%, "
          f"{time.perf_counter() - t_start:.1f} s in all)")
    return 0


def _train_epochs(session, config, data, out, no_progress, t_start):
    from tqdm import tqdm

    from cnnviz.core import checkpoint
    from cnnviz.core.history import History

    while session.epoch < config.epochs:
        epoch = session.epoch
        bar = tqdm(total=session.batches_per_epoch, desc=f"epoch {epoch + 1}/{config.epochs}",
                   unit="batch", disable=no_progress, leave=False, file=sys.stderr)
        steps, losses, accuracies, images, t0 = [], [], [], 0, time.perf_counter()
        for stats in session.iter_epoch():
            steps.append(stats.step)
            losses.append(stats.loss)
            accuracies.append(stats.accuracy)
            images += stats.images
            bar.update(1)
            if stats.batch_in_epoch % 20 == 0 or stats.batch_in_epoch == stats.batches_per_epoch:
                rate = images / max(time.perf_counter() - t0, 1e-9)
                bar.set_postfix(loss=f"{stats.loss:.4f}", img_s=f"{rate:,.0f}")
        bar.close()
        seconds = time.perf_counter() - t0
        ev = session.evaluate()
        print(f"epoch {epoch + 1:2d}/{config.epochs}  train loss {np.mean(losses):.4f}  "
              f"test loss {ev.loss:.4f}  test accuracy {ev.accuracy * 100:.2f}%  "
              f"{images / seconds:,.0f} images/s  ({time.perf_counter() - t_start:.1f} s)",
              flush=True)
        # the checkpoint keeps the curves, so that the window opens it with them drawn
        session.history = session.history.extended(History.of(
            steps, losses, accuracies, [session.step], [ev.accuracy]))
        checkpoint.save_session(out, session,
                                metrics={"test_accuracy": ev.accuracy, "test_loss": ev.loss,
                                         "train_loss": float(np.mean(losses)),
                                         "data": data.name})
    return ev


def format_confusion(conf: np.ndarray, classes) -> str:
    """The confusion matrix as text: rows are true classes, columns predicted classes."""
    width = max(5, len(str(conf.max())) + 1)
    labels = [f"{i} {name}" if name != str(i) else name for i, name in enumerate(classes)]
    lw = max(len("true \\ predicted"), *(len(lab) for lab in labels)) + 1
    rows = ["true \\ predicted".ljust(lw) + "".join(str(i).rjust(width) for i in range(len(conf)))]
    for lab, row in zip(labels, conf):
        rows.append(lab.ljust(lw) + "".join(str(v).rjust(width) for v in row))
    return "\n".join(rows)


def architecture_text(arch: dict) -> str:
    """A checkpoint's architecture in one readable line: "lenet5 (activation tanh,
    pooling avg, mode valid, c3_table full)", not a Python dict."""
    rest = ", ".join(f"{k} {v}" for k, v in arch.items() if k != "model")
    model = arch.get("model", "?")
    return f"{model} ({rest})" if rest else str(model)


def cmd_evaluate(args) -> int:
    from cnnviz.core import checkpoint
    from cnnviz.core.session import evaluate
    from cnnviz.core.tuning import tune

    tune()
    net, ckpt = checkpoint.load_network(args.checkpoint)
    data = _load_data(args)
    note = checkpoint.other_classes(ckpt, args.checkpoint, data)
    if note:
        print(f"cnnviz: note: {note}", file=sys.stderr, flush=True)
    ev = evaluate(net, data.test_images, data.test_labels)
    trained_on = ckpt.metrics.get("data")
    # the data it learned from beside the data it is tested on: a digit net tested on
    # Fashion-MNIST scores about chance, which reads like a broken network otherwise
    print(f"{args.checkpoint}: {architecture_text(ckpt.architecture)}"
          + (f", trained on {trained_on}" if isinstance(trained_on, str) else ""))
    print(f"test accuracy {ev.accuracy * 100:.2f}% ({int(np.trace(ev.confusion))}/"
          f"{len(data.test_labels)}), test loss {ev.loss:.4f} on {data.name}")
    print(format_confusion(ev.confusion, data.classes))
    return 0


def cmd_bench(args) -> int:
    from cnnviz import bench

    try:
        sizes = tuple(int(s) for s in args.batch_sizes.split(",") if s)
    except ValueError:
        raise CnnvizError(f"--batch-sizes must be whole numbers separated by commas, "
                          f"not {args.batch_sizes!r}") from None
    if not sizes or min(sizes) < 1:
        raise CnnvizError(f"--batch-sizes must be at least 1, not {args.batch_sizes!r}")
    result = bench.run(sizes, seconds=args.seconds, repeats=args.repeats, threads=args.threads,
                       processes=not args.no_processes)
    print(json.dumps(result, indent=2))
    return 0


def cmd_screenshot(args) -> int:
    from cnnviz.gui.screenshot import screenshot

    try:
        w, h = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        raise CnnvizError(f"--size must look like 1280x800, not {args.size!r}") from None
    path = screenshot(args.out, args.steps, args.layer, args.pretrained, args.data, (w, h),
                      args.probe, args.tab, args.page, args.lang, args.theme, args.present,
                      args.scenario)
    print(f"cnnviz: wrote {path}")
    return 0


def cmd_animate(args) -> int:
    from cnnviz.labs import inputs, kernels
    from cnnviz.labs.sliding import SlidingWindow

    if not args.out.lower().endswith(".gif"):
        raise CnnvizError(f"--out {args.out!r} must name a .gif file")
    if not 20 <= args.ms <= 60000:   # GIF viewers show a shorter frame at 20 ms or more
        raise ConfigError(QT_TRANSLATE_NOOP(
            "Errors", "--ms must be from 20 to 60000 milliseconds, not {ms}"), ms=args.ms)
    images = _load_data(args).test_images if args.input.startswith("digit:") else None
    model = SlidingWindow(inputs.from_spec(args.input, images), kernels.preset(args.kernel),
                          args.mode, args.fill, args.stride, args.dilation, args.conv)
    if len(model) > 200:   # 2,025 frames took four minutes and 700 MB without a word
        print(f"cnnviz: {_count(len(model), 'frame')} to draw: this takes a while",
              file=sys.stderr, flush=True)
    from cnnviz.gui.animate import animate

    try:
        path, n = animate(model, args.out, args.ms)
    except OSError as e:
        raise CnnvizError(str(e)) from None
    print(f"cnnviz: wrote {path}: {_count(n, 'frame')}, {path.stat().st_size / 1e6:.2f} MB")
    return 0


def cmd_gui(argv) -> int:
    from cnnviz.gui.app import main as gui_main

    return gui_main(argv)


COMMANDS = {"train": cmd_train, "evaluate": cmd_evaluate, "bench": cmd_bench,
            "screenshot": cmd_screenshot, "animate": cmd_animate}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if not argv or argv[0].startswith("--") and argv[0] not in ("--help",):
        return cmd_gui(argv)
    args = build_parser().parse_args(argv)
    if args.command is None:
        build_parser().print_help()
        return 0
    try:
        return COMMANDS[args.command](args)
    except CnnvizError as e:
        print(f"cnnviz: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("cnnviz: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:   # `cnnviz evaluate CKPT | head`: the reader has what it wanted
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())   # no second error as Python flushes stdout
        return 0


if __name__ == "__main__":
    sys.exit(main())
