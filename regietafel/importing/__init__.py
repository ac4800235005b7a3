"""Reading files the user imports (.xlsx, .csv) into plans of checked rows.

Below the store: the parsers know the reference data only through what the store hands them
(:class:`regietafel.importing.importer.ImportContext`), and write nothing; ``store/imports.py``
applies a plan in one transaction.
"""
