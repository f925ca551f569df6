"""Duplicate scan, merge and its undo."""
