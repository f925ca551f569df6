"""The phoning session window (keyboard first) and its entry points."""
