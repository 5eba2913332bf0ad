"""Incident tables: reading CSV sheets, checking rows, the incident store, adding and exporting."""
