"""Exports and imports: Excel workbooks (openpyxl), PDF documents (reportlab), import parsers."""
