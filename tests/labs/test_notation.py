"""Numbers in the labs' formulas."""

from cnnviz.labs.notation import number, sub, term


def test_numbers_terms_and_subscripts():
    assert [number(v) for v in (0, 3.0, -0.25, 1 / 3, 1.5e-7)] == ["0", "3", "-0.25", "0.3333",
                                                                    "1.5e-07"]
    assert term(-2) == "(-2)" and term(2.5) == "2.5"
    assert sub(0, 1) == "₁₂" and sub(7, 7) == "₈₈" and sub(12, 8) == "₁₃,₉"
