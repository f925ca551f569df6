"""Contacts, companies, their history, notes, calls, pick lists and the lookup."""
