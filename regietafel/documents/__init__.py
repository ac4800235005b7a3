"""Imports and exports: spreadsheets in, documents out. No Qt widgets, no SQLAlchemy."""
