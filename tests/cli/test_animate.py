"""``cnnviz animate`` writes one GIF frame per output position and refuses bad values."""

import io

import numpy as np
import pytest
from PIL import Image

from cnnviz.cli import main
from cnnviz.core import borders


def frames(path):
    with Image.open(path) as im:
        return im.n_frames


@pytest.mark.parametrize("mode", ["full", "same", "valid"])
@pytest.mark.parametrize("kernel,shape", [("sobel-x", (3, 3)), ("box2", (2, 2))])
def test_one_frame_per_output_position(tmp_path, capsys, mode, kernel, shape):
    out = tmp_path / "a.gif"
    args = ["animate", "--input", "random:5x6", "--kernel", kernel, "--mode", mode,
            "--out", str(out)]
    assert main(args + ["--conv"] * (kernel == "box2")) == 0
    ho, wo = borders.output_shape((5, 6), shape, mode)
    assert frames(out) == ho * wo
    assert f"{ho * wo} frames" in capsys.readouterr().out


def test_npy_input_stride_and_dilation(tmp_path):
    npy, out = tmp_path / "x.npy", tmp_path / "b.gif"
    np.save(npy, np.arange(49.0).reshape(7, 7))
    assert main(["animate", "--input", str(npy), "--kernel", "laplacian", "--stride", "2",
                 "--dilation", "2", "--mode", "same", "--fill", "reflect",
                 "--out", str(out)]) == 0
    ho, wo = borders.output_shape((7, 7), (3, 3), "same", 2, 2)
    assert frames(out) == ho * wo


@pytest.mark.parametrize("args,message", [
    (["--input", "digits:1"], "digits:1"),
    (["--input", "random:5by5"], "random:5by5"),
    (["--input", "random:40x40"], "40x40"),
    (["--input", "digit:99999999"], "99999999"),
    (["--kernel", "blur"], "blur"),
    (["--mode", "wide"], "wide"),
    (["--stride", "0"], "stride"),
    (["--out", "a.png"], "a.png"),
])
def test_bad_values_exit_2_with_a_message(tmp_path, capsys, args, message):
    base = {"--input": "random:5x5", "--kernel": "box", "--out": str(tmp_path / "a.gif")}
    base.update(dict(zip(args[::2], args[1::2])))
    argv = ["animate"] + [v for kv in base.items() for v in kv]
    with pytest.raises(SystemExit) if args[0] in ("--kernel", "--mode") else _nothing():
        code = main(argv)
        assert code == 2
    err = capsys.readouterr().err
    assert message in err


def claiming(shape, a) -> bytes:
    """The .npy bytes of ``a`` with a header that declares ``shape`` instead."""
    out = io.BytesIO()
    np.lib.format.write_array_header_1_0(out, {"descr": a.dtype.str, "fortran_order": False,
                                                "shape": shape})
    return out.getvalue() + a.tobytes()


class _nothing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


@pytest.mark.parametrize("make,message", [
    (lambda p: None, "no such file"),
    (lambda p: np.save(p, np.array([{"a": 1}], dtype=object)), "pickle"),
    (lambda p: np.save(p, np.zeros((2, 2, 2))), "2-D"),
    (lambda p: np.save(p, np.ones((3, 3), complex)),
     "holds complex128 values; the labs take real numbers"),
    (lambda p: np.save(p, np.zeros((0, 3))), "2-D"),
    (lambda p: np.save(p, np.array([[1.0, np.nan]])), "finite"),
    (lambda p: np.save(p, np.zeros((40, 3))), "larger"),
    (lambda p: p.write_bytes(b"not an array"), "readable"),
    (lambda p: p.write_bytes(claiming((10**12, 5), np.zeros((5, 5), np.float32))),
     "declares 5,000,000,000,000 values"),
    (lambda p: p.write_bytes(claiming((5, 6), np.zeros((5, 5), np.float32))),
     "declares 30 values of <f4 (120 bytes) but holds 100 bytes"),
])
def test_bad_npy_files_are_named(tmp_path, capsys, make, message):
    npy = tmp_path / "bad.npy"
    make(npy)
    assert main(["animate", "--input", str(npy), "--kernel", "box",
                 "--out", str(tmp_path / "a.gif")]) == 2
    err = capsys.readouterr().err
    assert str(npy) in err and message in err
