"""Headless sub-commands of the ``regietafel`` command line, one module each."""
