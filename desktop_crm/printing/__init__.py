"""Printing: postal address blocks, label sheets, envelopes, letters and their PDF output.

Depends on the domain layer only (and reportlab); never on Qt, storage or services.
"""
