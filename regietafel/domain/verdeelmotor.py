"""Public façade of the verdeelmotor: import everything from here.

>>> from regietafel.domain.verdeelmotor import distribute, DistributionRequest, Method
>>> r = distribute(DistributionRequest(total=10, keys={"A": 6, "B": 6, "C": 2},
...                                    method=Method.HAMILTON))
>>> r.allocations
{'A': 4, 'B': 4, 'C': 2}
"""

from .apportionment import TIE_RULE, Method, Tie
from .constraints import InfeasibleError, SurplusPolicy, UnitConstraint
from .engine import DistributionRequest, distribute
from .exchanges import Exchange, ExchangeError, ExchangeLogEntry, ExchangeOutcome, apply_exchanges
from .two_level import TwoLevelResult, distribute_two_level
from .verantwoording import DistributionResult, UnitAccount

__all__ = [
    "Method",
    "SurplusPolicy",
    "UnitConstraint",
    "DistributionRequest",
    "distribute",
    "DistributionResult",
    "UnitAccount",
    "Tie",
    "TIE_RULE",
    "InfeasibleError",
    "Exchange",
    "ExchangeError",
    "ExchangeLogEntry",
    "ExchangeOutcome",
    "apply_exchanges",
    "distribute_two_level",
    "TwoLevelResult",
]
