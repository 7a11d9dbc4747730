"""The command line end to end, on a small subset of the bundled data."""

import json
import os
import subprocess
import sys

import numpy as np
import pytest

from cnnviz.cli import main
from cnnviz.core import checkpoint
from cnnviz.resources import resources_dir


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli") / "small.npz"
    code = main(["train", "--epochs", "2", "--limit-train", "1500", "--limit-test", "300",
                 "--batch-size", "50", "--lr", "0.05", "--out", str(out), "--no-progress"])
    assert code == 0
    return out


def test_train_prints_epochs_and_writes_a_checkpoint(trained, capsys):
    ckpt = checkpoint.load(trained)
    assert ckpt.train["epochs"] == 2
    assert (ckpt.state["epoch"], ckpt.state["step"]) == (2, 60) and ckpt.session_state()
    assert ckpt.metrics["test_accuracy"] > 0.6
    assert ckpt.optimizer, "Adam's moments are saved"


def test_train_keeps_the_curves_it_printed(trained, capsys):
    """Every batch's loss and accuracy, and each epoch's test accuracy, by step: what the
    window draws when it opens the checkpoint."""
    h, ckpt = checkpoint.load(trained).history, checkpoint.load(trained)
    assert h.batches[:, 0].tolist() == list(range(1, 61))
    assert np.all((h.batches[:, 2] >= 0) & (h.batches[:, 2] <= 1))
    assert h.evaluations[:, 0].tolist() == [30, 60]
    assert h.evaluations[-1, 1] == ckpt.metrics["test_accuracy"]
    # the second epoch's mean batch loss is the train loss the checkpoint reports
    assert np.mean(h.batches[30:, 1]) == pytest.approx(ckpt.metrics["train_loss"], rel=1e-12)


def test_train_output_format(tmp_path, capsys):
    out = tmp_path / "t.npz"
    assert main(["train", "--epochs", "1", "--limit-train", "200", "--limit-test", "100",
                 "--out", str(out), "--no-progress"]) == 0
    text = capsys.readouterr().out
    assert "epoch  1/1  train loss" in text and "test accuracy" in text and "images/s" in text
    assert ", 1 epoch, batch " in text                # not "1 epochs"
    assert f"saved {out}" in text


def test_evaluate_prints_accuracy_and_confusion(trained, capsys):
    assert main(["evaluate", str(trained), "--limit-test", "300"]) == 0
    text = capsys.readouterr().out
    acc = float(text.split("test accuracy ")[1].split("%")[0])
    assert acc == pytest.approx(checkpoint.load(trained).metrics["test_accuracy"] * 100, abs=0.01)
    rows = [r for r in text.splitlines() if r[:1].isdigit() and not r.startswith("test")]
    assert len(rows) == 10
    assert sum(int(v) for r in rows for v in r.split()[1:]) == 300
    arch = checkpoint.load(trained).architecture
    first = text.splitlines()[0]
    assert first.startswith(f"{trained}: lenet5 (") and "{" not in first
    assert all(f"{k} {v}" in first for k, v in arch.items() if k != "model")
    assert first.endswith(", trained on MNIST (bundled)")   # and tested on it:
    assert "test loss " in text and text.splitlines()[1].endswith(" on MNIST (bundled)")


def test_same_seed_same_checkpoint(tmp_path):
    outs = []
    for name in ("a.npz", "b.npz"):
        out = tmp_path / name
        main(["train", "--epochs", "1", "--limit-train", "300", "--limit-test", "50",
              "--seed", "5", "--out", str(out), "--no-progress"])
        outs.append(checkpoint.load(out).params)
    assert all(np.array_equal(outs[0][k], outs[1][k]) for k in outs[0])


def test_resume_goes_on_bit_for_bit(tmp_path, capsys):
    small = ["--limit-train", "400", "--limit-test", "50", "--batch-size", "40", "--seed", "3",
             "--no-progress"]
    straight, half = tmp_path / "straight.npz", tmp_path / "half.npz"
    assert main(["train", "--epochs", "2", "--out", str(straight)] + small) == 0
    assert main(["train", "--epochs", "1", "--out", str(half)] + small) == 0
    capsys.readouterr()
    assert main(["train", "--resume", str(half), "--epochs", "2", "--out", str(half)] + small) == 0
    assert "resuming" in capsys.readouterr().out
    a, b = checkpoint.load(straight), checkpoint.load(half)
    assert (b.state["epoch"], b.state["step"]) == (2, 20)
    for k in a.params:
        np.testing.assert_array_equal(a.params[k], b.params[k], err_msg=k)
    for k in a.optimizer:
        np.testing.assert_array_equal(a.optimizer[k], b.optimizer[k], err_msg=k)
    # the resumed run's curves go on from the first run's: the same as in one go
    np.testing.assert_array_equal(a.history.batches, b.history.batches)
    np.testing.assert_array_equal(a.history.evaluations, b.history.evaluations)
    assert main(["train", "--resume", str(half), "--epochs", "2", "--out", str(half)] + small) == 2
    assert "already trained 2 epochs" in capsys.readouterr().err


def test_fashion_mnist_trains_with_data_dir(tmp_path, capsys):
    from pathlib import Path
    fashion = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "fashion-mnist"
    if not fashion.is_dir():
        pytest.skip(f"no Fashion-MNIST at {fashion}")
    out = tmp_path / "f.npz"
    assert main(["train", "--data", str(fashion), "--epochs", "1", "--limit-train", "300",
                 "--limit-test", "100", "--out", str(out), "--no-progress"]) == 0
    assert main(["evaluate", str(out), "--data", str(fashion), "--limit-test", "100"]) == 0
    both = capsys.readouterr()
    assert "9 Ankle boot" in both.out and "note" not in both.err   # the same classes
    # the bundled digit network on Fashion-MNIST: 4% with no word read as a broken file
    from cnnviz.resources import resources_dir
    digits = resources_dir() / "pretrained" / "lenet5.npz"
    assert main(["evaluate", str(digits), "--data", str(fashion), "--limit-test", "50"]) == 0
    err = capsys.readouterr().err
    assert "this network learned the classes 0, 1, 2, …, 9 of MNIST (bundled)" in err
    assert "fashion-mnist, has the classes T-shirt/top, Trouser, Pullover, …, " \
           "Ankle boot:" in err


@pytest.mark.parametrize("args,match", [
    (["train", "--lr", "-1"], "learning rate must be > 0.0"),
    (["train", "--batch-size", "0"], "batch size must be"),
    (["train", "--data", "/nonexistent/folder"], "/nonexistent/folder"),
    (["evaluate", "/nonexistent/x.npz"], "no such checkpoint"),
    (["bench", "--batch-sizes", "a,b"], "--batch-sizes"),
    # 0 crashed training with a traceback and evaluated nothing at "0.00%"
    (["train", "--limit-train", "0"], "--limit-train must be at least 1, not 0"),
    (["train", "--limit-test", "0"], "--limit-test must be at least 1, not 0"),
    (["evaluate", str(resources_dir() / "pretrained" / "lenet5.npz"), "--limit-test", "-3"],
     "--limit-test must be at least 1, not -3"),
    # a mistyped folder is refused before training, not made
    (["train", "--out", "/nonexistent/dir/x.npz"], "the folder /nonexistent/dir does not exist"),
    (["screenshot", "--out", "/nonexistent/s.png"], "the folder /nonexistent does not exist"),
    (["animate", "--input", "random:5x5", "--kernel", "box", "--ms", "0"],
     "--ms must be from 20 to 60000 milliseconds, not 0"),
    (["evaluate", "/"], "/: a folder, not a checkpoint file"),
])
def test_bad_input_gives_one_clear_line(args, match, capsys):
    assert main(args) == 2
    err = capsys.readouterr().err
    assert match in err and "Traceback" not in err


def test_corrupt_checkpoint_message(tmp_path, capsys):
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"PK\x03\x04 definitely not a zip")
    assert main(["evaluate", str(bad)]) == 2
    err = capsys.readouterr().err
    assert str(bad) in err and "Traceback" not in err


def test_divergence_keeps_last_good_checkpoint(tmp_path, capsys):
    out = tmp_path / "d.npz"
    code = main(["train", "--epochs", "3", "--limit-train", "100", "--limit-test", "20",
                 "--optimizer", "sgd", "--lr", "1e38", "--momentum", "0", "--out", str(out),
                 "--no-progress"])
    assert code == 2
    err = capsys.readouterr().err
    assert "lower the learning rate" in err
    assert ("no checkpoint was written" in err) != out.exists()


def test_bench_prints_json(capsys):
    assert main(["bench", "--batch-sizes", "2,16", "--seconds", "0.05", "--repeats", "1"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result["train"]) == {"2", "16"} and set(result["infer"]) == {"256"}
    assert all(v > 0 for v in result["train"].values())
    assert "16" in result["snapshot_overhead"]


def test_help_lists_the_commands_and_the_window_options(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for command in ("train", "evaluate", "bench", "screenshot", "animate"):
        assert command in out
    window = out[out.index("Without a command, cnnviz opens the window"):]
    for option in ("--data DIR", "--checkpoint CKPT", "--pretrained", "--probe INDEX",
                   "--lang", "--scenario FILE.json", "--theme", "--present"):
        assert option in window
    assert "-h, --help" not in window     # once, above, for the command line as a whole


def test_module_entry_point_runs():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    r = subprocess.run([sys.executable, "-m", "cnnviz", "evaluate", "--help"],
                       capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 0 and "CKPT" in r.stdout


def test_the_window_on_a_missing_folder_says_so_and_ends_without_a_screen(tmp_path):
    """Without a screen (Qt's offscreen platform) the window's start-up error waited for
    a click on an invisible dialog: ``cnnviz --data MISSING`` in a script never ended."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    missing = tmp_path / "missing"
    r = subprocess.run([sys.executable, "-m", "cnnviz", "--data", str(missing)],
                       capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 2
    assert f"cnnviz: error: {missing}: no such folder" in r.stderr


def test_bench_times_the_traced_and_plain_calls_in_turn():
    """The snapshot's cost is a ratio of two rates: their calls alternate one by one,
    so that the machine's drift over seconds does not fall on one of them, and each
    rate counts only its own calls' time."""
    import itertools
    import time

    from cnnviz import bench

    calls = []

    def a():
        calls.append("a")

    def b():
        calls.append("b")
        time.sleep(0.001)                  # b takes longer: its rate must come out lower

    ra, rb = bench._timed_pair(a, b, 10, 0.004, 3)
    groups = [(key, len(list(run))) for key, run in itertools.groupby(calls)]
    assert [key for key, _ in groups[:2]] == ["a", "b"]      # a warm-up of each first
    timed = groups[2:]
    assert len(timed) >= 6 and timed == [("a", 1), ("b", 1)] * (len(timed) // 2)
    assert ra > 0 and rb > 0 and rb < ra / 2


def test_a_reader_that_stops_early_ends_no_traceback(tmp_path):
    """`cnnviz evaluate CKPT | head -2` ended in a BrokenPipeError traceback."""
    ckpt = resources_dir() / "pretrained" / "lenet5.npz"
    # `true` reads nothing and is gone long before the checkpoint is evaluated
    cmd = f"{sys.executable} -m cnnviz evaluate {ckpt} --limit-test 100 | true"
    done = subprocess.run(["bash", "-c", "set -o pipefail; " + cmd], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr


def test_a_checkpoint_cut_short_is_said_to_be(tmp_path, capsys):
    """A truncated checkpoint was called "not a zip archive", as a text file is."""
    whole = (resources_dir() / "pretrained" / "lenet5.npz").read_bytes()
    cut = tmp_path / "cut.npz"
    cut.write_bytes(whole[:20000])
    assert main(["evaluate", str(cut)]) == 2
    assert "a zip archive cut short or damaged" in capsys.readouterr().err
    text = tmp_path / "text.npz"
    text.write_text("hello")
    assert main(["evaluate", str(text)]) == 2
    assert "(not a zip archive)" in capsys.readouterr().err
