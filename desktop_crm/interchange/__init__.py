"""Readers and writers for CSV, XLSX, vCard and iCalendar files (no Qt)."""
