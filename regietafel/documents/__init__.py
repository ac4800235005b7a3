"""Imports and exports: import parsers, Excel workbooks (openpyxl), PDF documents (reportlab)."""
