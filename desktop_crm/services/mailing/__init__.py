"""Postal mailings (letters, labels, envelopes) and e-mail merge."""
