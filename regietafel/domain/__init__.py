"""Pure-Python domain layer: the verdeelmotor (apportionment), keys, constraints, exchanges.

Imports nothing from Qt or SQLAlchemy. Public API: :mod:`regietafel.domain.verdeelmotor`
and :mod:`regietafel.domain.keys`.
"""
