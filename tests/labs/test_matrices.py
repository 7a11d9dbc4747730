"""Typed matrices: read back what was written, and name the entry at fault."""

import numpy as np
import pytest

from cnnviz.errors import ConfigError
from cnnviz.labs.matrices import format_matrix, number, parse_matrix


def test_round_trip_and_separators():
    a = np.array([[1, -2.5, 0], [1e-7, 3, 4.125]])
    assert np.array_equal(parse_matrix(format_matrix(a, digits=12)), a)
    assert parse_matrix("1, 2; 3\n\n4 5 6\n").tolist() == [[1, 2, 3], [4, 5, 6]]
    assert parse_matrix("[1 2]\n[3 4]").tolist() == [[1, 2], [3, 4]]
    assert [number(v) for v in (0, 3.0, -0.25, 1 / 3)] == ["0", "3", "-0.25", "0.3333"]


@pytest.mark.parametrize("text,kw,msg", [
    ("1 2\n3 x", {}, r"X, row 2, entry 2: 'x' is not a number"),
    ("1 nan", {}, r"X, row 1, entry 2: 'nan' is not a finite number"),
    ("1 2\n3", {}, r"X: the rows have different lengths \(2, 1 entries\)"),
    ("  \n", {}, "X is empty"),
    ("1 2 3", dict(max_shape=(2, 2)), "X is 1x3; at most 2x2"),
    ("1 2", dict(shape=(2, 2)), "X must be 2x2, not 1x2"),
])
def test_bad_text_names_the_entry(text, kw, msg):
    with pytest.raises(ConfigError, match=msg):
        parse_matrix(text, "X", **kw)
