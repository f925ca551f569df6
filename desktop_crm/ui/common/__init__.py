"""Widgets and helpers shared by every view."""
