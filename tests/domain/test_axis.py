from hypothesis import given
from hypothesis import strategies as st

from regietafel.domain.axis import nice_max, nice_step


@given(st.floats(0.5, 1e7))
def test_nice_max_is_round_and_above(value):
    top = nice_max(value)
    assert top >= value
    assert top <= value * 1.34 + 10  # the widest gap in the round numbers: 1.5 → 2


@given(st.integers(1, 10**7))
def test_nice_step_divides_the_axis(value):
    top = nice_max(value)
    step = nice_step(top)
    assert top % step == 0 and top // step <= 6


def test_examples():
    assert [nice_max(v) for v in (0, 7, 97, 101, 1_201, 19_097)] == [10, 8, 100, 120, 1_500, 20_000]
    assert [nice_step(t) for t in (10, 120, 150, 1_000, 20_000)] == [2, 20, 25, 200, 5_000]
