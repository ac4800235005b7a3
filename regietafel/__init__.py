"""Regietafel: verdeling en monitoring van opvang- en huisvestingsopgaven."""

__version__ = "0.1.0"
