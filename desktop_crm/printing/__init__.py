"""PDF output with reportlab: letters, labels, envelopes; French address layout.

Depends on the domain layer only (and reportlab); never on Qt, storage or services.
"""
