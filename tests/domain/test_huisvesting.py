"""The lean art. 29 computation equals the verdeelmotor's CEIL method, unit for unit."""

from hypothesis import given
from hypothesis import strategies as st

from regietafel.domain.huisvesting import art29_taakstelling
from regietafel.domain.verdeelmotor import DistributionRequest, Method, distribute


@given(st.integers(0, 100_000), st.dictionaries(st.from_regex(r"GM\d{4}", fullmatch=True),
                                                st.integers(0, 1_000_000), min_size=1, max_size=40))
def test_same_as_the_engine(national, inwoners):
    if sum(inwoners.values()) == 0:
        return
    engine = distribute(DistributionRequest(total=national, keys=inwoners, method=Method.CEIL)).allocations
    assert art29_taakstelling(national, inwoners) == engine


def test_cbs_example():
    # 27,300 × 243,768 (Groningen) / 17,942,942 = 370.89… → 371
    assert art29_taakstelling(27_300, {"GM0014": 243_768, "rest": 17_942_942 - 243_768})["GM0014"] == 371
