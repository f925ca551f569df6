"""Widgets, models and plumbing shared by the feature folders."""
